package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemVote;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingRoles;
import dk.radhus.meetings.repository.Snapshots;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.MeetingService;
import dk.radhus.meetings.service.VoteService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/** The agenda items of a meeting. Errors never name an item, so a closed item's content cannot leak through them. */
@Path("/meetings/{meetingId}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda items", description = "Dagsordenspunkter, beslutninger og rettelser")
public class AgendaItemResource {

    private static final String MEETING_NOT_FOUND = "Mødet findes ikke.";
    private static final String ITEM_NOT_FOUND = "Punktet findes ikke.";

    private final MeetingService meetings;
    private final AgendaItemService items;
    private final ItemViews views;
    private final Caller caller;
    private final Snapshots snapshots;
    private final VoteService votes;

    public AgendaItemResource(MeetingService meetings, AgendaItemService items, ItemViews views, Caller caller,
            Snapshots snapshots, VoteService votes) {
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.caller = caller;
        this.snapshots = snapshots;
        this.votes = votes;
    }

    @GET
    @Operation(summary = "The agenda in order; closed items are 'Lukket punkt' for the public")
    @APIResponse(responseCode = "404", description = "No such meeting, or not yet published")
    public List<ItemResponse> list(@PathParam("meetingId") UUID meetingId) {
        boolean privileged = MeetingRoles.privileged(caller);
        return snapshots.read(() -> {
            Meeting meeting = visibleMeeting(meetingId, privileged);
            return views.view(meeting, items.items(meetingId), privileged);
        });
    }

    @GET
    @Path("/{itemId}")
    @Operation(summary = "One agenda item; a closed item is 'Lukket punkt' for the public")
    @APIResponse(responseCode = "404", description = "No such item")
    public ItemResponse get(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId) {
        boolean privileged = MeetingRoles.privileged(caller);
        return snapshots.read(() -> {
            Meeting meeting = visibleMeeting(meetingId, privileged);
            AgendaItem item = items.find(meetingId, itemId)
                    .orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
            return views.view(meeting, item, privileged);
        });
    }

    @GET
    @Path("/{itemId}/history")
    @Operation(summary = "Amendments made after the agenda was published (reason, time, who)")
    @APIResponse(responseCode = "404", description = "No such item, or an item whose content is not public")
    public List<ItemResponse.Amendment> history(@PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId) {
        boolean privileged = MeetingRoles.privileged(caller);
        return snapshots.read(() -> {
            visibleMeeting(meetingId, privileged);
            AgendaItem item = items.find(meetingId, itemId)
                    .filter(found -> ItemViews.contentVisible(found, privileged))
                    .orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
            return items.history(item.id).stream().map(a -> ItemResponse.Amendment.of(a, privileged)).toList();
        });
    }

    @POST
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an item; after publication it needs amendmentReason")
    @APIResponse(responseCode = "201", description = "Created; Location names the new item")
    @APIResponse(responseCode = "409", description = "Number taken, minutes approved or meeting cancelled")
    public Response add(@PathParam("meetingId") UUID meetingId, @Valid @NotNull ItemRequest request) {
        AgendaItem item = items.add(meetingId, request.content());
        return Response.created(URI.create("/meetings/" + meetingId + "/items/" + item.id))
                .entity(ItemResponse.full(item, items.history(item.id))).build();
    }

    @PUT
    @Path("/{itemId}")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an item; after publication the change is an amendment and needs amendmentReason")
    @APIResponse(responseCode = "409", description = "Number taken, minutes approved or meeting cancelled")
    public ItemResponse update(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ItemRequest request) {
        AgendaItem item = items.update(meetingId, itemId, request.content());
        return ItemResponse.full(item, items.history(item.id));
    }

    @PUT
    @Path("/{itemId}/decision")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record or change the decision; emits DecisionRecorded when it changed")
    @APIResponse(responseCode = "409", description = "Agenda not yet published, minutes approved or meeting cancelled")
    public ItemResponse decide(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull DecisionRequest request) {
        AgendaItem item = items.recordDecision(meetingId, itemId, request.text(), request.outcome(),
                request.decidedOn());
        return ItemResponse.full(item, items.history(item.id));
    }

    @PUT
    @Path("/{itemId}/vote")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record or replace the vote on an item (per party or person, or unanimous) with minority "
            + "statements, notes to the minutes, conflicts of interest and members who left")
    @APIResponse(responseCode = "409", description = "Agenda not yet published, minutes approved or meeting cancelled")
    public ItemResponse vote(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull VoteRequest request) {
        ItemVote vote = votes.record(meetingId, itemId, request.record());
        AgendaItem item = items.find(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
        return ItemResponse.full(item, items.history(itemId), vote, true, true);
    }

    private Meeting visibleMeeting(UUID meetingId, boolean privileged) {
        return meetings.findVisible(meetingId, privileged)
                .orElseThrow(() -> ProblemException.notFound(MEETING_NOT_FOUND));
    }
}
