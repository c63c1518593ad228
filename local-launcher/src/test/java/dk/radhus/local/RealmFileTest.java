package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.local.demo.KeycloakTokens;

/** The realm file that the launcher and docker-compose import agrees with what the launcher prints and uses. */
class RealmFileTest {

    private final JsonNode realm = read();

    @Test
    void shouldDefineEveryRoleTheServicesCheck() {
        assertThat(texts(realm.path("roles").path("realm"), "name"))
                .contains("secretary", "finance", "director", "admin", "strategy-editor");
        assertThat(realm.path("realm").asText()).isEqualTo(LauncherSettings.REALM);
    }

    @Test
    void shouldHaveOneDemoUserPerRoleWithThePrintedPassword() {
        for (DemoUser user : DemoUser.values()) {
            JsonNode entry = user(user.username());
            assertThat(texts(entry.path("realmRoles"), null)).as(user.username()).contains(user.role());
            assertThat(entry.path("credentials").get(0).path("value").asText()).isEqualTo(user.password());
            assertThat(entry.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
            assertThat(entry.path("email").asText()).as("Keycloak refuses logins with an incomplete profile").isNotBlank();
            assertThat(entry.path("firstName").asText()).isNotBlank();
            assertThat(entry.path("lastName").asText()).isNotBlank();
        }
    }

    @Test
    void shouldOfferAPublicWebClientWithPkceAndADirectGrantClientForScripts() {
        JsonNode web = client("radhus-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");

        JsonNode cli = client(KeycloakTokens.CLIENT_ID);
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void shouldOfferTheWebPortalAConfidentialClientWithPkceOnItsPort() {
        JsonNode portal = client("radhus-portal");

        assertThat(portal.path("publicClient").asBoolean()).isFalse();
        assertThat(portal.path("secret").asText()).startsWith("dev-only-").hasSizeGreaterThanOrEqualTo(32);
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(portal.path("redirectUris"), null)).contains("http://127.0.0.1:8084/*");
    }

    @Test
    void shouldImportThePortalClientWithRedirectUrisOnThePortsThePortalRunsOn(@TempDir Path directory)
            throws IOException {
        LauncherSettings settings = LauncherSettings.from(RepositoryFiles.root(),
                Map.of("RADHUS_LOCAL_PORTAL_PORT", "18084"));
        Path imported = directory.resolve("radhus-realm.json");

        RealmFile.of(settings).writeFor(settings.portalPort(), imported);

        JsonNode written = new ObjectMapper().readTree(imported.toFile());
        JsonNode portal = find(written.path("clients"), "clientId", "radhus-portal");
        assertThat(texts(portal.path("redirectUris"), null))
                .containsExactly("http://127.0.0.1:18084/*", "http://localhost:18084/*");
        assertThat(portal.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("http://127.0.0.1:18084/*##http://localhost:18084/*");
        assertThat(portal.path("secret")).isEqualTo(client("radhus-portal").path("secret"));
        assertThat(written.path("users")).isEqualTo(realm.path("users"));
        assertThat(find(written.path("clients"), "clientId", "radhus-web")).isEqualTo(client("radhus-web"));
    }

    @Test
    void shouldGiveThePortalTheClientSecretOfTheRealmFile() {
        LauncherSettings settings = LauncherSettings.from(RepositoryFiles.root(), Map.of());

        assertThat(new PortalComponent(settings, new PidFiles(Path.of("/nonexistent"))).environment())
                .containsEntry("RADHUS_PORTAL_CLIENT_SECRET", client("radhus-portal").path("secret").asText())
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", settings.realmUrl())
                .containsEntry("RADHUS_STRATEGY_URL", "http://127.0.0.1:8083")
                .containsEntry("QUARKUS_HTTP_PORT", "8084");
    }

    private JsonNode user(String username) {
        return find(realm.path("users"), "username", username);
    }

    private JsonNode client(String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No entry with " + field + " = " + value);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(RepositoryFiles.root().resolve(RealmFile.PATH).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
