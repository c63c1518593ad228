package dk.radhus.platform.security;

/** Realm roles carried in the OIDC bearer token ({@code realm_access.roles}). */
public final class Roles {

    public static final String SECRETARY = "secretary";
    public static final String FINANCE = "finance";
    public static final String DIRECTOR = "director";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
