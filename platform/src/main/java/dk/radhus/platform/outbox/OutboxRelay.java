package dk.radhus.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import dk.radhus.platform.kafka.TopicProvisioner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox events to Kafka on one background thread. A commit that wrote an event wakes it at once;
 * otherwise it polls every {@link OutboxConfig#pollInterval()}. A batch is locked with {@code FOR UPDATE SKIP LOCKED},
 * sent, and marked published only after the broker acknowledged every event in it; on failure the transaction rolls
 * back and the relay retries with exponential backoff, so an event is delivered at least once and in commit order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration STATS_INTERVAL = Duration.ofSeconds(1);
    private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

    private final OutboxConfig config;
    private final OutboxStore store;
    private final KafkaEventPublisher publisher;
    private final TopicProvisioner topics;
    private final OutboxMetrics metrics;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private boolean topicsReady;
    private Instant nextStats = Instant.MIN;
    private Instant nextCleanup = Instant.MIN;

    public OutboxRelay(OutboxConfig config, OutboxStore store, KafkaEventPublisher publisher, TopicProvisioner topics,
            OutboxMetrics metrics) {
        this.config = config;
        this.store = store;
        this.publisher = publisher;
        this.topics = topics;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(10));
    }

    void onEventWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                housekeeping();
                if (!topicsReady) {
                    topicsReady = topics.ensureTopics();
                }
                int published = relayOneBatch();
                backoff = config.initialBackoff();
                if (published < config.batchSize()) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying in %s ms: %s", backoff.toMillis(), e.getMessage());
                metrics.publishFailed();
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private int relayOneBatch() {
        List<PendingEvent> batch = QuarkusTransaction.requiringNew().call(() -> {
            List<PendingEvent> events = store.lockNextBatch(config.batchSize());
            if (!events.isEmpty()) {
                publisher.publishAll(events, config.sendTimeout());
                store.markPublished(events.stream().map(PendingEvent::id).toList());
            }
            return events;
        });
        if (!batch.isEmpty()) {
            metrics.published(batch);
            LOG.debugf("Published %d outbox events", batch.size());
        }
        return batch.size();
    }

    private void housekeeping() {
        Instant now = Instant.now();
        if (now.isAfter(nextStats)) {
            metrics.backlog(QuarkusTransaction.requiringNew().call(store::backlog));
            nextStats = now.plus(STATS_INTERVAL);
        }
        if (now.isAfter(nextCleanup)) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> store.deletePublishedBefore(config.retention()));
            if (deleted > 0) {
                LOG.infof("Deleted %d published outbox events older than %s", deleted, config.retention());
            }
            nextCleanup = now.plus(CLEANUP_INTERVAL);
        }
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
