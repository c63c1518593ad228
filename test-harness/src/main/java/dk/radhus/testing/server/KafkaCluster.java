package dk.radhus.testing.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

import dk.radhus.testing.FreePorts;

/**
 * A throwaway KRaft cluster of several nodes inside this JVM, each broker and controller at once, on loopback ports:
 * the brokers' own topics are replicated three times with two in sync when it has three nodes. A node can be stopped
 * and started again on the same ports and data, as a broker of a real cluster restarts.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaCluster.class);

    private final Path root;
    private final List<KafkaServer> nodes;

    private KafkaCluster(Path root, List<KafkaServer> nodes) {
        this.root = root;
        this.nodes = nodes;
    }

    /** Formats {@code size} nodes in a new temporary directory and starts them together. */
    public static KafkaCluster create(int size) {
        long started = System.nanoTime();
        Path root = Directories.createTemp("radhus-kafka-cluster-");
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 2 * size; i++) {
            ports.add(FreePorts.next(ports));
        }
        String voters = IntStream.range(0, size).mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(2 * i + 1))
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaServer> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(KafkaServer.openClusterNode(new KafkaSettings(root.resolve("node-" + (i + 1)), ports.get(2 * i),
                    ports.get(2 * i + 1)), i + 1, voters, size, clusterId));
        }
        KafkaCluster cluster = new KafkaCluster(root, nodes);
        try {
            // A node's start waits for a controller quorum, which needs a majority of the nodes up: start all at once.
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::start))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        LOG.infof("Kafka cluster of %d nodes started on %s in %d ms", size, cluster.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
        return cluster;
    }

    /** Every node's {@code 127.0.0.1:<port>}, comma-separated; the same across stops and starts. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaServer::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Shuts node {@code index} (0-based) down completely; its data stays for {@link #startNode(int)}. */
    public void stopNode(int index) {
        nodes.get(index).stop();
    }

    /** Starts node {@code index} again on its ports with its data. */
    public void startNode(int index) {
        nodes.get(index).start();
    }

    /**
     * Stops every node and deletes the cluster's directory. All at once: a broker's controlled shutdown waits for the
     * controller quorum, which one after the other would lose with the second node.
     */
    @Override
    public void close() {
        try {
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::stop))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            Directories.deleteRecursively(root);
        }
    }
}
