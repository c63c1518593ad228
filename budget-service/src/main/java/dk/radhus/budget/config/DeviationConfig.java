package dk.radhus.budget.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The municipality's deviation rules for follow-ups. A forecast deviates when it is off the corrected budget by at
 * least {@code minPercent} of the corrected budget and at least {@code minAmountKroner}; spend runs ahead of the
 * calendar when the spend percentage exceeds the share of the year passed at the cut-off by {@code spendAheadMargin}
 * percentage points.
 */
@ConfigMapping(prefix = "budget.deviation")
public interface DeviationConfig {

    @WithDefault("5")
    BigDecimal minPercent();

    @WithDefault("500000")
    BigDecimal minAmountKroner();

    @WithDefault("15")
    BigDecimal spendAheadMargin();
}
