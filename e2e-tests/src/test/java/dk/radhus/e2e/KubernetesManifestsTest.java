package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The generated manifests in deploy/kubernetes cannot be applied here (no cluster), so they are checked against the
 * modules' configuration: ports, probes (on the management port where health is served), the Prometheus annotations,
 * the ConfigMap and Secrets they read (and that the example files define with the settings the module needs in
 * production), and for the web portal the addresses of the services' own Services. What {@code kubectl apply -k}
 * adds through kustomization.yml (disruption budgets, anti-affinity) is checked on the files as kustomize combines them.
 */
class KubernetesManifestsTest {

    private static final List<String> DATABASE_SETTINGS = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    private static final Map<String, List<String>> SECRET_SETTINGS = Map.of("meetings-service", DATABASE_SETTINGS,
            "budget-service", DATABASE_SETTINGS, "strategy-service", DATABASE_SETTINGS,
            "web-portal", List.of("RADHUS_PORTAL_CLIENT_SECRET"));

    private final DeploymentFiles files = new DeploymentFiles();
    private final Kustomization kustomization = new Kustomization(files);

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service", "web-portal" })
    void shouldServeAndProbeTheModulesOwnPort(String module) {
        int port = Integer.parseInt(files.applicationProperties(module).getProperty("quarkus.http.port"));
        int healthPort = files.productionManagementPort(module);
        JsonNode container = container(module);

        assertThat(container.path("ports").path(0).path("containerPort").asInt()).isEqualTo(port);
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asInt()).as(probe + " on the port health is on")
                    .isEqualTo(healthPort);
        }
        JsonNode servicePorts = kind(module, "Service").path("spec").path("ports");
        assertThat(servicePorts).as("the Service routes only the API's port").hasSize(1);
        assertThat(servicePorts.path(0).path("port").asInt()).isEqualTo(80);
        assertThat(servicePorts.path(0).path("targetPort").asInt()).isEqualTo(port);
        assertThat(kind(module, "Deployment").path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldServeHealthAndMetricsOnlyOnTheManagementPortAndLeaveSwaggerUiOff(String service) {
        int management = files.productionManagementPort(service);
        JsonNode container = container(service);
        List<Integer> containerPorts = new ArrayList<>();
        container.path("ports").forEach(port -> containerPorts.add(port.path("containerPort").asInt()));

        assertThat(management).isNotEqualTo(Integer.parseInt(files.applicationProperties(service)
                .getProperty("quarkus.http.port")));
        assertThat(containerPorts).contains(management);
        for (String kind : List.of("Service", "Deployment")) {
            JsonNode annotations = kind(service, kind).path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/port").asText()).as(kind + " scrape port").isEqualTo(
                    Integer.toString(management));
            assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        }
        assertThat(kind(service, "Deployment").path("spec").path("template").path("metadata").path("annotations")
                .path("prometheus.io/port").asText()).isEqualTo(Integer.toString(management));
        container.path("env").forEach(variable -> assertThat(variable.path("name").asText())
                .isNotIn("QUARKUS_MANAGEMENT_PORT", "QUARKUS_SWAGGER_UI_ENABLED"));
        JsonNode config = named(files.kubernetes("radhus-config.yml"), "ConfigMap", "radhus-config").orElseThrow();
        assertThat(config.path("data").has("QUARKUS_SWAGGER_UI_ENABLED")).isFalse();
        assertThat(config.path("data").has("QUARKUS_MANAGEMENT_PORT")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service", "web-portal" })
    void shouldReadTheSharedConfigMapAndASecretTheExampleDefinesWithWhatTheModuleNeeds(String module) {
        List<String> sources = new ArrayList<>();
        container(module).path("envFrom").forEach(source -> sources.add(source.has("configMapRef")
                ? "configmap/" + source.path("configMapRef").path("name").asText()
                : "secret/" + source.path("secretRef").path("name").asText()));
        String secret = module.equals("web-portal") ? "web-portal-oidc" : module + "-db";
        assertThat(sources).containsExactlyInAnyOrder("configmap/radhus-config", "secret/" + secret);

        JsonNode config = named(files.kubernetes("radhus-config.yml"), "ConfigMap", "radhus-config").orElseThrow();
        assertThat(config.path("data").path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).isNotBlank();
        assertThat(config.path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText()).isNotBlank();
        JsonNode example = named(files.kubernetes("secrets.example.yml"), "Secret", secret).orElseThrow(
                () -> new AssertionError("secrets.example.yml has no Secret " + secret));
        Set<String> keys = new TreeSet<>();
        example.path("stringData").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(SECRET_SETTINGS.get(module));
    }

    @ParameterizedTest
    @ValueSource(strings = { "meetings-service", "budget-service", "strategy-service" })
    void shouldPointThePortalAtTheServicesOwnService(String service) {
        Map<String, String> environment = new HashMap<>();
        container("web-portal").path("env").forEach(variable -> environment.put(variable.path("name").asText(),
                variable.path("value").asText()));
        String variable = "RADHUS_" + service.substring(0, service.indexOf('-')).toUpperCase() + "_URL";

        assertThat(files.read(files.root.resolve("web-portal/src/main/resources/application.properties")))
                .as("the portal reads " + variable).contains("${" + variable + ":");
        assertThat(environment.get(variable)).isEqualTo("http://" + kind(service, "Service").path("metadata")
                .path("name").asText());
    }

    @Test
    void shouldApplyEveryManifestButTheSecretsExampleThroughTheKustomization() throws IOException {
        Set<String> manifests = new TreeSet<>();
        try (Stream<Path> listing = Files.list(files.root.resolve("deploy/kubernetes"))) {
            listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yml")).forEach(manifests::add);
        }
        Set<String> named = new TreeSet<>(kustomization.resources());
        named.addAll(kustomization.patches());
        named.addAll(List.of("kustomization.yml", "secrets.example.yml"));

        assertThat(named).containsExactlyInAnyOrderElementsOf(manifests);
    }

    @Test
    void shouldGiveEveryReplicatedDeploymentADisruptionBudgetOnItsOwnPods() {
        List<JsonNode> deployments = kustomization.all("Deployment");
        List<JsonNode> budgets = kustomization.all("PodDisruptionBudget");
        assertThat(deployments).as("the four generated Deployments").hasSize(4);

        for (JsonNode deployment : replicated(deployments)) {
            String name = deployment.path("metadata").path("name").asText();
            List<JsonNode> own = budgets.stream().filter(budget -> selects(
                    budget.path("spec").path("selector").path("matchLabels"), podLabels(deployment))).toList();
            assertThat(own).as(name + " has exactly one PodDisruptionBudget").hasSize(1);
            JsonNode spec = own.get(0).path("spec");
            assertThat(onlyDeploymentSelected(spec.path("selector").path("matchLabels"), deployments)).as(name)
                    .isEqualTo(name);
            int replicas = deployment.path("spec").path("replicas").asInt();
            boolean keepsOneServing = spec.has("maxUnavailable") ? spec.path("maxUnavailable").asInt() < replicas
                    : spec.path("minAvailable").asInt() >= 1;
            assertThat(keepsOneServing).as(name + " keeps a pod serving during a drain").isTrue();
        }
    }

    @Test
    void shouldPreferToSpreadEveryReplicatedDeploymentOverNodesByItsOwnLabels() {
        List<JsonNode> deployments = kustomization.all("Deployment");

        for (JsonNode deployment : replicated(deployments)) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode terms = deployment.path("spec").path("template").path("spec").path("affinity")
                    .path("podAntiAffinity").path("preferredDuringSchedulingIgnoredDuringExecution");
            assertThat(terms.size()).as(name + " has a preferred anti-affinity term").isGreaterThan(0);
            JsonNode term = terms.path(0).path("podAffinityTerm");
            assertThat(term.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
            assertThat(onlyDeploymentSelected(term.path("labelSelector").path("matchLabels"), deployments)).as(name)
                    .isEqualTo(name);
            assertThat(container(name).path("image").asText()).as("the patch keeps the generated container")
                    .isEqualTo(deployment.path("spec").path("template").path("spec").path("containers").path(0)
                            .path("image").asText());
        }
    }

    private static List<JsonNode> replicated(List<JsonNode> deployments) {
        return deployments.stream().filter(d -> d.path("spec").path("replicas").asInt() >= 2).toList();
    }

    private static JsonNode podLabels(JsonNode deployment) {
        return deployment.path("spec").path("template").path("metadata").path("labels");
    }

    /** The name of the one Deployment whose pods the selector matches; fails when it matches none or several. */
    private static String onlyDeploymentSelected(JsonNode matchLabels, List<JsonNode> deployments) {
        List<String> matched = deployments.stream().filter(d -> selects(matchLabels, podLabels(d)))
                .map(d -> d.path("metadata").path("name").asText()).toList();
        assertThat(matched).as("pods selected by " + matchLabels).hasSize(1);
        return matched.get(0);
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = matchLabels.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private JsonNode container(String module) {
        return kind(module, "Deployment").path("spec").path("template").path("spec").path("containers").path(0);
    }

    private JsonNode kind(String module, String kind) {
        return named(files.kubernetes(module + ".yml"), kind, module)
                .orElseThrow(() -> new AssertionError(module + ".yml has no " + kind + " " + module));
    }

    private static Optional<JsonNode> named(List<JsonNode> documents, String kind, String name) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).findFirst();
    }
}
