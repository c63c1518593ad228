package dk.radhus.local;

import java.time.Duration;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.local.demo.KeycloakTokens;

/** What the console shows once everything is ready: where things are, who can log in, and a first API call. */
final class Summary {

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
        console.line("Demo users of realm " + LauncherSettings.REALM + " (passwords for local development only):");
        for (DemoUser user : DemoUser.values()) {
            console.line(String.format("  %-16s %-26s %s", user.username(), user.password(), user.description()));
        }
        console.blank();
        console.line("Try it: fetch a token as the secretary and create a committee");
        console.line("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + KeycloakTokens.CLIENT_ID
                + " -d username=" + DemoUser.SECRETARY.username() + " -d password=" + DemoUser.SECRETARY.password()
                + " \\");
        console.line("    " + settings.tokenUrl() + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        console.line("  curl -i -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        console.line("    -d '{\"code\":\"KFU\",\"name\":\"Kultur- og Fritidsudvalget\",\"kind\":\"POLITICAL_COMMITTEE\"}' \\");
        console.line("    " + settings.service("meetings-service").baseUrl() + "/committees");
        console.line("  curl -s " + settings.service("budget-service").baseUrl()
                + "/committees   # the committees reached budget-service through Kafka");
        console.blank();
        console.line("Logs: " + console.relative(settings.logs()) + "/   Data: " + console.relative(settings.localDirectory())
                + "/   Ctrl-C stops everything; ./run-local.sh --reset starts from scratch.");
    }
}
