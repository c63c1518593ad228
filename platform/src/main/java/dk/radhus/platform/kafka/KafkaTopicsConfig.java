package dk.radhus.platform.kafka;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the services create the suite's topics when they are missing. Replication factor and {@code min.insync.replicas}
 * follow the cluster unless set (see {@link TopicReplication#forCluster}).
 */
@ConfigMapping(prefix = "radhus.kafka.topics")
public interface KafkaTopicsConfig {

    @WithDefault("3")
    int partitions();

    Optional<Short> replicationFactor();

    Optional<Integer> minInsyncReplicas();
}
