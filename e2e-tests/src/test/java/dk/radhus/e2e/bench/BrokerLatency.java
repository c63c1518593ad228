package dk.radhus.e2e.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dk.radhus.testing.TestInfrastructure;

/**
 * Plain produce → consume latency of the harness's Kafka broker, the floor under the pipeline's latency: one message
 * at a time to a fresh single-partition topic, producer settings as the outbox relay's (acks=all, idempotent, no
 * linger), consumer polling continuously; a sample is the time from {@code send} to the consumer holding the record.
 */
final class BrokerLatency {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private BrokerLatency() {
    }

    static List<Duration> measure(int warmUp, int samples) throws ExecutionException, InterruptedException,
            TimeoutException {
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        TopicPartition partition = new TopicPartition("radhus.bench.latency." + UUID.randomUUID(), 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(partition.topic(), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            List<Duration> latencies = new ArrayList<>();
            for (int i = 0; i < warmUp + samples; i++) {
                String value = Integer.toString(i);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(partition.topic(), value, value));
                long received = awaitRecord(consumer, value);
                if (i >= warmUp) {
                    latencies.add(Duration.ofNanos(received - sent));
                }
            }
            return latencies;
        }
    }

    private static long awaitRecord(KafkaConsumer<String, String> consumer, String value) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                if (value.equals(record.value())) {
                    return System.nanoTime();
                }
            }
        }
        throw new AssertionError("Record " + value + " not consumed within " + GIVE_UP);
    }
}
