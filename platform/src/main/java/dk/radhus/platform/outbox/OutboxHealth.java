package dk.radhus.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/**
 * The {@value KafkaHealthGroup#NAME} health group's outbox check: DOWN while the oldest unpublished event is older than
 * {@link OutboxConfig#maxBacklogAge()}. Not readiness: while Kafka is away the service still reads and writes (the
 * outbox keeps the events), so a replica must stay in its load balancer; the messaging group and the outbox metrics
 * (alert rule in {@code deploy/prometheus/}) tell operators instead.
 */
@HealthGroup(KafkaHealthGroup.NAME)
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxMetrics metrics;
    private final OutboxConfig config;

    public OutboxHealth(OutboxMetrics metrics, OutboxConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        long ageSeconds = metrics.oldestAge().toSeconds();
        return HealthCheckResponse.named("outbox")
                .status(metrics.oldestAge().compareTo(config.maxBacklogAge()) <= 0)
                .withData("backlog", metrics.backlogCount())
                .withData("oldestAgeSeconds", ageSeconds)
                .build();
    }
}
