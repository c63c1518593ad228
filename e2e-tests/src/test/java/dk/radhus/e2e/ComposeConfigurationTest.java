package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.platform.events.Topics;

/**
 * docker-compose.yml cannot be run here (no Docker), so it is checked against what the services need: every setting a
 * service needs in production is provided, ports agree with the services' configuration, the files it mounts or builds
 * from exist, every image is pinned, and the topic names it mentions are the code's. And that its defaults are safe:
 * Keycloak in production mode, no secret with a fallback value, health and metrics only on an unpublished port.
 */
class ComposeConfigurationTest {

    private static final List<String> PRODUCTION_SETTINGS = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_OIDC_AUTH_SERVER_URL");
    private static final Pattern PORT_IN_HEALTHCHECK = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+)");
    /** A variable reference: name, then the operator (":-", ":?", "-", "?" …) and the rest, if any. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET");

    private final DeploymentFiles files = new DeploymentFiles();
    private final JsonNode services = files.compose().path("services");

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldGiveAServiceEverySettingItNeedsInProduction(String service) {
        JsonNode environment = services.path(service).path("environment");
        for (String setting : PRODUCTION_SETTINGS) {
            assertThat(environment.path(setting).asText()).as(service + " " + setting).isNotBlank();
        }
        assertThat(environment.path("KAFKA_BOOTSTRAP_SERVERS").asText())
                .as("the broker's advertised listener").isEqualTo(advertisedKafkaAddress());
        String realm = files.realm().path("realm").asText();
        assertThat(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://keycloak:" + keycloakPort() + "/realms/" + realm);
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service", "web-portal" })
    void shouldUseTheServicesOwnPortEverywhere(String service) {
        String port = files.applicationProperties(service).getProperty("quarkus.http.port");
        JsonNode definition = services.path(service);

        assertThat(definition.path("environment").path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
        assertThat(texts(definition.path("ports"))).containsExactly(port + ":" + port);
        assertThat(healthcheckPort(definition)).as("health on the management port where there is one")
                .isEqualTo(Integer.toString(files.productionManagementPort(service)));
        assertThat(files.read(files.root.resolve(service).resolve("src/main/docker/Dockerfile.jvm")))
                .contains("EXPOSE " + port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldKeepHealthMetricsAndSwaggerUiOffThePublishedPort(String service) {
        JsonNode definition = services.path(service);
        JsonNode environment = definition.path("environment");
        int management = files.productionManagementPort(service);

        assertThat(management).as("a management port apart from the API's")
                .isNotEqualTo(Integer.parseInt(files.applicationProperties(service).getProperty("quarkus.http.port")));
        assertThat(environment.has("QUARKUS_MANAGEMENT_PORT")).as("the port the healthcheck probes").isFalse();
        assertThat(texts(definition.path("ports"))).as("the management port is not published")
                .noneMatch(published -> published.matches("(.*:)?" + management + "(/tcp)?"));
        assertThat(environment.has("QUARKUS_SWAGGER_UI_ENABLED")).as("Swagger UI stays off in production").isFalse();
        assertThat(files.platformProperties().getProperty("%prod.quarkus.swagger-ui.enabled")).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldConnectAServiceToTheDatabaseAndRoleTheInitScriptCreates(String service) {
        JsonNode environment = services.path(service).path("environment");
        String database = databaseOf(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        Properties properties = files.applicationProperties(service);
        Map<String, String> initScript = files.initScriptDatabases();

        assertThat(database).isEqualTo(databaseOf(properties.getProperty("quarkus.datasource.jdbc.url")));
        assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(initScript).containsKey(database);
        assertThat(environment.path("QUARKUS_DATASOURCE_USERNAME").asText()).as("the role owning the database")
                .isEqualTo(database);
        String passwordVariable = initScript.get(database);
        assertThat(services.path("postgres").path("environment").path(passwordVariable).asText())
                .as("the password the init script sets is the one the service uses")
                .isEqualTo(environment.path("QUARKUS_DATASOURCE_PASSWORD").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldBuildAServiceFromItsDockerfileAndStartItAfterHealthyInfrastructure(String service) {
        JsonNode definition = services.path(service);
        JsonNode build = definition.path("build");

        assertThat(files.root.resolve(build.path("context").asText()).resolve(build.path("dockerfile").asText()))
                .isRegularFile();
        assertThat(build.path("context").asText()).isEqualTo("./" + service);
        for (String dependency : List.of("postgres", "kafka", "keycloak")) {
            assertThat(definition.path("depends_on").path(dependency).path("condition").asText())
                    .as(service + " waits for " + dependency).isEqualTo("service_healthy");
        }
    }

    @Test
    void shouldWireThePortalToTheServicesAndTheRealmsPortalClient() {
        JsonNode portal = services.path("web-portal");
        JsonNode environment = portal.path("environment");
        Map<String, String> urls = Map.of("RADHUS_MEETINGS_URL", "meetings-service", "RADHUS_BUDGET_URL",
                "budget-service", "RADHUS_STRATEGY_URL", "strategy-service");
        urls.forEach((variable, service) -> {
            String port = files.applicationProperties(service).getProperty("quarkus.http.port");
            assertThat(environment.path(variable).asText()).isEqualTo("http://" + service + ":" + port);
            assertThat(portal.path("depends_on").path(service).path("condition").asText()).isEqualTo("service_healthy");
        });
        assertThat(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://keycloak:" + keycloakPort() + "/realms/" + files.realm().path("realm").asText());
        JsonNode client = portalClient();
        assertThat(client.path("publicClient").asBoolean()).as("a server-side, confidential client").isFalse();
        assertThat(environment.path("RADHUS_PORTAL_CLIENT_SECRET").asText())
                .as("the client's secret comes from the environment, without the realm file's dev secret")
                .startsWith("${RADHUS_PORTAL_CLIENT_SECRET:?").doesNotContain(client.path("secret").asText());
        String published = texts(portal.path("ports")).get(0);
        assertThat(texts(client.path("redirectUris")))
                .contains("http://localhost:" + published.substring(0, published.indexOf(':')) + "/*");
    }

    @Test
    void shouldGiveEveryContainerAHealthcheckAndWaitOnlyForHealthyOnes() {
        services.fields().forEachRemaining(entry -> {
            assertThat(entry.getValue().path("healthcheck").path("test").isMissingNode()).as(entry.getKey()).isFalse();
            entry.getValue().path("depends_on").fields().forEachRemaining(dependency -> assertThat(
                    dependency.getValue().path("condition").asText()).as(entry.getKey() + " → " + dependency.getKey())
                    .isEqualTo("service_healthy"));
        });
    }

    @Test
    void shouldPinEveryImageTag() {
        services.fields().forEachRemaining(entry -> {
            String image = entry.getValue().path("image").asText();
            assertThat(image).as(entry.getKey() + " has an image").isNotBlank();
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(tag).as(image + " names a tag").contains(":");
            assertThat(tag.substring(tag.indexOf(':') + 1)).as(image).isNotBlank().isNotEqualTo("latest")
                    .doesNotContain("$");
        });
        for (String service : List.of("meetings-service", "budget-service", "strategy-service", "web-portal")) {
            String dockerfile = files.read(files.root.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).containsPattern("(?m)^FROM [^\\s:]+:[0-9][^\\s]*$").doesNotContain(":latest");
        }
    }

    @Test
    void shouldRefuseToStartWhenASecretIsMissing() {
        Matcher references = VARIABLE.matcher(files.composeText());
        List<String> secrets = new ArrayList<>();
        while (references.find()) {
            if (SECRET_NAME.matcher(references.group(1)).find()) {
                secrets.add(references.group(1));
                assertThat(references.group(2)).as(references.group() + ": required, no fallback value")
                        .startsWith(":?").doesNotContain("dev-only");
            }
        }
        assertThat(secrets).contains("POSTGRES_PASSWORD", "MEETINGS_DB_PASSWORD", "BUDGET_DB_PASSWORD",
                "STRATEGY_DB_PASSWORD", "KEYCLOAK_DB_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD", "RADHUS_PORTAL_CLIENT_SECRET");
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields()
                .forEachRemaining(setting -> {
                    if (SECRET_NAME.matcher(setting.getKey()).find()) {
                        assertThat(setting.getValue().asText()).as(service.getKey() + " " + setting.getKey()
                                + " comes from a required variable, never a value in the file").matches("\\$\\{\\w+:\\?.+}");
                    }
                }));
    }

    @Test
    void shouldHaveEveryRealmClientIssueTokensForTheAudienceTheServicesRequire() {
        String audience = files.platformProperties().getProperty("quarkus.oidc.token.audience");
        assertThat(audience).as("the services check the token's audience").isNotBlank();
        for (JsonNode client : files.realm().path("clients")) {
            List<String> audiences = new ArrayList<>();
            client.path("protocolMappers").forEach(mapper -> {
                if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                        && mapper.path("config").path("access.token.claim").asText().equals("true")) {
                    audiences.add(mapper.path("config").path("included.custom.audience").asText());
                }
            });
            assertThat(audiences).as(client.path("clientId").asText()).contains(audience);
        }
    }

    @Test
    void shouldRunKeycloakInProductionModeWithAHostnameAndItsHealthOnTheManagementPort() {
        JsonNode keycloak = services.path("keycloak");
        List<String> command = texts(keycloak.path("command"));
        assertThat(command.get(0)).as("production mode, not start-dev").isEqualTo("start");
        assertThat(command).doesNotContain("start-dev").contains("--import-realm", "--health-enabled=true");
        JsonNode environment = keycloak.path("environment");
        assertThat(environment.path("KC_HOSTNAME").asText()).as("production mode requires a hostname")
                .startsWith("${KEYCLOAK_PUBLIC_URL:");
        assertThat(environment.path("KC_DB").asText()).isEqualTo("postgres");
        assertThat(String.join(" ", texts(keycloak.path("healthcheck").path("test"))))
                .as("Keycloak serves /health on its management port, 9000").contains("/dev/tcp/127.0.0.1/9000",
                        "GET /health/ready ");
        assertThat(texts(keycloak.path("ports"))).containsExactly(keycloakPort() + ":" + keycloakPort());
    }

    @Test
    void shouldImportTheSharedRealmAndInitialiseTheDatabasesFromFilesThatExist() {
        JsonNode keycloak = services.path("keycloak");
        assertThat(texts(keycloak.path("command"))).contains("--import-realm");
        assertThat(texts(keycloak.path("volumes")))
                .contains("./deploy/keycloak/radhus-realm.json:/opt/keycloak/data/import/radhus-realm.json:ro");
        assertThat(texts(services.path("postgres").path("volumes")))
                .contains("./deploy/postgres/init-databases.sh:/docker-entrypoint-initdb.d/10-init-databases.sh:ro");
        for (JsonNode service : services) {
            for (String volume : texts(service.path("volumes"))) {
                String source = volume.substring(0, volume.indexOf(':'));
                if (source.startsWith("./")) {
                    assertThat(files.root.resolve(source)).as(volume).exists();
                } else {
                    assertThat(files.compose().path("volumes").has(source)).as("named volume " + source).isTrue();
                }
            }
        }
        assertThat(Files.isExecutable(files.root.resolve("deploy/postgres/init-databases.sh"))).isTrue();
    }

    @Test
    void shouldMentionOnlyTopicsTheCodeDefines() {
        List<String> known = new ArrayList<>(Topics.ALL);
        Topics.ALL.forEach(topic -> known.add(Topics.deadLetter(topic)));
        Matcher topics = Pattern.compile("radhus\\.[a-z][a-z.]*[a-z]").matcher(files.composeText());
        while (topics.find()) {
            assertThat(known).as("topic named in docker-compose.yml").contains(topics.group());
        }
    }

    private JsonNode portalClient() {
        String clientId = files.applicationProperties("web-portal").getProperty("quarkus.oidc.client-id")
                .replaceAll("^\\$\\{[A-Z_]+:(.*)}$", "$1");
        for (JsonNode client : files.realm().path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("The realm file has no client " + clientId);
    }

    private String advertisedKafkaAddress() {
        String listeners = services.path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        return listeners.replaceFirst("^PLAINTEXT://", "");
    }

    private String keycloakPort() {
        for (String argument : texts(services.path("keycloak").path("command"))) {
            if (argument.startsWith("--http-port=")) {
                return argument.substring("--http-port=".length());
            }
        }
        return "8080";
    }

    private static String healthcheckPort(JsonNode service) {
        Matcher matcher = PORT_IN_HEALTHCHECK.matcher(String.join(" ", texts(service.path("healthcheck").path("test"))));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String databaseOf(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
