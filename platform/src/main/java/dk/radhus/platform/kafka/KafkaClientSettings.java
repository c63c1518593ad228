package dk.radhus.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * The suite's Kafka connection settings ({@code kafka.*} in the configuration, e.g. {@code KAFKA_BOOTSTRAP_SERVERS}),
 * narrowed to the keys a given client type understands.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> defaults;

    @Inject
    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    public Map<String, Object> forClient(Set<String> knownKeys, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>();
        defaults.forEach((key, value) -> {
            if (knownKeys.contains(key)) {
                settings.put(key, value);
            }
        });
        settings.putAll(overrides);
        return settings;
    }
}
