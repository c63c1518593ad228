package dk.radhus.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final KafkaBroker kafka = TestInfrastructure.kafka();

    @Test
    void recordsSurviveABrokerRestartOnTheSameAddress() throws Exception {
        String topic = "harness-" + UUID.randomUUID();
        String bootstrap = kafka.bootstrapServers();
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(topic);
        }
        send(bootstrap, topic, "meeting-1", "created", 30_000);
        assertThat(readAll(bootstrap, topic, 1)).containsExactly("meeting-1=created");

        kafka.stop();
        assertThat(kafka.isRunning()).isFalse();
        assertThatThrownBy(() -> send(bootstrap, topic, "meeting-2", "lost", 1_000))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);

        kafka.start();
        assertThat(kafka.isRunning()).isTrue();
        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
        send(bootstrap, topic, "meeting-3", "updated", 30_000);
        assertThat(readAll(bootstrap, topic, 2)).containsExactly("meeting-1=created", "meeting-3=updated");
    }

    @Test
    void topicsAreCreatedAutomaticallyWithThreePartitions() throws Exception {
        String topic = "harness-auto-" + UUID.randomUUID();
        send(kafka.bootstrapServers(), topic, "k", "v", 30_000);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            int partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            assertThat(partitions).isEqualTo(3);
        }
    }

    private static void send(String bootstrap, String topic, String key, String value, int maxBlockMs) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> readAll(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "harness-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
                return received.size() >= expected;
            });
        }
        return received;
    }
}
