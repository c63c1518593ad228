package dk.radhus.local.demo;

/**
 * The demo users of {@code deploy/keycloak/radhus-realm.json}, one per realm role. Their passwords are for local
 * development only and are published in the documentation on purpose.
 */
public enum DemoUser {

    SECRETARY("secretary", "Sekretariatet: udvalg, møder, dagsordener, referater"),
    FINANCE("finance", "Økonomi: budgetter, budgetopfølgninger, regnskaber"),
    DIRECTOR("director", "Direktionen: læser alt, også lukkede punkter; KPI-overblik"),
    ADMIN("admin", "Administrator: referencedata og revisionsspor"),
    STRATEGY_EDITOR("strategy-editor", "Centrene: handlingsplaner, indikatorer, kvalitetskontrakter");

    private final String role;
    private final String description;

    DemoUser(String role, String description) {
        this.role = role;
        this.description = description;
    }

    /** The user name equals the realm role the user holds. */
    public String username() {
        return role;
    }

    public String password() {
        return "dev-only-" + role;
    }

    public String role() {
        return role;
    }

    public String description() {
        return description;
    }
}
