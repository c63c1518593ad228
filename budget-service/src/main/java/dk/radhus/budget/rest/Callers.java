package dk.radhus.budget.rest;

import dk.radhus.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: whether they may see drafts, and the name a write is recorded under. */
final class Callers {

    private Callers() {
    }

    /** Finance, directors and administrators see drafts; everyone else sees submitted and approved figures only. */
    static boolean draftsVisible(SecurityIdentity identity) {
        return !identity.isAnonymous() && (identity.hasRole(Roles.FINANCE) || identity.hasRole(Roles.DIRECTOR)
                || identity.hasRole(Roles.ADMIN));
    }

    static String name(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }
}
