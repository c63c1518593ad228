package dk.radhus.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A committee's budget for a year changed: an appropriation booked or reversed, a transfer, an overførsel carried in
 * from the year before, the original budget, accounts posted or a follow-up approved. Published by budget-service on {@link Topics#BUDGET_FOLLOW_UPS}, keyed by
 * committee and year; the amounts are the committee's totals in kroner after the change, so a consumer holds the
 * newest figures by keeping the event with the highest {@code sequence}, whatever order events arrive in.
 *
 * @param sequence           grows with every change of the committee's budget for the year
 * @param policyAreaCode     the policy area whose change caused the event; null when the committee's budget changed
 *                           as a whole (a follow-up approved, an upload of several areas' accounts)
 * @param supplementaryAppropriations tillægsbevillinger, without overførsler (these are in {@code carriedOver})
 * @param correctedBudget    oprindeligt budget + tillægsbevillinger + overførsler + omplaceringer, all the committee's
 *                           areas
 * @param accounts           regnskab posted for the year so far, all the committee's areas (0 when none)
 * @param cause              why the budget changed; a cause this version of the contract does not know reads as
 *                           {@link Cause#UNKNOWN}, so that a producer's new cause is not a poison event for a consumer
 * @param causeId            the ledger entry, follow-up or upload that changed it
 * @param carriedOver        overførsler carried in from the year before, all the committee's areas; null in events
 *                           published before the field existed
 */
public record BudgetChanged(
        @NotBlank String committeeCode,
        int fiscalYear,
        @Positive long sequence,
        String policyAreaCode,
        @NotNull BigDecimal originalBudget,
        @NotNull BigDecimal supplementaryAppropriations,
        @NotNull BigDecimal transfers,
        @NotNull BigDecimal correctedBudget,
        @NotNull BigDecimal accounts,
        @NotNull @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE) Cause cause,
        UUID causeId,
        BigDecimal carriedOver) implements EventPayload {

    /** What changed the budget. */
    public enum Cause {
        ORIGINAL_BUDGET,
        APPROPRIATION_BOOKED,
        APPROPRIATION_REVERSED,
        TRANSFER,
        /** Overførsel: the previous year's deviation carried into this year's budget. */
        CARRY_OVER_BOOKED,
        ACCOUNTS_POSTED,
        FOLLOW_UP_APPROVED,
        /** Read in place of a cause a newer producer sends; never published. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    @Override
    public String aggregateType() {
        return "CommitteeBudget";
    }

    @Override
    public String aggregateId() {
        return committeeCode + ":" + fiscalYear;
    }
}
