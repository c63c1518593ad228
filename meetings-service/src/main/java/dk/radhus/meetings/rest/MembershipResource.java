package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.service.MembershipService;
import dk.radhus.platform.security.Roles;

/** A committee's members (medlemmer) with role and period. Public to read. */
@Path("/committees/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Udvalg, byråd og direktion")
public class MembershipResource {

    private final MembershipService memberships;

    public MembershipResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @Operation(summary = "The committee's memberships; with activeOn only those running on that day")
    @APIResponse(responseCode = "404", description = "No such committee")
    public List<MembershipResponse> list(@PathParam("code") String code,
            @Parameter(example = "2011-05-11") @QueryParam("activeOn") String activeOn) {
        return memberships.members(code, QueryDates.parse("activeOn", activeOn)).stream().map(MembershipResponse::of)
                .toList();
    }

    @POST
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Seat a person on the committee as chair, vice-chair or member")
    @APIResponse(responseCode = "201", description = "Created")
    public Response add(@PathParam("code") String code, @Valid @NotNull MembershipRequest request) {
        MembershipResponse created = MembershipResponse.of(memberships.add(code, request.personId(), request.role(),
                request.startDate(), request.endDate()));
        return Response.created(URI.create("/committees/" + code + "/members")).entity(created).build();
    }
}
