package dk.radhus.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TopicReplicationTest {

    @Test
    void shouldReplicateThreeTimesWithTwoInSyncOnThreeOrMoreBrokers() {
        assertThat(TopicReplication.forCluster(3, Optional.empty(), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 3, 2));
        assertThat(TopicReplication.forCluster(5, Optional.empty(), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 3, 2));
    }

    @Test
    void shouldReplicateOncePerBrokerWithOneInSyncOnASmallerCluster() {
        assertThat(TopicReplication.forCluster(1, Optional.empty(), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 1, 1));
        assertThat(TopicReplication.forCluster(2, Optional.empty(), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 2, 1));
    }

    @Test
    void shouldTakeConfiguredValuesOverTheCluster() {
        assertThat(TopicReplication.forCluster(5, Optional.of((short) 5), Optional.of(3)))
                .isEqualTo(new TopicReplication((short) 5, 3));
        assertThat(TopicReplication.forCluster(3, Optional.empty(), Optional.of(1)))
                .isEqualTo(new TopicReplication((short) 3, 1));
    }

    @Test
    void shouldDeriveTheInSyncMinimumFromAConfiguredReplicationFactor() {
        assertThat(TopicReplication.forCluster(1, Optional.of((short) 3), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 3, 2));
        assertThat(TopicReplication.forCluster(3, Optional.of((short) 1), Optional.empty()))
                .isEqualTo(new TopicReplication((short) 1, 1));
    }

    @Test
    void shouldRefuseAClusterWithoutBrokers() {
        assertThatThrownBy(() -> TopicReplication.forCluster(0, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
