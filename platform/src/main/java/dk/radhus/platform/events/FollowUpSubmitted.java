package dk.radhus.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Finance submitted a budget follow-up (budgetopfølgning) for a committee. Published by budget-service on
 * {@link Topics#BUDGET_FOLLOW_UPS}; meetings-service drafts an agenda item from it and strategy-service updates the
 * directors' budget status. All amounts are in {@code unit}; expenses positive, income negative.
 */
public record FollowUpSubmitted(
        @NotNull UUID followUpId,
        @NotBlank String committeeCode,
        int fiscalYear,
        int round,
        @NotNull LocalDate cutOffDate,
        @NotNull AmountUnit unit,
        @NotNull List<@Valid Line> lines,
        @NotNull @Valid Line totals,
        @NotNull List<@Valid Deviation> deviations,
        boolean appropriationRequested,
        /** The budget committee table as an HTML fragment, for the agenda item's finances section. */
        String tableHtml) implements EventPayload {

    /**
     * One policy area's figures; {@code spendPercentage} is null where it is not meaningful (negative spend).
     * {@code appropriationRequestId} is the id of the line's requested supplementary appropriation, which a decision
     * refers to as {@code APPROPRIATION_REQUEST}; null when the line requests none (and on the totals).
     */
    public record Line(
            String policyAreaCode,
            @NotBlank String policyAreaName,
            @NotNull BigDecimal originalBudget,
            @NotNull BigDecimal correctedBudget,
            @NotNull BigDecimal spendToDate,
            BigDecimal spendPercentage,
            @NotNull BigDecimal requestedAppropriation,
            @NotNull BigDecimal correctedBudgetAfterRequest,
            @NotNull BigDecimal forecast,
            @NotNull BigDecimal deviation,
            UUID appropriationRequestId) {
    }

    /** A deviation rule that a line broke. */
    public record Deviation(@NotBlank String policyAreaCode, @NotBlank String rule, @NotBlank String description) {
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
