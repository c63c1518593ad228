package dk.radhus.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Prometheus metrics of the outbox: backlog size and age, events published per topic, failed publish attempts. */
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final AtomicReference<OutboxStore.Backlog> backlog = new AtomicReference<>(new OutboxStore.Backlog(0, null));
    private final Counter failures;

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("radhus.outbox.backlog", () -> backlog.get().count())
                .description("Outbox events not yet published").register(registry);
        Gauge.builder("radhus.outbox.oldest.age.seconds", () -> oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unpublished outbox event").register(registry);
        failures = Counter.builder("radhus.outbox.publish.failures")
                .description("Batches the broker did not acknowledge").register(registry);
    }

    void backlog(OutboxStore.Backlog current) {
        backlog.set(current);
    }

    void published(List<PendingEvent> events) {
        events.forEach(e -> registry.counter("radhus.outbox.published", "topic", e.topic()).increment());
    }

    void publishFailed() {
        failures.increment();
    }

    /** How long the oldest unpublished event has waited, as of the last backlog reading; zero when none waits. */
    public Duration oldestAge() {
        Instant oldest = backlog.get().oldest();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
    }

    public long backlogCount() {
        return backlog.get().count();
    }
}
