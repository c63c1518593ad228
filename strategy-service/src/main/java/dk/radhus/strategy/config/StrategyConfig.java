package dk.radhus.strategy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunable rules of the strategy service. */
@ConfigMapping(prefix = "strategy")
public interface StrategyConfig {

    /** An initiative whose status as-of date is more than this many days old is flagged stale. */
    @WithDefault("120")
    int staleAfterDays();
}
