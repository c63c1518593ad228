package dk.radhus.strategy.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.InitiativeService;
import dk.radhus.strategy.service.PolicyService;

/** Building an action plan: goals under focus areas, sub-goals under goals, initiatives under (sub-)goals. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans", description = "Mål, delmål og indsatser")
@RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
@SecurityRequirement(name = "bearer")
public class GoalResource {

    private final PolicyService policies;
    private final InitiativeService initiatives;
    private final Caller caller;

    public GoalResource(PolicyService policies, InitiativeService initiatives, Caller caller) {
        this.policies = policies;
        this.initiatives = initiatives;
        this.caller = caller;
    }

    @POST
    @Path("focus-areas/{id}/goals")
    @Operation(summary = "Add a goal (mål) to a focus area")
    public Response addGoal(@PathParam("id") UUID focusAreaId, @Valid @NotNull TitleRequest request) {
        NodeCreated created = NodeCreated.of(policies.addGoal(focusAreaId, request.title(), actor()).id, request.title());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("goals/{id}/sub-goals")
    @Operation(summary = "Add a sub-goal (delmål) to a goal")
    public Response addSubGoal(@PathParam("id") UUID goalId, @Valid @NotNull TitleRequest request) {
        NodeCreated created = NodeCreated.of(policies.addSubGoal(goalId, request.title(), actor()).id, request.title());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("goals/{id}/initiatives")
    @Operation(summary = "Add an initiative (indsats) with its first status; publishes InitiativeStatusChanged")
    public Response addInitiative(@PathParam("id") UUID goalId, @Valid @NotNull InitiativeRequest request) {
        InitiativeResponse created = InitiativeResponse.of(initiatives.create(goalId, request.reference(),
                request.details(), request.status(), actor()), false);
        return Response.created(URI.create("/initiatives/" + created.id())).entity(created).build();
    }

    private String actor() {
        return caller.name();
    }
}
