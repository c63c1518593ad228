package dk.radhus.testing.server;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The configuration of a KRaft node that is broker and controller at once: small and fast. A single node has
 * replication factor 1 everywhere; a node of a cluster of three or more replicates the brokers' own topics three times
 * with two in sync, as a production cluster would.
 */
final class KafkaBrokerConfig {

    private static final int SINGLE_NODE_ID = 1;

    private KafkaBrokerConfig() {
    }

    static Properties singleNode(Path logDirectory, int brokerPort, int controllerPort) {
        return clusterNode(SINGLE_NODE_ID, logDirectory, brokerPort, controllerPort,
                SINGLE_NODE_ID + "@127.0.0.1:" + controllerPort, 1);
    }

    /**
     * @param voters the controller quorum, {@code id@127.0.0.1:port} of every node, comma-separated
     * @param clusterSize how many nodes the cluster has
     */
    static Properties clusterNode(int nodeId, Path logDirectory, int brokerPort, int controllerPort, String voters,
            int clusterSize) {
        String replicas = String.valueOf(Math.min(clusterSize, 3));
        String inSync = clusterSize >= 3 ? "2" : "1";
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", String.valueOf(nodeId));
        config.setProperty("controller.quorum.voters", voters);
        config.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("log.dirs", logDirectory.toString());
        config.setProperty("num.partitions", "3");
        config.setProperty("auto.create.topics.enable", "true");
        config.setProperty("default.replication.factor", replicas);
        config.setProperty("min.insync.replicas", inSync);
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("offsets.topic.replication.factor", replicas);
        config.setProperty("offsets.topic.num.partitions", "5");
        config.setProperty("transaction.state.log.replication.factor", replicas);
        config.setProperty("transaction.state.log.min.isr", inSync);
        config.setProperty("transaction.state.log.num.partitions", "5");
        config.setProperty("share.coordinator.state.topic.replication.factor", replicas);
        config.setProperty("share.coordinator.state.topic.min.isr", inSync);
        config.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        config.setProperty("num.network.threads", "2");
        config.setProperty("num.io.threads", "4");
        return config;
    }
}
