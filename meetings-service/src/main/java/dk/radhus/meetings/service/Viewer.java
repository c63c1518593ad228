package dk.radhus.meetings.service;

import jakarta.enterprise.context.RequestScoped;

import dk.radhus.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: privileged staff see drafts and closed items, everyone else sees the public projection only. */
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean privileged() {
        return privileged(identity);
    }

    /** Whether the identity is staff (for code on the IO thread, which gets the identity deferred). */
    public static boolean privileged(SecurityIdentity identity) {
        return !identity.isAnonymous()
                && (identity.hasRole(Roles.SECRETARY) || identity.hasRole(Roles.DIRECTOR) || identity.hasRole(Roles.ADMIN));
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
