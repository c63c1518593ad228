package dk.radhus.testing;

import java.nio.file.Path;

import dk.radhus.testing.server.Directories;
import dk.radhus.testing.server.KafkaServer;
import dk.radhus.testing.server.KafkaSettings;
import org.jboss.logging.Logger;

/** The harness's Kafka broker: a throwaway in-JVM {@link KafkaServer} in a temporary directory on free ports. */
final class InJvmKafkaBroker implements KafkaControl {

    private static final Logger LOG = Logger.getLogger(InJvmKafkaBroker.class);

    private final KafkaServer server;
    private final Path root;

    private InJvmKafkaBroker(KafkaServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Formats a log directory in a new temporary directory and starts a broker on free ports. */
    static InJvmKafkaBroker create() {
        long started = System.nanoTime();
        Path root = Directories.createTemp("radhus-kafka-");
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        while (controllerPort == brokerPort) {
            controllerPort = FreePorts.next();
        }
        InJvmKafkaBroker broker;
        try {
            broker = new InJvmKafkaBroker(KafkaServer.open(new KafkaSettings(root, brokerPort, controllerPort)), root);
            broker.start();
        } catch (RuntimeException | Error e) {
            Directories.deleteRecursively(root);
            throw e;
        }
        LOG.infof("Kafka broker started on %s in %d ms (log dir %s)", broker.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, root);
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return server.bootstrapServers();
    }

    @Override
    public void stop() {
        server.stop();
    }

    @Override
    public void start() {
        server.start();
    }

    @Override
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops the broker and deletes its log directory. */
    synchronized void destroy() {
        try {
            stop();
        } finally {
            Directories.deleteRecursively(root);
        }
    }
}
