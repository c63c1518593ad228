package dk.radhus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jboss.logging.Logger;

/** A single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM. */
final class InJvmKafkaBroker implements KafkaControl {

    private static final Logger LOG = Logger.getLogger(InJvmKafkaBroker.class);

    private final Path root;
    private final Properties config;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private InJvmKafkaBroker(Path root, Properties config, String bootstrapServers) {
        this.root = root;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats a log directory in a new temporary directory and starts a broker on free ports. */
    static InJvmKafkaBroker create() {
        long started = System.nanoTime();
        InJvmKafkaGuards.quietLoggers();
        InJvmKafkaGuards.preventSystemExit();
        Path root = Directories.createTemp("radhus-kafka-");
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        while (controllerPort == brokerPort) {
            controllerPort = FreePorts.next();
        }
        Properties config = KafkaBrokerConfig.singleNode(root.resolve("logs"), brokerPort, controllerPort);
        InJvmKafkaBroker broker = new InJvmKafkaBroker(root, config, "127.0.0.1:" + brokerPort);
        try {
            format(root, config);
            broker.start();
        } catch (RuntimeException | Error e) {
            Directories.deleteRecursively(root);
            throw e;
        }
        LOG.infof("Kafka broker started on %s in %d ms (log dir %s)", broker.bootstrapServers,
                (System.nanoTime() - started) / 1_000_000, root);
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        LOG.debugf("Kafka broker %s stopped", bootstrapServers);
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException | Error e) {
            shutDownAfterFailedStart(starting, e);
            throw e;
        }
        server = starting;
        LOG.debugf("Kafka broker %s started", bootstrapServers);
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker and deletes its log directory. */
    synchronized void destroy() {
        try {
            stop();
        } finally {
            Directories.deleteRecursively(root);
        }
    }

    private static void shutDownAfterFailedStart(KafkaRaftServer starting, Throwable failure) {
        try {
            starting.shutdown();
            starting.awaitShutdown();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    private static void format(Path root, Properties config) {
        Path file = root.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "radhus test harness");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] { "format", "--config", file.toString(),
                    "--cluster-id", Uuid.randomUuid().toString() }, print);
        }
        String formatOutput = output.toString(StandardCharsets.UTF_8);
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed (" + exitCode + "): " + formatOutput);
        }
        LOG.debugf("Formatted Kafka storage: %s", formatOutput.strip());
    }
}
