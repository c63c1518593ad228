package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.AmountUnit;

/** A booked omplacering: its two entries (minus where it left, plus where it went) and their sum, zero. */
public record TransferResponse(UUID transferId, AmountUnit unit, List<Side> entries, BigDecimal sum) {

    /** One side: the policy area, its ledger entry and its amount. */
    public record Side(String policyAreaCode, UUID entryId, BigDecimal amount) {
    }

    static TransferResponse of(List<LedgerEntry> entries, AmountUnit unit) {
        List<Side> sides = entries.stream().map(e -> new Side(e.policyAreaCode, e.id,
                Amounts.fromKroner(e.amountKroner, unit))).toList();
        return new TransferResponse(entries.get(0).transferId, unit, sides,
                Amounts.fromKroner(entries.stream().map(e -> e.amountKroner).reduce(BigDecimal.ZERO, BigDecimal::add),
                        unit));
    }
}
