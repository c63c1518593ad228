package dk.radhus.budget.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.detail.AccountDetailService;
import dk.radhus.budget.followup.FollowUpReports;
import dk.radhus.budget.followup.FollowUpService;
import dk.radhus.budget.followup.PostedLine;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/**
 * Budget follow-ups. Anyone reads submitted and approved ones (budgets are public); finance, directors and
 * administrators also see drafts; finance posts figures, submits and reopens.
 */
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Budgetopfølgninger: forbrug, ansøgte tillægsbevillinger og forventet regnskab")
public class FollowUpResource {

    private final FollowUpService followUps;
    private final FollowUpReports reports;
    private final AccountDetailService details;
    private final Caller caller;

    public FollowUpResource(FollowUpService followUps, FollowUpReports reports, AccountDetailService details,
            Caller caller) {
        this.followUps = followUps;
        this.details = details;
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Follow-ups, optionally of one year and committee; drafts only for finance, director, admin")
    public List<FollowUpSummary> list(@QueryParam("year") Integer year, @QueryParam("committee") String committee) {
        return reports.list(year, committee, caller.staff()).stream().map(FollowUpSummary::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A follow-up with every line, totals and deviations, in the unit asked for")
    @APIResponse(responseCode = "404", description = "Unknown, or a draft the caller may not see")
    public FollowUpResponse get(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return FollowUpResponse.of(reports.view(id, caller.staff()), unit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Start a follow-up round as a draft")
    @APIResponse(responseCode = "201", description = "Created as DRAFT")
    @APIResponse(responseCode = "409", description = "The round exists, or the year is closed")
    public Response create(@Valid @NotNull FollowUpRequest request) {
        FollowUp followUp = followUps.create(request.committeeCode(), request.fiscalYear(), request.round(),
                request.cutOffDate(), caller.name());
        return Response.created(URI.create("/follow-ups/" + followUp.id))
                .entity(written(followUp, AmountUnit.DKK_THOUSANDS)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/lines/{policyAreaCode}")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Post a policy area's spend, requested appropriation, forecast and comments")
    @APIResponse(responseCode = "409", description = "The follow-up is submitted or approved")
    public FollowUpResponse putLine(@PathParam("id") UUID id, @PathParam("policyAreaCode") String policyAreaCode,
            @Valid @NotNull FollowUpLineRequest request) {
        FollowUp followUp = followUps.putLine(id, policyAreaCode, new PostedLine(request.unit(),
                request.spendToDate(), request.requestedAppropriation(), request.forecast(), request.comments()));
        return written(followUp, request.unit());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit a draft; publishes FollowUpSubmitted and a DeviationDetected per offending line")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public FollowUpResponse submit(@PathParam("id") UUID id) {
        return written(followUps.submit(id, caller.name()), AmountUnit.DKK_THOUSANDS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reopen a submitted follow-up (back to DRAFT) with a reason")
    @APIResponse(responseCode = "409", description = "Not submitted (a draft, or approved and final)")
    public FollowUpResponse reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenRequest request) {
        return written(followUps.reopen(id, request.reason(), caller.name()), AmountUnit.DKK_THOUSANDS);
    }

    @GET
    @Path("/{id}/spend/{policyAreaCode}/detail")
    @Operation(summary = "A policy area's spend to date by hovedfunktion, funktion and dranst/art, from the active "
            + "uploads; drafts only for finance, director, admin")
    public AccountDetailResponse spendDetail(@PathParam("id") UUID id,
            @PathParam("policyAreaCode") String policyAreaCode,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return AccountDetailResponse.of(details.followUp(id, policyAreaCode, caller.staff()), unit);
    }

    /** The follow-up after finance changed it, as finance sees it. */
    private FollowUpResponse written(FollowUp followUp, AmountUnit unit) {
        return FollowUpResponse.of(reports.view(followUp, true), unit);
    }
}
