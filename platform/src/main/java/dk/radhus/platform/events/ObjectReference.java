package dk.radhus.platform.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A reference from an agenda item to an object another service owns, so that a decision can travel to it. */
public record ObjectReference(@NotNull Kind kind, @NotBlank String id) {

    /** What kind of object is referred to, and so which service acts on a decision about it. */
    public enum Kind {
        /** budget-service: a budget follow-up (budgetopfølgning). */
        BUDGET_FOLLOW_UP,
        /** budget-service: a requested supplementary appropriation (ansøgt tillægsbevilling) of a follow-up line. */
        APPROPRIATION_REQUEST,
        /** strategy-service: an action plan (handlingsplan) of a growth policy. */
        ACTION_PLAN,
        /** strategy-service: a yearly growth account (vækstregnskab). */
        GROWTH_ACCOUNT,
        /** strategy-service: a quality contract's yearly follow-up report (opfølgningsredegørelse). */
        QUALITY_CONTRACT_FOLLOW_UP
    }
}
