package dk.radhus.strategy.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.InitiativeService;
import dk.radhus.strategy.service.Staleness;

/** Initiatives (indsatser) and their traffic-light status; internal to the administration. */
@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Indsatser med stoplys og statushistorik")
@RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
@SecurityRequirement(name = "bearer")
public class InitiativeResource {

    private final InitiativeService initiatives;
    private final Staleness staleness;
    private final Caller caller;

    public InitiativeResource(InitiativeService initiatives, Staleness staleness, Caller caller) {
        this.initiatives = initiatives;
        this.staleness = staleness;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Initiatives, optionally filtered by policy, focus area and department")
    public List<InitiativeResponse> list(@QueryParam("policyId") UUID policyId,
            @QueryParam("focusAreaId") UUID focusAreaId, @QueryParam("department") String department) {
        return initiatives.search(policyId, focusAreaId, department).stream().map(this::response).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One initiative with its current status")
    public InitiativeResponse get(@PathParam("id") UUID id) {
        return initiatives.find(id).map(this::response)
                .orElseThrow(() -> ProblemException.notFound("Indsatsen " + id + " findes ikke."));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an initiative's title, description, owning department, partners or period")
    public InitiativeResponse updateDetails(@PathParam("id") UUID id, @Valid @NotNull InitiativeDetailsRequest request) {
        return response(initiatives.updateDetails(id, request.details(), caller.name()));
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Set a new status (light, narrative, as-of date); kept in the history, publishes "
            + "InitiativeStatusChanged. Repeating the current status changes nothing")
    public InitiativeResponse updateStatus(@PathParam("id") UUID id, @Valid @NotNull StatusUpdateRequest request) {
        return response(initiatives.updateStatus(id, request.status(), caller.name()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every status the initiative had, oldest first")
    public List<StatusChangeResponse> history(@PathParam("id") UUID id) {
        if (initiatives.find(id).isEmpty()) {
            throw ProblemException.notFound("Indsatsen " + id + " findes ikke.");
        }
        return initiatives.history(id).stream().map(StatusChangeResponse::of).toList();
    }

    private InitiativeResponse response(Initiative initiative) {
        return InitiativeResponse.of(initiative, staleness.isStale(initiative));
    }
}
