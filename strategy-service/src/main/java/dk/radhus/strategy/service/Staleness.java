package dk.radhus.strategy.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.config.StrategyConfig;

/** Whether an initiative's status is too old to trust (stale), by the configured age. */
@ApplicationScoped
public class Staleness {

    private final StrategyConfig config;

    public Staleness(StrategyConfig config) {
        this.config = config;
    }

    public boolean isStale(Initiative initiative) {
        return initiative.isStaleOn(LocalDate.now(), config.staleAfterDays());
    }
}
