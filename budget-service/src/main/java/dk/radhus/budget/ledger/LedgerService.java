package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.AccountsFigure;
import dk.radhus.budget.Amounts;
import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.problem.ProblemException;

/** The budget ledger: entries are only ever added; the corrected budget is derived from them. */
@ApplicationScoped
public class LedgerService {

    private final FiscalYearService years;
    private final PolicyAreaService areas;
    private final BudgetChanges changes;
    private final Audit audit;

    public LedgerService(FiscalYearService years, PolicyAreaService areas, BudgetChanges changes, Audit audit) {
        this.years = years;
        this.areas = areas;
        this.changes = changes;
        this.audit = audit;
    }

    /** What an audit entry records of a ledger entry; entries are only added, so it is always the value after. */
    public static Map<String, Object> auditValues(LedgerEntry e) {
        return Audit.values("policyAreaCode", e.policyAreaCode, "fiscalYear", e.fiscalYear, "kind", e.kind,
                "amountKroner", e.amountKroner, "entryDate", e.entryDate, "text", e.text, "caseNumber", e.caseNumber,
                "itemId", e.itemId, "reverses", e.reverses, "transferId", e.transferId, "carriedFromYear", e.carriedFromYear);
    }

    /**
     * Adds an original budget or a supplementary appropriation. An omplacering alone is refused: one side of it would
     * change the municipality's total budget, so it is only booked as a balanced pair by {@link #transfer}.
     */
    @Transactional
    public LedgerEntry add(int year, String policyAreaCode, NewLedgerEntry newEntry, String actor) {
        if (newEntry.kind() == LedgerEntry.Kind.TRANSFER) {
            throw ProblemException.invalidField("kind", "en omplacering bogføres som et par, der går i nul: "
                    + "POST /years/" + year + "/transfers med fromPolicyAreaCode og toPolicyAreaCode");
        }
        years.requireOpen(year);
        PolicyArea area = areas.find(policyAreaCode);
        LedgerEntry entry = book(year, area, newEntry, null, actor);
        changes.areaChanged(area.code, year, entry.kind == LedgerEntry.Kind.ORIGINAL
                ? BudgetChanged.Cause.ORIGINAL_BUDGET : BudgetChanged.Cause.APPROPRIATION_BOOKED, entry.id);
        return entry;
    }

    /**
     * Omplacering: moves {@code transfer.amount()} (positive) from one policy area to another as two TRANSFER entries
     * sharing a transfer id — minus on {@code from}, plus on {@code to} — in one transaction, so they sum to zero.
     * Each committee touched is told once, after both entries.
     */
    @Transactional
    public List<LedgerEntry> transfer(int year, String fromCode, String toCode, NewLedgerEntry transfer,
            String actor) {
        years.requireOpen(year);
        if (transfer.amount().signum() <= 0) {
            throw ProblemException.invalidField("amount", "skal være et positivt beløb; det flyttes fra "
                    + "fromPolicyAreaCode til toPolicyAreaCode");
        }
        PolicyArea from = known(fromCode, "fromPolicyAreaCode");
        PolicyArea to = known(toCode, "toPolicyAreaCode");
        if (from.code.equals(to.code)) {
            throw ProblemException.invalidField("toPolicyAreaCode", "skal være et andet politikområde end "
                    + "fromPolicyAreaCode");
        }
        UUID transferId = UUID.randomUUID();
        LedgerEntry out = book(year, from, transfer.negated(), transferId, actor);
        LedgerEntry in = book(year, to, transfer, transferId, actor);
        if (from.committeeCode.equals(to.committeeCode)) {
            changes.committeeChanged(from.committeeCode, year, BudgetChanged.Cause.TRANSFER, transferId);
        } else {
            changes.areaChanged(from.code, year, BudgetChanged.Cause.TRANSFER, out.id);
            changes.areaChanged(to.code, year, BudgetChanged.Cause.TRANSFER, in.id);
        }
        return List.of(out, in);
    }

