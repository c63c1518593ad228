package dk.radhus.local;

import java.time.Duration;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.local.demo.KeycloakTokens;

/** What the console shows once everything is ready: where things are, who can log in, and a first API call. */
final class Summary {

    /** The first line of the copy-paste example; LocalStackIT runs the lines after it up to the next blank line. */
    static final String TRY_IT = "Try it: fetch a token as the director and open the directors' dashboard"
            + " (a protected endpoint):";

    private final LauncherSettings settings;
    private final Console console;

    Summary(LauncherSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    void print(Duration startup) {
        console.blank();
        console.line("All healthy after " + Console.seconds(startup).strip() + ".");
        console.blank();
        console.line("Services (Swagger UI):");
        for (ServiceDefinition service : settings.services()) {
            console.line(String.format("  %-18s %s/q/swagger-ui", service.name(), service.baseUrl()));
        }
        console.line(String.format("  %-18s %s/admin  (user %s, password %s)", "keycloak", settings.keycloakUrl(),
                KeycloakComponent.ADMIN_USER, KeycloakComponent.ADMIN_PASSWORD));
        console.blank();
        String meetings = settings.service("meetings-service").baseUrl();
        String budget = settings.service("budget-service").baseUrl();
        String strategy = settings.service("strategy-service").baseUrl();
        String portal = settings.portalUrl();
        console.line("Web portal (Danish pages; staff log in through Keycloak as a demo user below):");
        page("public portal", portal + "/", "committees, meeting calendar, agendas and minutes, search, feeds");
        page("directors", portal + "/direktion", "KPI overview, indicator charts; log in as director");
        page("finance", portal + "/okonomi", "CSV upload into a budget follow-up; log in as finance");
        console.blank();
        console.line("The services' public pages and feeds (no login; the tables are HTML in a browser):");
        page("calendar", meetings + "/feeds/calendar.ics", "published meetings, iCalendar");
        page("news feed", meetings + "/feeds/feed.atom", "published agendas and minutes, Atom");
        page("accounts table", budget + "/tables/accounts/2010/BEU", "Tabel 1: Resultat for BEU 2010");
        page("growth account", strategy + "/growth-accounts/2019", "Vækstregnskab 2019, JSON");
        console.blank();
        console.line("Demo users of realm " + LauncherSettings.REALM + " (passwords for local development only):");
        for (DemoUser user : DemoUser.values()) {
            console.line(String.format("  %-16s %-26s %s", user.username(), user.password(), user.description()));
        }
        console.blank();
        DemoUser director = DemoUser.DIRECTOR;
        console.line(TRY_IT);
        console.line("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + KeycloakTokens.CLIENT_ID
                + " -d username=" + director.username() + " -d password=" + director.password() + " \\");
        console.line("    " + settings.tokenUrl() + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        console.line("  curl -s -H \"Authorization: Bearer $TOKEN\" " + strategy + "/dashboard");
        console.blank();
        console.line("Logs: " + console.relative(settings.logs()) + "/   Data: " + console.relative(settings.localDirectory())
                + "/   Ctrl-C stops everything; ./run-local.sh --reset starts from scratch.");
    }

    private void page(String name, String url, String what) {
        console.line(String.format("  %-18s %s  (%s)", name, url, what));
    }
}
