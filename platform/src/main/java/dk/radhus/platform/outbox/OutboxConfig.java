package dk.radhus.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the transactional outbox relay. */
@ConfigMapping(prefix = "radhus.outbox")
public interface OutboxConfig {

    /** Most events published in one relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for events when no commit has woken it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits for the broker to acknowledge a batch before it rolls back and retries. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** First wait after a failed publish; doubled on each further failure up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();

    /** Readiness goes DOWN when the oldest unpublished event is older than this. */
    @WithDefault("60s")
    Duration maxBacklogAge();

    /** Published events are kept this long (for inspection), then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
