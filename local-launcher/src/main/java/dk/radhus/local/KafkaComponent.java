package dk.radhus.local;

import java.nio.file.Path;
import java.util.List;

import dk.radhus.testing.server.KafkaServer;
import dk.radhus.testing.server.KafkaSettings;

/** A single-node KRaft broker inside the launcher's JVM (the harness's {@link KafkaServer}), data in .local/kafka. */
final class KafkaComponent implements Component {

    private final LauncherSettings settings;
    private KafkaServer server;
    private boolean stopped;

    KafkaComponent(LauncherSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(settings.kafkaPort(), "RADHUS_LOCAL_KAFKA_PORT"),
                new Port(settings.kafkaControllerPort(), "RADHUS_LOCAL_KAFKA_CONTROLLER_PORT"));
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    @Override
    public synchronized void start() {
        if (stopped) {
            throw new StackStopping();
        }
        server = KafkaServer.open(new KafkaSettings(settings.localDirectory().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort()));
        server.start();
    }

    @Override
    public synchronized Probe probe() {
        return server != null && server.isRunning() ? Probe.ready() : Probe.notYet();
    }

    @Override
    public String readyDetail() {
        return settings.kafkaBootstrapServers();
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (server != null) {
            server.stop();
        }
    }
}
