package dk.radhus.platform.kafka;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;

/**
 * Publishes the metrics of every Kafka consumer and producer the messaging connector creates (consumer lag per
 * partition, fetch and send rates) in Micrometer. A client creates some metrics late — a partition's lag at the first
 * fetch from it — and Micrometer finds them by looking again every {@code radhus.metrics.kafka-refresh}. Quarkus' own
 * binder does the same but always once a minute, so it is switched off ({@code quarkus.micrometer.binder.kafka.enabled})
 * in favour of this one.
 */
@ApplicationScoped
public class KafkaClientMetricsBinder {

    private static final Logger LOG = Logger.getLogger(KafkaClientMetricsBinder.class);

    private final MeterRegistry registry;
    private final Duration refresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kafka-client-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Object, KafkaClientMetrics> bound = new IdentityHashMap<>();

    KafkaClientMetricsBinder(MeterRegistry registry,
            @ConfigProperty(name = "radhus.metrics.kafka-refresh", defaultValue = "60s") Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    /** The connector fires the client when it creates it, and again when it closes it. */
    synchronized void consumer(@Observes Consumer<?, ?> consumer) {
        toggle(consumer, () -> new KafkaClientMetrics(consumer, Tags.empty(), scheduler, refresh));
    }

    synchronized void producer(@Observes Producer<?, ?> producer) {
        toggle(producer, () -> new KafkaClientMetrics(producer, Tags.empty(), scheduler, refresh));
    }

    private void toggle(Object client, Supplier<KafkaClientMetrics> metrics) {
        KafkaClientMetrics closed = bound.remove(client);
        if (closed != null) {
            closed.close();
            return;
        }
        KafkaClientMetrics created = metrics.get();
        try {
            created.bindTo(registry);
            bound.put(client, created);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not publish the metrics of Kafka client %s", client);
            created.close();
        }
    }

    @PreDestroy
    synchronized void close() {
        bound.values().forEach(KafkaClientMetrics::close);
        bound.clear();
        scheduler.shutdownNow();
    }
}
