package dk.radhus.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at a page, for the navigation ({@code {inject:portalUser.director}} in the layout). */
@Named("portalUser")
@RequestScoped
public class PortalUser {

    public static final String DIRECTOR = "director";
    public static final String FINANCE = "finance";

    private final SecurityIdentity identity;

    public PortalUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isDirector() {
        return !identity.isAnonymous() && identity.hasRole(DIRECTOR);
    }

    public boolean isFinance() {
        return !identity.isAnonymous() && identity.hasRole(FINANCE);
    }
}
