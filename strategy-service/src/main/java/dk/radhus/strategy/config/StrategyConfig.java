package dk.radhus.strategy.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunable rules of the strategy service. */
@ConfigMapping(prefix = "strategy")
public interface StrategyConfig {

    /** An initiative whose status as-of date is more than this many days old is flagged stale. */
    @WithDefault("120")
    int staleAfterDays();

    Budget budget();

    /** Thresholds for the budget-status light; the same rule as budget-service's deviation check. */
    interface Budget {

        /** A forecast deviation of at least this share of the corrected budget (percent) ... */
        @WithDefault("5")
        BigDecimal deviationPercent();

        /** ... and at least this many kroner breaks the rule. */
        @WithDefault("500000")
        BigDecimal deviationAmountDkk();
    }
}
