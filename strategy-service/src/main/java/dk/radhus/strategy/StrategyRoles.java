package dk.radhus.strategy;

/**
 * Strategy-specific realm role. Department users (BYC, TMC …) who maintain initiative statuses, indicator values and
 * quality-contract follow-ups get {@code strategy-editor}; the suite's {@code secretary} role means the committee
 * secretariat in meetings-service and grants nothing here.
 */
public final class StrategyRoles {

    public static final String EDITOR = "strategy-editor";

    private StrategyRoles() {
    }
}
