package dk.radhus.strategy.service;

import java.util.Collection;

import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.strategy.Light;

/**
 * A committee's budget light from the deviations budget-service reported for its latest follow-up: red for an
 * overspend, yellow for any other deviation, green for none. Whether a line deviates is budget-service's rule
 * ({@code DeviationRules}); strategy-service does not judge the figures again.
 */
public final class BudgetLight {

    private BudgetLight() {
    }

    public static Light of(Collection<DeviationDetected.Kind> reported) {
        if (reported.contains(DeviationDetected.Kind.OVERSPEND)) {
            return Light.RED;
        }
        return reported.isEmpty() ? Light.GREEN : Light.YELLOW;
    }
}
