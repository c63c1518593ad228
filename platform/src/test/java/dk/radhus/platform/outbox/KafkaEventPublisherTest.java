package dk.radhus.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.kafka.KafkaClientSettings;

/** Without a broker a batch fails after one metadata wait, not after one wait per event. */
class KafkaEventPublisherTest {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void shouldFailABatchForATopicWithoutMetadataAfterOneWaitInsteadOfOnePerEvent() throws IOException {
        KafkaEventPublisher publisher = new KafkaEventPublisher(
                new KafkaClientSettings(Map.of("bootstrap.servers", "127.0.0.1:" + closedPort())), config());
        List<PendingEvent> batch = IntStream.range(0, 10).mapToObj(i -> new PendingEvent(UUID.randomUUID(),
                "radhus.unknown", "key-" + i, "CommitteeUpserted", "{}")).toList();
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> publisher.publishAll(batch, SEND_TIMEOUT))
                    .isInstanceOf(KafkaEventPublisher.PublishFailedException.class)
                    .hasMessageContaining("not present in metadata");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            // max.block.ms is half the send timeout (1 s); ten waits would take 10 s.
            assertThat(elapsed).isLessThan(SEND_TIMEOUT.multipliedBy(2));
        } finally {
            publisher.close();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            @Override
            public int batchSize() {
                return 200;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration sendTimeout() {
                return SEND_TIMEOUT;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(200);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration maxBacklogAge() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(7);
            }
        };
    }
}
