package dk.radhus.strategy;

import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/**
 * Strategy-specific realm role and who sees what. Department users (BYC, TMC …) who maintain initiative statuses,
 * indicator values and quality-contract follow-ups get {@code strategy-editor}; the suite's {@code secretary} role
 * means the committee secretariat in meetings-service and grants nothing here. Staff ({@link Caller#staff()}) see the
 * full citation of every decision, closed items included; strategy-editor and director are internal and see draft
 * policies and action plans, whose citations are shown in full as well. Everyone else, anonymous or not, sees
 * decisions as meetings-service shows them publicly.
 */
public final class StrategyRoles {

    public static final String EDITOR = "strategy-editor";

    private static final String[] INTERNAL = {EDITOR, Roles.DIRECTOR};

    private StrategyRoles() {
    }

    /** Whether the caller sees drafts and action plans. */
    public static boolean internal(Caller caller) {
        return caller.hasAnyRole(INTERNAL);
    }
}
