package dk.radhus.meetings.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import dk.radhus.meetings.service.ProposalService;
import dk.radhus.platform.security.Roles;

/** Drafted changes (from a re-submitted budget follow-up) to items whose agenda is already published. */
@Path("/meetings/{meetingId}/items/{itemId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Ændringsforslag til offentliggjorte dagsordenspunkter")
public class ProposalResource {

    private final ProposalService proposals;
    private final AgendaItemService items;

    public ProposalResource(ProposalService proposals, AgendaItemService items) {
        this.proposals = proposals;
        this.items = items;
    }

    @GET
    @RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The proposed changes of an item, oldest first, with what each would change")
    @APIResponse(responseCode = "404", description = "No such item")
    public List<ProposalResponse> list(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId) {
        return proposals.proposals(meetingId, itemId).stream().map(ProposalResponse::of).toList();
    }

    @POST
    @Path("/{proposalId}/accept")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Accept a pending proposal: applied as an amendment with the reason, shown in the history")
    @APIResponse(responseCode = "409", description = "Already answered, minutes approved or meeting cancelled")
    public ItemResponse accept(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("proposalId") UUID proposalId, @Valid @NotNull ProposalDecisionRequest request) {
        AgendaItem item = proposals.accept(meetingId, itemId, proposalId, request.reason());
        return ItemResponse.full(item, items.history(item.id));
    }

    @POST
    @Path("/{proposalId}/reject")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reject a pending proposal; the item stays as it is")
    @APIResponse(responseCode = "409", description = "Already answered")
    public ProposalResponse reject(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("proposalId") UUID proposalId, @Valid @NotNull ProposalDecisionRequest request) {
        return ProposalResponse.of(proposals.reject(meetingId, itemId, proposalId, request.reason()));
    }
}
