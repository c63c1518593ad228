package dk.radhus.testing.server;

import java.nio.file.Path;
import java.util.Properties;

/** The configuration of a single-node broker: small, fast, replication factor 1 everywhere. */
final class KafkaBrokerConfig {

    private static final int NODE_ID = 1;

    private KafkaBrokerConfig() {
    }

    static Properties singleNode(Path logDirectory, int brokerPort, int controllerPort) {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", String.valueOf(NODE_ID));
        config.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("log.dirs", logDirectory.toString());
        config.setProperty("num.partitions", "3");
        config.setProperty("auto.create.topics.enable", "true");
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("offsets.topic.replication.factor", "1");
        config.setProperty("offsets.topic.num.partitions", "5");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("transaction.state.log.num.partitions", "5");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        config.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        config.setProperty("num.network.threads", "2");
        config.setProperty("num.io.threads", "4");
        return config;
    }
}
