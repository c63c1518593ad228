package dk.radhus.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the oldest unpublished event is older than {@link OutboxConfig#maxBacklogAge()}. */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxMetrics metrics;
    private final OutboxConfig config;

    public OutboxReadiness(OutboxMetrics metrics, OutboxConfig config) {
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
