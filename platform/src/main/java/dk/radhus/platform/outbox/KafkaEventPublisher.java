package dk.radhus.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import dk.radhus.platform.kafka.KafkaClientSettings;

/** Sends outbox events to Kafka with an idempotent producer and waits until the broker has acknowledged all of them. */
@ApplicationScoped
public class KafkaEventPublisher {

    public static final String HEADER_EVENT_ID = "radhus-event-id";
    public static final String HEADER_EVENT_TYPE = "radhus-event-type";

    private final Producer<String, String> producer;

    public KafkaEventPublisher(KafkaClientSettings settings, OutboxConfig config) {
        int timeoutMs = (int) config.sendTimeout().toMillis();
        Map<String, Object> producerSettings = settings.forClient(ProducerConfig.configNames(), Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeoutMs / 2),
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + java.util.UUID.randomUUID()));
        this.producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());
    }

    /** Publishes the events in order; returns only when every one is acknowledged, else throws. */
    public void publishAll(List<PendingEvent> events, Duration timeout) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (PendingEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.envelope());
            record.headers().add(HEADER_EVENT_ID, event.id().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(HEADER_EVENT_TYPE, event.eventType().getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            if (ack.isDone()) {
                // Failed before it was queued (no metadata for the topic within max.block.ms): every further send
                // would wait as long again, so the batch fails now and the relay retries it after its backoff.
                awaitAcknowledged(ack, Duration.ZERO);
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            awaitAcknowledged(ack, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }

    private static void awaitAcknowledged(Future<RecordMetadata> ack, Duration timeout) {
        try {
            ack.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new PublishFailedException("Broker rejected an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Broker did not acknowledge within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while waiting for the broker", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** The broker did not take a batch; nothing in it is marked published. */
    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
