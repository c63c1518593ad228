package dk.radhus.budget.followup;

import java.time.Instant;
import java.util.List;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.platform.events.DecisionOutcome;

/**
 * A follow-up as one caller may see it ({@link Disclosure}): its figures, the status and decision outcome shown to the
 * caller, the deviations its lines break, and its history.
 */
public record FollowUpView(FollowUpFigures figures, FollowUp.Status status, DecisionOutcome outcome,
        List<DeviationRules.Finding> deviations, List<Transition> history) {

    /** A state change, with the reason and the name the caller may see. */
    public record Transition(FollowUp.Status from, FollowUp.Status to, String reason, String by, Instant at) {
    }
}
