package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.AmountUnit;

/**
 * A policy area's budget for a year in {@code unit}: original (1), supplementary appropriations (2), transfers (3)
 * and the corrected budget (4) = 1+2+3, derived from {@code entries}; each entry shows the corrected budget after it,
 * so the list is the history of the corrected budget.
 */
public record BudgetResponse(String policyAreaCode, String policyAreaName, int fiscalYear, AmountUnit unit,
        BigDecimal originalBudget, BigDecimal supplementaryAppropriations, BigDecimal transfers,
        BigDecimal correctedBudget, List<Entry> entries) {

    /** One ledger entry, with the decision it cites and the corrected budget after it. */
    public record Entry(UUID id, LedgerEntry.Kind kind, BigDecimal amount, LocalDate date, String text,
            Decision decision, BigDecimal correctedBudgetAfter) {
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
}
