package dk.radhus.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.radhus.testing.FreePorts;

/** The persistent mode the local launcher uses: a broker opened again on the same directory keeps its topics. */
class KafkaServerTest {

    private final Path root = Directories.createTemp("radhus-kafka-server-test-");
    private KafkaServer server;

    @AfterEach
    void removeBroker() {
        if (server != null) {
            server.stop();
        }
        Directories.deleteRecursively(root);
    }

    @Test
    void shouldKeepTopicsWhenOpenedAgainOnTheSameDirectory() throws Exception {
        KafkaSettings settings = new KafkaSettings(root, FreePorts.next(), FreePorts.next());
        server = KafkaServer.open(settings);
        server.start();
        createTopic(server.bootstrapServers(), "radhus.kept");
        server.stop();

        server = KafkaServer.open(settings);
        server.start();
        try (Admin admin = admin(server.bootstrapServers())) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("radhus.kept");
        }
    }

    private static void createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
