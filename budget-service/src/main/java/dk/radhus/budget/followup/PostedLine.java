package dk.radhus.budget.followup;

import java.math.BigDecimal;

import dk.radhus.platform.events.AmountUnit;

/** A policy area's figures in a follow-up as finance posts them, in {@code unit}; they replace what was posted. */
public record PostedLine(AmountUnit unit, BigDecimal spendToDate, BigDecimal requestedAppropriation,
        BigDecimal forecast, String comments) {
}
