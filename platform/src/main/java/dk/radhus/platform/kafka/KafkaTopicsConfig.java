package dk.radhus.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the services create the suite's topics when they are missing. */
@ConfigMapping(prefix = "radhus.kafka.topics")
public interface KafkaTopicsConfig {

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();
}
