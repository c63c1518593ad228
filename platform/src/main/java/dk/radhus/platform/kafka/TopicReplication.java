package dk.radhus.platform.kafka;

import java.util.Optional;

/** The replication factor and {@code min.insync.replicas} a new topic gets. */
public record TopicReplication(short replicationFactor, int minInsyncReplicas) {

    private static final short FULL_REPLICATION = 3;
    private static final int FULL_MIN_INSYNC = 2;

    /**
     * What a cluster of {@code brokers} can give: three replicas with two in sync when it has three or more brokers
     * (one broker may be down and {@code acks=all} writes still succeed), else one replica per broker and one in sync.
     * A configured value wins; a configured replication factor alone decides the minimum by the same rule.
     */
    public static TopicReplication forCluster(int brokers, Optional<Short> replicationFactor,
            Optional<Integer> minInsyncReplicas) {
        if (brokers < 1) {
            throw new IllegalArgumentException("A Kafka cluster has at least one broker, got " + brokers);
        }
        short factor = replicationFactor.orElse((short) Math.min(brokers, FULL_REPLICATION));
        int minimum = minInsyncReplicas.orElse(factor >= FULL_REPLICATION ? FULL_MIN_INSYNC : 1);
        return new TopicReplication(factor, minimum);
    }
}
