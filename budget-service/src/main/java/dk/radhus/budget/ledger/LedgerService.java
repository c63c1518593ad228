package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.rest.BudgetResponse;
import dk.radhus.budget.rest.LedgerEntryRequest;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.problem.ProblemException;

/** The budget ledger: entries are only ever added; the corrected budget is derived from them. */
@ApplicationScoped
public class LedgerService {

    private final FiscalYearService years;
    private final PolicyAreaService areas;
    private final BudgetChanges changes;

    public LedgerService(FiscalYearService years, PolicyAreaService areas, BudgetChanges changes) {
        this.years = years;
        this.areas = areas;
        this.changes = changes;
    }

    @Transactional
    public LedgerEntry add(int year, String policyAreaCode, LedgerEntryRequest request, String actor) {
        years.requireOpen(year);
        PolicyArea area = areas.find(policyAreaCode);
        if (request.kind() == LedgerEntry.Kind.ORIGINAL && LedgerEntry.hasOriginal(area.code, year)) {
            throw ProblemException.conflict("Politikområde %s har allerede et oprindeligt budget for %d."
                    .formatted(area.code, year));
        }
        if (request.date().getYear() > year) {
            throw ProblemException.invalidField("date", "må ikke ligge efter budgetåret " + year);
        }
        requireNoFrozenFollowUp(area, year, request);
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.policyAreaCode = area.code;
        entry.fiscalYear = year;
        entry.kind = request.kind();
        entry.amountKroner = Amounts.toKroner(request.amount(), request.unit());
        entry.entryDate = request.date();
        entry.text = request.text().strip();
        if (request.decision() != null) {
            entry.meetingId = request.decision().meetingId();
            entry.meetingDate = request.decision().meetingDate();
            entry.itemNumber = request.decision().itemNumber();
            entry.caseNumber = request.decision().caseNumber();
        }
        entry.createdBy = actor;
        entry.createdAt = Instant.now();
        entry.persist();
        changes.areaChanged(area.code, year, switch (entry.kind) {
            case ORIGINAL -> BudgetChanged.Cause.ORIGINAL_BUDGET;
            case SUPPLEMENTARY -> BudgetChanged.Cause.APPROPRIATION_BOOKED;
            case TRANSFER -> BudgetChanged.Cause.TRANSFER;
        }, entry.id);
        return entry;
    }

    /**
     * The budget as the caller may see it: staff every entry with its full citation, the public the entries whose
     * decisions meetings-service shows, cited as {@link Disclosure} allows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetResponse budget(int year, String policyAreaCode, AmountUnit unit, boolean staff) {
        years.find(year);
        PolicyArea area = areas.find(policyAreaCode);
        List<LedgerEntry> entries = LedgerEntry.listFor(area.code, year, !staff);
        Disclosure disclosure = Disclosure.of(staff, entries.stream().map(e -> e.itemId).toList());
        List<BudgetResponse.Entry> history = new ArrayList<>();
        BudgetFigures running = BudgetFigures.ZERO;
        for (LedgerEntry entry : entries) {
            running = running.plus(entry);
            Disclosure.Citation citation = disclosure.citation(entry);
            history.add(new BudgetResponse.Entry(entry.id, entry.kind, Amounts.fromKroner(entry.amountKroner, unit),
                    entry.entryDate, citation.text(), BudgetResponse.Decision.of(citation),
                    Amounts.fromKroner(running.corrected(), unit)));
        }
        return new BudgetResponse(area.code, area.name, year, unit, in(running.original(), unit),
                in(running.supplementary(), unit), in(running.transfers(), unit), in(running.corrected(), unit),
                history);
    }

    private static BigDecimal in(BigDecimal kroner, AmountUnit unit) {
        return Amounts.fromKroner(kroner, unit);
    }

    /**
     * An entry dated on or before the cut-off of a submitted or approved follow-up would change the figures the
     * committee got. The original budget counts whatever its date, so it conflicts with any such follow-up.
     */
    private static void requireNoFrozenFollowUp(PolicyArea area, int year, LedgerEntryRequest request) {
        LocalDate effective = request.kind() == LedgerEntry.Kind.ORIGINAL ? LocalDate.of(year - 1, 1, 1)
                : request.date();
        if (FollowUp.countFrozenCovering(area.committeeCode, year, effective) > 0) {
            throw ProblemException.conflict("En indsendt budgetopfølgning for udvalget " + area.committeeCode
                    + " bygger på budgettet pr. denne dato; genåbn den først.");
        }
    }
}
