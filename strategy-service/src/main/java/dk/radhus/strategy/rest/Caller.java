package dk.radhus.strategy.rest;

import jakarta.enterprise.context.RequestScoped;

import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.StrategyRoles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking. Staff (finance, director, admin) see the full citation of every decision, closed items included.
 * strategy-editor and director see strategy's internal data: draft policies and action plans, whose citations are
 * shown in full as well. Everyone else, anonymous or not, sees decisions as meetings-service shows them publicly.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean staff() {
        return !identity.isAnonymous()
                && (identity.hasRole(Roles.FINANCE) || identity.hasRole(Roles.DIRECTOR) || identity.hasRole(Roles.ADMIN));
    }

    /** Whether the caller sees drafts and action plans. */
    public boolean internal() {
        return !identity.isAnonymous() && (identity.hasRole(StrategyRoles.EDITOR) || identity.hasRole(Roles.DIRECTOR));
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
