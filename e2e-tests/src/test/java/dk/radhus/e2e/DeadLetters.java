package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.ServiceProcess;

/**
 * What the consumers of one topic dead-lettered: the records on {@code <topic>.dlq} and each consuming service's
 * {@code radhus_events_dead_lettered_total} counter, measured from when this was created.
 */
final class DeadLetters {

    static final String REASON_HEADER = "dead-letter-reason";

    /** A service consuming the topic, and the consumer name its inbox uses. */
    record Consumer(ServiceProcess service, String name) {
    }

    private final String topic;
    private final Map<Consumer, Double> countersBefore = new LinkedHashMap<>();

    DeadLetters(String topic, List<Consumer> consumers) {
        this.topic = topic;
        consumers.forEach(c -> countersBefore.put(c, counter(c)));
    }

    /** Waits until {@code expected} records with this key are on the dead-letter topic, each giving its reason. */
    List<KafkaTestClient.Message> awaitRecords(String key, int expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> records(key).size() >= expected);
        List<KafkaTestClient.Message> records = records(key);
        assertThat(records).hasSize(expected);
        assertThat(records).allSatisfy(r -> assertThat(r.header(REASON_HEADER)).as("reason header").isNotBlank());
        return records;
    }

    /** Waits until the consumer's dead-letter counter for this topic has grown by {@code increase}. */
    void awaitCounterIncrease(Consumer consumer, int increase) {
        double expected = countersBefore.get(consumer) + increase;
        await().atMost(Duration.ofSeconds(60)).until(() -> counter(consumer) >= expected);
        assertThat(counter(consumer)).as(consumer.name() + " dead-lettered on " + topic).isEqualTo(expected);
    }

    private List<KafkaTestClient.Message> records(String key) {
        return KafkaTestClient.readAll(Topics.deadLetter(topic), m -> key.equals(m.key()));
    }

    private double counter(Consumer consumer) {
        return Metrics.of(consumer.service()).sum("radhus_events_dead_lettered_total",
                Map.of("consumer", consumer.name(), "topic", topic));
    }
}
