package dk.radhus.platform.security;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, the one way every service asks: the name a write is recorded under, and the caller's realm roles.
 * {@link #staff()} is the suite's rule for who sees the full citation of a decision in budget-service and
 * strategy-service (docs/one-truth.md); each service names its other role sets next to its rules.
 */
@RequestScoped
public class Caller {

    /** The name recorded for a caller without a token. */
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /** The token's user name, or {@value #ANONYMOUS}. */
    public String name() {
        return name(identity);
    }

    /** Whether the caller holds at least one of {@code roles}; an anonymous caller holds none. */
    public boolean hasAnyRole(String... roles) {
        return hasAnyRole(identity, roles);
    }

    /** Finance, directors and administrators. */
    public boolean staff() {
        return hasAnyRole(Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN);
    }

    /** For code that holds a {@link SecurityIdentity} itself (e.g. on the IO thread, where it is deferred). */
    public static boolean hasAnyRole(SecurityIdentity identity, String... roles) {
        return !identity.isAnonymous() && Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public static String name(SecurityIdentity identity) {
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }
}
