package dk.radhus.strategy.rest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.ActionPlanService;
import dk.radhus.strategy.service.PolicyService;

/** Policies and their action plans. Adopted policies are public; drafts and the action plan are internal. */
@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Politikker, fokusområder og handlingsplaner")
public class PolicyResource {

    private final PolicyService policies;
    private final ActionPlanService actionPlans;
    private final Caller caller;

    public PolicyResource(PolicyService policies, ActionPlanService actionPlans, Caller caller) {
        this.policies = policies;
        this.actionPlans = actionPlans;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Policies: adopted ones for everybody, drafts too for strategy-editor and director")
    public List<PolicyResponse> list() {
        return policies.list(!internal()).stream().map(PolicyResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A policy with its focus areas, goals and sub-goals (public once adopted)")
    public ActionPlanResponse get(@PathParam("id") UUID id) {
        return ActionPlanResponse.of(actionPlans.structure(id, internal()), caller.staff());
    }

    @GET
    @Path("/{id}/action-plan")
    @RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The internal action plan: initiatives with status and staleness, rolled-up lights, approvals")
    public ActionPlanResponse actionPlan(@PathParam("id") UUID id) {
        // The action plan is internal: its readers (strategy-editor, director) see the decisions' full citations.
        return ActionPlanResponse.of(actionPlans.actionPlan(id), true);
    }

    @POST
    @RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a draft policy")
    public Response create(@Valid @NotNull PolicyRequest request) {
        PolicyResponse created = PolicyResponse.of(policies.create(request.title(), request.periodStart(),
                request.periodEnd(), request.owner(), actor()));
        return Response.created(URI.create("/policies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}/adoption")
    @RolesAllowed(Roles.DIRECTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record the decision that adopted the policy; it becomes public")
    public PolicyResponse adopt(@PathParam("id") UUID id, @Valid @NotNull AdoptionRequest request) {
        return PolicyResponse.of(policies.adopt(id, request.decision(), request.adoptedOn(),
                request.caseNumber(), actor()));
    }

    @POST
    @Path("/{id}/focus-areas")
    @RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a focus area (fokusområde) to a policy")
    public Response addFocusArea(@PathParam("id") UUID id, @Valid @NotNull TitleRequest request) {
        NodeCreated created = NodeCreated.of(policies.addFocusArea(id, request.title(), actor()).id, request.title());
        return Response.created(URI.create("/policies/" + id)).entity(created).build();
    }

    private boolean internal() {
        return StrategyRoles.internal(caller);
    }

    private String actor() {
        return caller.name();
    }
}
