package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.AmountUnit;

/** A ledger entry to add, its amount in {@code unit}; {@code decision} is the decision it rests on, or null. */
public record NewLedgerEntry(LedgerEntry.Kind kind, BigDecimal amount, AmountUnit unit, LocalDate date, String text,
        Decision decision) {

    /** The same entry with the opposite amount: the other side of an omplacering. */
    public NewLedgerEntry negated() {
        return new NewLedgerEntry(kind, amount.negate(), unit, date, text, decision);
    }

    /** The decision an entry rests on: meeting, agenda item and case number. */
    public record Decision(UUID meetingId, LocalDate meetingDate, Integer itemNumber, String caseNumber) {
    }
}
