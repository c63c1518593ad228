package dk.radhus.budget.rest;

import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.budget.accounts.AccountsService;
import dk.radhus.budget.followup.FollowUpReports;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.budget.tables.TableRenderer;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.security.Caller;

/**
 * The committee tables exactly as agendas print them, as JSON (formatted cells), CSV (semicolon-separated) or an HTML
 * fragment for an agenda item; choose with the Accept header.
 */
@Path("/tables")
@Tag(name = "Committee tables", description = "Tabel 1: Budgetoversigt og regnskabstabellen med Hovedtotal")
public class TableResource {

    static final String CSV = "text/csv";

    private final FollowUpReports followUps;
    private final AccountsService accounts;
    private final Caller caller;

    public TableResource(FollowUpReports followUps, AccountsService accounts, Caller caller) {
        this.followUps = followUps;
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Path("/follow-ups/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tabel 1: Budgetoversigt of a follow-up, as JSON")
    public CommitteeTable followUp(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return followUps.table(id, caller.staff(), unit);
    }

    @GET
    @Path("/follow-ups/{id}")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(summary = "Tabel 1: Budgetoversigt of a follow-up, as CSV")
    public String followUpCsv(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.csv(followUp(id, unit));
    }

    @GET
    @Path("/follow-ups/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Tabel 1: Budgetoversigt of a follow-up, as an HTML fragment")
    public String followUpHtml(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.html(followUp(id, unit));
    }

    @GET
    @Path("/follow-ups/{id}/forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Budgetopfølgning og forventet regnskab of a follow-up (original, corrected without "
            + "overførsler, requests, forecast, result, overførsler), as JSON")
    public CommitteeTable forecast(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_MILLIONS") AmountUnit unit) {
        return followUps.forecastTable(id, caller.staff(), unit);
    }

    @GET
    @Path("/follow-ups/{id}/forecast")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(summary = "Budgetopfølgning og forventet regnskab of a follow-up, as CSV")
    public String forecastCsv(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_MILLIONS") AmountUnit unit) {
        return TableRenderer.csv(forecast(id, unit));
    }

    @GET
    @Path("/follow-ups/{id}/forecast")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Budgetopfølgning og forventet regnskab of a follow-up, as an HTML fragment")
    public String forecastHtml(@PathParam("id") UUID id,
            @QueryParam("unit") @DefaultValue("DKK_MILLIONS") AmountUnit unit) {
        return TableRenderer.html(forecast(id, unit));
    }

    @GET
    @Path("/accounts/{year}/{committee}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The accounts table of a committee's year (Drift, Hovedtotal), as JSON")
    public CommitteeTable accounts(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return accounts.table(year, committee, unit, caller.staff());
    }

    @GET
    @Path("/accounts/{year}/{committee}")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(summary = "The accounts table of a committee's year, as CSV")
    public String accountsCsv(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.csv(accounts(year, committee, unit));
    }

    @GET
    @Path("/accounts/{year}/{committee}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The accounts table of a committee's year, as an HTML fragment")
    public String accountsHtml(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.html(accounts(year, committee, unit));
    }

    @GET
    @Path("/accounts/{year}/{committee}/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regnskab of a committee's year with the columns municipalities publish (original, "
            + "tillægsbevillinger, omplaceringer, overførsler in, corrected, accounts, deviation, overførsel out), as "
            + "JSON")
    public CommitteeTable accountsOverview(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return accounts.overviewTable(year, committee, unit, caller.staff());
    }

    @GET
    @Path("/accounts/{year}/{committee}/overview")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(summary = "Regnskab of a committee's year with the published columns, as CSV")
    public String accountsOverviewCsv(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.csv(accountsOverview(year, committee, unit));
    }

    @GET
    @Path("/accounts/{year}/{committee}/overview")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Regnskab of a committee's year with the published columns, as an HTML fragment")
    public String accountsOverviewHtml(@PathParam("year") int year, @PathParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return TableRenderer.html(accountsOverview(year, committee, unit));
    }
}
