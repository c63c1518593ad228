package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.ServiceProcess;

/**
 * The duplicate path under the scale-out topology: re-sends a sample of the records already on each consumed topic,
 * unchanged (same partition, key, value and headers, so the same event id), as a consumer meets them again after a
 * rebalance that lost its committed offsets, or from a relay that died between sending a batch and marking it. The
 * sample is every n-th record of the topic, so every run re-sends the same share. Each consumer must count every
 * re-sent record of a type it handles as a duplicate and apply none, and every read model must stay as it was.
 */
final class ScaleOutRedelivery {

    private static final int SAMPLE = 100;
    private static final String EVENT_TYPE = "radhus-event-type";
    private static final List<String> TOPICS = List.of(Topics.COMMITTEES, Topics.STRATEGY, Topics.BUDGET_FOLLOW_UPS);

    /** A consumer: the instances that run it, its name, its topic and the event types it handles. */
    private record Consumer(List<ServiceProcess> instances, String name, String topic, Set<String> types) {

        Map<String, String> labels() {
            return Map.of("consumer", name, "topic", topic);
        }

        double sum(String metric) {
            return instances.stream().mapToDouble(i -> Metrics.of(i).sum(metric, labels())).sum();
        }
    }

    private final String bootstrapServers;
    private final List<Consumer> consumers;

    ScaleOutRedelivery(String bootstrapServers, List<ServiceProcess> meetings, List<ServiceProcess> budget,
            List<ServiceProcess> strategy) {
        this.bootstrapServers = bootstrapServers;
        this.consumers = List.of(
                new Consumer(budget, "committee-directory", Topics.COMMITTEES, Set.of("CommitteeUpserted")),
                new Consumer(strategy, "committee-directory", Topics.COMMITTEES, Set.of("CommitteeUpserted")),
                new Consumer(meetings, "meetings-strategy", Topics.STRATEGY, Set.of("InitiativeStatusChanged")),
                new Consumer(meetings, "meetings-follow-ups", Topics.BUDGET_FOLLOW_UPS, Set.of("FollowUpSubmitted")),
                new Consumer(strategy, "strategy-budget-status", Topics.BUDGET_FOLLOW_UPS,
                        Set.of("FollowUpSubmitted", "DeviationDetected", "BudgetChanged")));
    }

    /** Re-sends the sample and checks that nothing changed in what {@link ScaleOutChecks#readModels()} reads. */
    void verify(ScaleOutChecks checks) throws Exception {
        Map<String, List<String>> before = checks.readModels();
        Map<Consumer, Double> duplicatesBefore = new LinkedHashMap<>();
        Map<Consumer, Double> appliedBefore = new LinkedHashMap<>();
        for (Consumer consumer : consumers) {
            duplicatesBefore.put(consumer, consumer.sum("radhus_events_duplicates_total"));
            appliedBefore.put(consumer, consumer.sum("radhus_events_processed_total"));
        }

        Map<String, List<String>> resentTypes = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            resentTypes.put(topic, resend(topic));
        }
        Map<Consumer, Long> expected = new LinkedHashMap<>();
        consumers.forEach(c -> expected.put(c, resentTypes.get(c.topic()).stream().filter(c.types()::contains)
                .count()));
        await().atMost(Duration.ofSeconds(120)).until(() -> consumers.stream().allMatch(
                c -> c.sum("radhus_events_duplicates_total") - duplicatesBefore.get(c) >= expected.get(c)));

        List<String> counted = new ArrayList<>();
        for (Consumer consumer : consumers) {
            double duplicates = consumer.sum("radhus_events_duplicates_total") - duplicatesBefore.get(consumer);
            assertThat(expected.get(consumer)).as(consumer.name() + " has re-sent records to skip").isPositive();
            assertThat(duplicates).as(consumer.name() + " skipped each re-sent record once")
                    .isEqualTo(expected.get(consumer).doubleValue());
            assertThat(consumer.sum("radhus_events_processed_total")).as(consumer.name() + " applied none")
                    .isEqualTo(appliedBefore.get(consumer));
            counted.add("%s %s %d".formatted(consumer.instances().get(0).module(), consumer.name(),
                    (long) duplicates));
        }
        Map<String, List<String>> after = checks.readModels();
        before.forEach((name, rows) -> assertThat(after.get(name)).as(name + " after the re-sent records")
                .isEqualTo(rows));
        System.out.printf("Scale-out: re-sent %d records (%s); duplicates skipped: %s; read models unchanged%n",
                resentTypes.values().stream().mapToInt(List::size).sum(), resentCounts(resentTypes),
                String.join(", ", counted));
    }

    private static String resentCounts(Map<String, List<String>> resentTypes) {
        List<String> counts = new ArrayList<>();
        resentTypes.forEach((topic, types) -> counts.add(topic + " " + types.size()));
        return String.join(", ", counts);
    }

    /** Re-sends every n-th record of the topic (up to {@value #SAMPLE}); returns the event types it re-sent. */
    private List<String> resend(String topic) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> all = readAll(bootstrapServers, topic);
        int step = Math.max(1, all.size() / SAMPLE);
        List<String> types = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < all.size() && types.size() < SAMPLE; i += step) {
                ConsumerRecord<byte[], byte[]> record = all.get(i);
                producer.send(new ProducerRecord<>(topic, record.partition(), record.key(), record.value(),
                        record.headers())).get(30, TimeUnit.SECONDS);
                types.add(new String(record.headers().lastHeader(EVENT_TYPE).value(), StandardCharsets.UTF_8));
            }
        }
        return types;
    }

    /** Every record of the topic on the cluster, in partition (so per-key) order. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
