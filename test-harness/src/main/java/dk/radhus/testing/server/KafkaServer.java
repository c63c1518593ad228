package dk.radhus.testing.server;

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

/**
 * A Kafka node (KRaft, combined broker and controller) running inside this JVM: a single-node broker, or one node of
 * a {@link KafkaCluster}. The test harness runs a throwaway single node per JVM; the local launcher keeps one in
 * {@code .local/kafka} across runs.
 */
public final class KafkaServer {

    private static final Logger LOG = Logger.getLogger(KafkaServer.class);

    private final KafkaSettings settings;
    private final Properties config;
    private KafkaRaftServer server;

    private KafkaServer(KafkaSettings settings, Properties config) {
        this.settings = settings;
        this.config = config;
    }

    /** Formats the log directory unless it was formatted before; does not start the broker. */
    public static KafkaServer open(KafkaSettings settings) {
        return open(settings, KafkaBrokerConfig.singleNode(settings.logDirectory(), settings.brokerPort(),
                settings.controllerPort()), Uuid.randomUuid().toString());
    }

    /** One node of a {@link KafkaCluster}: formatted with the cluster's id, not started. */
    static KafkaServer openClusterNode(KafkaSettings settings, int nodeId, String voters, int clusterSize,
            String clusterId) {
        return open(settings, KafkaBrokerConfig.clusterNode(nodeId, settings.logDirectory(), settings.brokerPort(),
                settings.controllerPort(), voters, clusterSize), clusterId);
    }

    private static KafkaServer open(KafkaSettings settings, Properties config, String clusterId) {
        InJvmKafkaGuards.quietLoggers();
        InJvmKafkaGuards.preventSystemExit();
        if (!Files.exists(settings.logDirectory().resolve("meta.properties"))) {
            format(settings.root(), config, clusterId);
        }
        return new KafkaServer(settings, config);
    }

    /** {@code 127.0.0.1:<port>}; stays the same across {@link #stop()} and {@link #start()}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /** Shuts the broker down completely (clients see it as gone); topics and records are kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        LOG.debugf("Kafka broker %s stopped", bootstrapServers());
    }

    /** Starts the broker on its ports with its (already formatted) log directory. */
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
        LOG.debugf("Kafka broker %s started", bootstrapServers());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    private static void shutDownAfterFailedStart(KafkaRaftServer starting, Throwable failure) {
        try {
            starting.shutdown();
            starting.awaitShutdown();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    private static void format(Path root, Properties config, String clusterId) {
        Path file = root.resolve("server.properties");
        try {
            Files.createDirectories(root);
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "radhus broker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] { "format", "--config", file.toString(),
                    "--cluster-id", clusterId }, print);
        }
        String formatOutput = output.toString(StandardCharsets.UTF_8);
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed (" + exitCode + "): " + formatOutput);
        }
        LOG.debugf("Kafka storage: %s", formatOutput.strip());
    }
}
