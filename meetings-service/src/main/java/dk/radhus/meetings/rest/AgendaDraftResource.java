package dk.radhus.meetings.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.AgendaDraft;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.security.Roles;

/**
 * The items other services drafted (budget follow-ups, the action plan's red initiatives): where each landed, or that
 * it still waits for its committee's next planned meeting — so the secretariat sees what is coming before planning.
 */
@Path("/agenda-drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda drafts", description = "Punkter dannet af andre systemer, der venter på eller står på et møde")
public class AgendaDraftResource {

    /** One drafted item; {@code committeeCode} is null for the directorate, {@code meetingId} null while pending. */
    public record Draft(UUID id, ObjectReference.Kind sourceKind, String sourceId, String committeeCode, String title,
            ItemKind kind, ItemAccess access, boolean pending, UUID meetingId, UUID itemId, Instant createdAt,
            Instant updatedAt) {
        static Draft of(AgendaDraft d) {
            return new Draft(d.id, d.sourceKind, d.sourceId, d.committeeCode, d.title, d.kind, d.access, d.pending(),
                    d.meetingId, d.itemId, d.createdAt, d.updatedAt);
        }
    }

    @GET
    @RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Drafted items, oldest first; pending=true lists only those still waiting for a planned "
            + "meeting")
    @APIResponse(responseCode = "200", description = "The drafts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "pending follow-up", value = """
                    [{"id":"5b0f…","sourceKind":"BUDGET_FOLLOW_UP","sourceId":"0c7e…","committeeCode":"BEU",\
                    "title":"2. Budgetopfølgning og regnskabsprognose 2011 for Borger- og Erhvervsudvalget",\
                    "kind":"DECISION","access":"OPEN","pending":true,"meetingId":null,"itemId":null,\
                    "createdAt":"2011-04-20T08:00:00Z","updatedAt":"2011-04-20T08:00:00Z"}]""")))
    public List<Draft> list(@QueryParam("pending") @DefaultValue("false") boolean pending,
            @Parameter(description = "Only the drafts for this committee (a directorate draft has none: it goes to "
                    + "any directorate meeting)")
            @QueryParam("committee") String committee) {
        return AgendaDraft.list(pending, committee).stream().map(Draft::of).toList();
    }
}
