package dk.radhus.strategy.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.config.StrategyConfig;

/** Whether an initiative's status is too old to trust (stale): its as-of date is more than the configured days ago. */
@ApplicationScoped
public class Staleness {

    private final StrategyConfig config;

    public Staleness(StrategyConfig config) {
        this.config = config;
    }

    public boolean isStale(Initiative initiative) {
        return isStale(initiative.statusAsOf, LocalDate.now());
    }

    public boolean isStale(LocalDate statusAsOf, LocalDate today) {
        return statusAsOf.isBefore(today.minusDays(afterDays()));
    }

    public int afterDays() {
        return config.staleAfterDays();
    }
}
