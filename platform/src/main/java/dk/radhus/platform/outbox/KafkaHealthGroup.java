package dk.radhus.platform.outbox;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import dk.radhus.platform.kafka.KafkaClientSettings;
import io.smallrye.health.api.HealthGroup;

/**
 * The messaging health group ({@code /q/health/group/messaging}): whether the Kafka cluster answers, within two
 * seconds. Readiness is the database and the service itself; a broker outage shows here and in the outbox check, not
 * in readiness.
 */
@HealthGroup(KafkaHealthGroup.NAME)
@ApplicationScoped
public class KafkaHealthGroup implements HealthCheck {

    public static final String NAME = "messaging";
    private static final int TIMEOUT_MS = 2000;

    private final KafkaClientSettings settings;

    public KafkaHealthGroup(KafkaClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> adminSettings = settings.forClient(AdminClientConfig.configNames(), Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS));
        try (Admin admin = Admin.create(adminSettings)) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("brokers", brokers).build();
        } catch (ExecutionException | TimeoutException e) {
            return HealthCheckResponse.named("kafka").down().withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("kafka").down().build();
        }
    }
}
