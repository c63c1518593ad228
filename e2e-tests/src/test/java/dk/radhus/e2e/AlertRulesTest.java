package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The example Prometheus alert rules ({@code deploy/prometheus/radhus-alerts.yml}) name only metrics the services
 * expose: the suite's own ({@code radhus_…}, registered in the platform's code under their dotted names) and the Kafka
 * client metrics {@link MetricsIT} finds on every service.
 */
class AlertRulesTest {

    private static final Pattern METRIC = Pattern.compile("\\b(radhus_[a-z_]+|kafka_[a-z_]+)\\b");
    private static final Set<String> KAFKA_METRICS_PROVEN = Set.of("kafka_consumer_fetch_manager_records_lag");

    private final DeploymentFiles files = new DeploymentFiles();

    @Test
    void shouldAlertOnlyOnMetricsTheServicesExposeWithASeverityAndASummary() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory())
                .readTree(files.read(files.root.resolve("deploy/prometheus/radhus-alerts.yml")));
        String platformCode = String.join("\n", files.read(files.root.resolve(
                "platform/src/main/java/dk/radhus/platform/outbox/OutboxMetrics.java")), files.read(files.root.resolve(
                "platform/src/main/java/dk/radhus/platform/inbox/EventInbox.java")));
        List<String> metrics = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                assertThat(rule.path("alert").asText()).isNotBlank();
                assertThat(rule.path("labels").path("severity").asText()).as(rule.path("alert").asText()).isNotBlank();
                assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
                METRIC.matcher(rule.path("expr").asText()).results().forEach(m -> metrics.add(m.group(1)));
            }
        }
        assertThat(metrics).isNotEmpty().allSatisfy(metric -> {
            if (metric.startsWith("kafka_")) {
                assertThat(KAFKA_METRICS_PROVEN).contains(metric);
            } else {
                String dotted = metric.replaceFirst("_total$", "").replace('_', '.');
                assertThat(platformCode).as(metric).contains("\"" + dotted + "\"");
            }
        });
    }
}