    /**
     * Overførsel: carries a policy area's deviation of {@code year} — its corrected budget minus its accounts, an
     * underspend positive, an overspend negative — into {@code year + 1} as a supplementary appropriation citing the
     * decision that grants it. Once per area and year; the year's accounts must be posted.
     */
    @Transactional
    public LedgerEntry carryOver(int year, String policyAreaCode, LocalDate date, NewLedgerEntry.Decision decision,
            String actor) {
        PolicyArea area = areas.find(policyAreaCode);
        years.find(year);
        years.requireOpen(year + 1);
        if (date.getYear() != year + 1) {
            throw ProblemException.invalidField("date", "skal ligge i budgetåret " + (year + 1));
        }
        AccountsFigure accounts = AccountsFigure.find(area.code, year).orElseThrow(() -> ProblemException.conflict(
                "Politikområde %s har intet regnskab for %d; overførslen beregnes fra regnskabet."
                        .formatted(area.code, year)));
        if (LedgerEntry.hasCarryOver(area.code, year)) {
            throw ProblemException.conflict("Politikområde %s har allerede en overførsel fra %d."
                    .formatted(area.code, year));
        }
        BigDecimal deviation = BudgetFigures.of(LedgerEntry.listFor(area.code, year, false)).corrected()
                .subtract(accounts.amountKroner);
        LedgerEntry entry = book(year + 1, area, new NewLedgerEntry(LedgerEntry.Kind.SUPPLEMENTARY, deviation,
                AmountUnit.DKK, date, "Overførsel fra " + year, decision), null, year, actor);
        changes.areaChanged(area.code, year + 1, BudgetChanged.Cause.CARRY_OVER_BOOKED, entry.id);
        return entry;
    }

    /** A policy area named in a request body: unknown is a bad field, not a missing resource. */
    private static PolicyArea known(String code, String field) {
        return PolicyArea.<PolicyArea>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.invalidField(field, "politikområde " + code + " findes ikke"));
    }

    private LedgerEntry book(int year, PolicyArea area, NewLedgerEntry newEntry, UUID transferId, String actor) {
        return book(year, area, newEntry, transferId, null, actor);
    }

    private LedgerEntry book(int year, PolicyArea area, NewLedgerEntry newEntry, UUID transferId,
            Integer carriedFromYear, String actor) {
        if (newEntry.kind() == LedgerEntry.Kind.ORIGINAL && LedgerEntry.hasOriginal(area.code, year)) {
            throw ProblemException.conflict("Politikområde %s har allerede et oprindeligt budget for %d."
                    .formatted(area.code, year));
        }
        if (newEntry.date().getYear() > year) {
            throw ProblemException.invalidField("date", "må ikke ligge efter budgetåret " + year);
        }
        requireNoFrozenFollowUp(area, year, newEntry);
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.policyAreaCode = area.code;
        entry.fiscalYear = year;
        entry.kind = newEntry.kind();
        entry.amountKroner = Amounts.toKroner(newEntry.amount(), newEntry.unit());
        entry.entryDate = newEntry.date();
        entry.text = newEntry.text().strip();
        if (newEntry.decision() != null) {
            entry.meetingId = newEntry.decision().meetingId();
            entry.meetingDate = newEntry.decision().meetingDate();
            entry.itemNumber = newEntry.decision().itemNumber();
            entry.caseNumber = newEntry.decision().caseNumber();
        }
        entry.transferId = transferId;
        entry.carriedFromYear = carriedFromYear;
        entry.createdBy = actor;
        entry.createdAt = Instant.now();
        entry.persist();
        audit.record("ledger.entry-added", "LedgerEntry", entry.id, null, auditValues(entry));
        return entry;
    }

    /**
     * The budget as the caller may see it: staff every entry with its full citation, the public the entries whose
     * decisions meetings-service shows, cited as {@link Disclosure} allows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyAreaBudget budget(int year, String policyAreaCode, boolean staff) {
        years.find(year);
        PolicyArea area = areas.find(policyAreaCode);
        List<LedgerEntry> entries = LedgerEntry.listFor(area.code, year, !staff);
        Disclosure disclosure = Disclosure.of(staff, entries.stream().map(e -> e.itemId).toList());
        List<PolicyAreaBudget.Entry> history = new ArrayList<>();
        BudgetFigures running = BudgetFigures.ZERO;
        for (LedgerEntry entry : entries) {
            running = running.plus(entry);
            history.add(new PolicyAreaBudget.Entry(entry, disclosure.citation(entry), running.corrected()));
        }
        return new PolicyAreaBudget(area, year, running, history);
    }

    /**
     * An entry dated on or before the cut-off of a submitted or approved follow-up would change the figures the
     * committee got. The original budget counts whatever its date, so it conflicts with any such follow-up.
     */
    private static void requireNoFrozenFollowUp(PolicyArea area, int year, NewLedgerEntry newEntry) {
        LocalDate effective = newEntry.kind() == LedgerEntry.Kind.ORIGINAL ? LocalDate.of(year - 1, 1, 1)
                : newEntry.date();
        if (FollowUp.countFrozenCovering(area.committeeCode, year, effective) > 0) {
            throw ProblemException.conflict("En indsendt budgetopfølgning for udvalget " + area.committeeCode
                    + " bygger på budgettet pr. denne dato; genåbn den først.");
        }
    }
}
