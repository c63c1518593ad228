package dk.radhus.budget.rest;

import java.net.URI;
import java.util.List;

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

import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.accounts.AccountsService;
import dk.radhus.budget.accounts.FiscalDataPackage;
import dk.radhus.budget.detail.AccountDetailService;
import dk.radhus.budget.ledger.LedgerService;
import dk.radhus.budget.ledger.NewLedgerEntry;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/** Budgets (ledger) and accounts per policy area and year: public to read, posted by finance. */
@Path("/years/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets and accounts", description = "Oprindeligt budget, tillægsbevillinger, omplaceringer og regnskab")
public class BudgetResource {

    private final LedgerService ledger;
    private final AccountsService accounts;
    private final FiscalDataPackage fiscalDataPackage;
    private final AccountDetailService details;
    private final Caller caller;

    public BudgetResource(LedgerService ledger, AccountsService accounts, FiscalDataPackage fiscalDataPackage,
            AccountDetailService details, Caller caller) {
        this.ledger = ledger;
        this.details = details;
        this.accounts = accounts;
        this.fiscalDataPackage = fiscalDataPackage;
        this.caller = caller;
    }

    @GET
    @Path("/budgets/{policyAreaCode}")
    @Operation(summary = "A policy area's budget: original, supplementary, transfers, corrected, and its history")
    public BudgetResponse budget(@PathParam("year") int year, @PathParam("policyAreaCode") String policyAreaCode,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return BudgetResponse.of(ledger.budget(year, policyAreaCode, caller.staff()), unit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/budgets/{policyAreaCode}/entries")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add the original budget or a supplementary appropriation (an omplacering: POST "
            + "/years/{year}/transfers)")
    @APIResponse(responseCode = "201", description = "Added; the response is the budget after it")
    @APIResponse(responseCode = "400", description = "Invalid entry, or kind TRANSFER: an omplacering is only booked "
            + "as a balanced pair")
    @APIResponse(responseCode = "409", description = "Year closed, a second original budget, or a submitted "
            + "follow-up rests on the budget at that date")
    public Response addEntry(@PathParam("year") int year, @PathParam("policyAreaCode") String policyAreaCode,
            @Valid @NotNull LedgerEntryRequest request) {
        LedgerEntry entry = ledger.add(year, policyAreaCode, newEntry(request), caller.name());
        return Response.created(URI.create("/years/%d/budgets/%s".formatted(year, entry.policyAreaCode)))
                .entity(BudgetResponse.of(ledger.budget(year, policyAreaCode, true), request.unit())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/transfers")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Book an omplacering as a balanced pair: minus on one policy area, plus on another")
    @APIResponse(responseCode = "201", description = "Booked; both entries and their sum (zero)")
    @APIResponse(responseCode = "409", description = "Year closed, or a submitted follow-up of either committee rests "
            + "on the budget at that date")
    public Response transfer(@PathParam("year") int year, @Valid @NotNull TransferRequest request) {
        List<LedgerEntry> entries = ledger.transfer(year, request.fromPolicyAreaCode(), request.toPolicyAreaCode(),
                request.entry(), caller.name());
        return Response.created(URI.create("/years/%d/budgets/%s".formatted(year, request.fromPolicyAreaCode())))
                .entity(TransferResponse.of(entries, request.unit())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/carry-overs/{policyAreaCode}")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Carry a policy area's deviation of the year (corrected budget − accounts) into the next "
            + "year's budget, citing the decision that grants it")
    @APIResponse(responseCode = "201", description = "Booked in the next year; the response is that year's budget")
    @APIResponse(responseCode = "409", description = "No accounts for the year, already carried over, the next year "
            + "closed, or a submitted follow-up rests on the next year's budget at that date")
    public Response carryOver(@PathParam("year") int year, @PathParam("policyAreaCode") String policyAreaCode,
            @Valid @NotNull CarryOverRequest request) {
        LedgerEntryRequest.DecisionReference decision = request.decision();
        LedgerEntry entry = ledger.carryOver(year, policyAreaCode, request.date(), new NewLedgerEntry.Decision(
                decision.meetingId(), decision.meetingDate(), decision.itemNumber(), decision.caseNumber()),
                caller.name());
        return Response.created(URI.create("/years/%d/budgets/%s".formatted(year + 1, entry.policyAreaCode)))
                .entity(BudgetResponse.of(ledger.budget(year + 1, entry.policyAreaCode, true),
                        AmountUnit.DKK_THOUSANDS)).build();
    }

    private static NewLedgerEntry newEntry(LedgerEntryRequest request) {
        LedgerEntryRequest.DecisionReference decision = request.decision();
        return new NewLedgerEntry(request.kind(), request.amount(), request.unit(), request.date(), request.text(),
                decision == null ? null : new NewLedgerEntry.Decision(decision.meetingId(), decision.meetingDate(),
                        decision.itemNumber(), decision.caseNumber()));
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "The year's accounts and deviations, optionally of one committee")
    public AccountsResponse accounts(@PathParam("year") int year, @QueryParam("committee") String committee,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return AccountsResponse.of(accounts.figures(year, committee, !caller.staff()), unit);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/accounts/{policyAreaCode}")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set a policy area's accounts for the year")
    @APIResponse(responseCode = "409", description = "The year is closed")
    public AccountsResponse putAccounts(@PathParam("year") int year,
            @PathParam("policyAreaCode") String policyAreaCode, @Valid @NotNull AccountsRequest request) {
        accounts.put(year, policyAreaCode, request.amount(), request.unit(), caller.name());
        return AccountsResponse.of(accounts.figures(year, null, false), request.unit());
    }

    @GET
    @Path("/accounts/{policyAreaCode}/detail")
    @Operation(summary = "A policy area's accounts by hovedfunktion, funktion and dranst/art, from the active uploads")
    public AccountDetailResponse accountsDetail(@PathParam("year") int year,
            @PathParam("policyAreaCode") String policyAreaCode,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return AccountDetailResponse.of(details.accounts(year, policyAreaCode), unit);
    }

    @GET
    @Path("/fiscal-data-package")
    @Produces("application/zip")
    @Operation(summary = "The year as a Fiscal Data Package: datapackage.json and budget.csv (approved, adjusted, "
            + "executed) in a zip")
    public Response fiscalDataPackage(@PathParam("year") int year,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return Response.ok(fiscalDataPackage.export(year, unit))
                .header("Content-Disposition", "attachment; filename=\"budget-" + year + "-fdp.zip\"").build();
    }
}
