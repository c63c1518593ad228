package dk.radhus.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A follow-up line broke a deviation rule (e.g. forecast off the corrected budget by at least 5 % and 500 thousand
 * DKK). Published by budget-service on {@link Topics#BUDGET_FOLLOW_UPS}, one per offending line.
 */
public record DeviationDetected(
        @NotNull UUID followUpId,
        @NotBlank String committeeCode,
        int fiscalYear,
        int round,
        @NotNull LocalDate cutOffDate,
        @NotBlank String policyAreaCode,
        @NotBlank String policyAreaName,
        @NotNull AmountUnit unit,
        @NotNull BigDecimal correctedBudget,
        @NotNull BigDecimal forecast,
        /** Corrected budget minus forecast: positive is an underspend (mindreforbrug), negative an overspend. */
        @NotNull BigDecimal deviation,
        @NotNull Kind kind,
        @NotBlank String rule) implements EventPayload {

    /** Which way the line deviates. */
    public enum Kind {
        /** Merforbrug. */
        OVERSPEND,
        /** Mindreforbrug. */
        UNDERSPEND,
        /** Spend percentage ahead of the share of the year passed. */
        SPEND_AHEAD_OF_CALENDAR
    }

    @Override
    public String aggregateType() {
        return "BudgetFollowUp";
    }

    @Override
    public String aggregateId() {
        return followUpId.toString();
    }
}
