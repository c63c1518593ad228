package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.Disclosure;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.ledger.BudgetFigures;
import dk.radhus.budget.ledger.PolicyAreaBudget;
import dk.radhus.platform.events.AmountUnit;

/**
 * A policy area's budget for a year in {@code unit}: original (1), supplementary appropriations (2), transfers (3)
 * and the corrected budget (4) = 1+2+3, derived from {@code entries}; each entry shows the corrected budget after it,
 * so the list is the history of the corrected budget.
 */
public record BudgetResponse(String policyAreaCode, String policyAreaName, int fiscalYear, AmountUnit unit,
        BigDecimal originalBudget, BigDecimal supplementaryAppropriations, BigDecimal transfers,
        BigDecimal correctedBudget, List<Entry> entries) {

    /**
     * One ledger entry, with the decision it cites and the corrected budget after it; {@code transferId} pairs the two
     * sides of an omplacering; {@code carriedFromYear} marks an overførsel.
     */
    public record Entry(UUID id, LedgerEntry.Kind kind, BigDecimal amount, LocalDate date, String text,
            Decision decision, UUID transferId, Integer carriedFromYear, BigDecimal correctedBudgetAfter) {

        static Entry of(PolicyAreaBudget.Entry cited, AmountUnit unit) {
            LedgerEntry entry = cited.entry();
            return new Entry(entry.id, entry.kind, in(entry.amountKroner, unit), entry.entryDate,
                    cited.citation().text(), Decision.of(cited.citation()), entry.transferId, entry.carriedFromYear,
                    in(cited.correctedAfter(), unit));
        }
    }

    /** The decision a ledger entry rests on. */
    public record Decision(UUID meetingId, LocalDate meetingDate, Integer itemNumber, String caseNumber) {

        public static Decision of(Disclosure.Citation citation) {
            if (citation.meetingDate() == null && citation.meetingId() == null && citation.caseNumber() == null) {
                return null;
            }
            return new Decision(citation.meetingId(), citation.meetingDate(), citation.itemNumber(),
                    citation.caseNumber());
        }
    }

    static BudgetResponse of(PolicyAreaBudget budget, AmountUnit unit) {
        BudgetFigures figures = budget.figures();
        return new BudgetResponse(budget.area().code, budget.area().name, budget.fiscalYear(), unit,
                in(figures.original(), unit), in(figures.supplementary(), unit), in(figures.transfers(), unit),
                in(figures.corrected(), unit), budget.entries().stream().map(e -> Entry.of(e, unit)).toList());
    }

    private static BigDecimal in(BigDecimal kroner, AmountUnit unit) {
        return Amounts.fromKroner(kroner, unit);
    }
}
