package dk.radhus.platform.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import dk.radhus.platform.events.Topics;

/**
 * Creates the suite's topics and their dead-letter topics when they do not exist yet, compacted where the topic
 * carries state (e.g. committees), replicated as the cluster allows ({@link TopicReplication}). Existing topics are
 * left as they are.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final KafkaClientSettings settings;
    private final KafkaTopicsConfig config;

    public TopicProvisioner(KafkaClientSettings settings, KafkaTopicsConfig config) {
        this.settings = settings;
        this.config = config;
    }

    /** Returns true when every topic exists; false (and logs why) when the broker could not be reached. */
    public boolean ensureTopics() {
        Map<String, Object> adminSettings = settings.forClient(AdminClientConfig.configNames(), Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
        try (Admin admin = Admin.create(adminSettings)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<String> missingNames = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missingNames.add(topic);
                }
                if (!existing.contains(Topics.deadLetter(topic))) {
                    missingNames.add(Topics.deadLetter(topic));
                }
            }
            if (!missingNames.isEmpty()) {
                int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                TopicReplication replication = TopicReplication.forCluster(brokers, config.replicationFactor(),
                        config.minInsyncReplicas());
                List<NewTopic> missing = missingNames.stream()
                        .map(name -> newTopic(name, Topics.COMPACTED.contains(name), replication)).toList();
                admin.createTopics(missing).values().forEach((name, result) -> awaitCreated(name, result));
                LOG.infof("Created Kafka topics %s with replication factor %d and min.insync.replicas %d on %d brokers",
                        missingNames, replication.replicationFactor(), replication.minInsyncReplicas(), brokers);
            }
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Kafka topics not verified yet: %s", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private NewTopic newTopic(String name, boolean compacted, TopicReplication replication) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(replication.minInsyncReplicas()));
        if (compacted) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return new NewTopic(name, config.partitions(), replication.replicationFactor()).configs(configs);
    }

    private static void awaitCreated(String name, org.apache.kafka.common.KafkaFuture<Void> result) {
        try {
            result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("Topic " + name + " could not be created", e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + name + " was not created in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }
}
