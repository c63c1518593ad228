package dk.radhus.strategy.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.service.Dashboard;
import dk.radhus.strategy.service.DashboardFilter;
import dk.radhus.strategy.service.DashboardService;

/** The directors' start page in one call. */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "Direktionens overblik")
@RolesAllowed(Roles.DIRECTOR)
@SecurityRequirement(name = "bearer")
public class DashboardResource {

    private final DashboardService dashboard;

    public DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Operation(summary = "Light counts per focus area and overall, red and stale initiatives, indicator trends, "
            + "quality-contract status, budget status per committee and the changes since a date")
    public Dashboard get(
            @Parameter(description = "Only initiatives of this policy") @QueryParam("policyId") UUID policyId,
            @Parameter(description = "Only initiatives of this focus area") @QueryParam("focusAreaId") UUID focusAreaId,
            @Parameter(description = "Only initiatives owned by this department, e.g. BYC") @QueryParam("department") String department,
            @Parameter(description = "Only this committee's budget status, e.g. BEU") @QueryParam("committee") String committee,
            @Parameter(description = "List the changes made since this date (yyyy-mm-dd)", example = "2019-12-01")
            @QueryParam("changedSince") LocalDate changedSince) {
        return dashboard.dashboard(new DashboardFilter(policyId, focusAreaId, department, committee, changedSince));
    }

    @GET
    @Path("/budget-status")
    @Operation(summary = "Budget status per committee from the budget follow-up events")
    public List<Dashboard.BudgetStatusView> budgetStatus(@QueryParam("committee") String committee) {
        return dashboard.budgetStatus(committee);
    }
}
