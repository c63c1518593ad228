package dk.radhus.meetings.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.ItemReviewService;
import dk.radhus.platform.security.Roles;

/** The secretary's approval of an imported item the parser was unsure of (closed until then). */
@Path("/meetings/{meetingId}/items/{itemId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Indlæsning af dagsordener og referater")
public class ItemReviewResource {

    private final ItemReviewService reviews;
    private final AgendaItemService items;

    public ItemReviewResource(ItemReviewService reviews, AgendaItemService items) {
        this.reviews = reviews;
        this.items = items;
    }

    @POST
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Approve an imported item waiting for review, with the document's access or a corrected one")
    @APIResponse(responseCode = "400", description = "No JSON object as the body ({} keeps the document's access)")
    @APIResponse(responseCode = "404", description = "No such meeting or item")
    @APIResponse(responseCode = "409", description = "The item is not waiting for review")
    public ItemResponse approve(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ReviewRequest request) {
        AgendaItem item = reviews.approve(meetingId, itemId, request.access());
        return ItemResponse.full(item, items.history(item.id));
    }
}
