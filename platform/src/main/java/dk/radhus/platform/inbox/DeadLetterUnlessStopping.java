package dk.radhus.platform.inbox;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The consumers' failure strategy ({@code failure-strategy=radhus-dead-letter-queue}): the connector's dead-letter
 * queue ({@code dead-letter-queue.*} settings) for a message that failed, except while the service is stopping. Then
 * the message is left unacknowledged: the shutdown, not the message, made it fail, and the dead-letter queue would
 * commit its offset, so that no instance would ever apply it. Unacknowledged, its offset stays uncommitted and the
 * instance that takes over the partition gets it again.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "radhus-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final ServiceStopping stopping;

    @Inject
    public DeadLetterUnlessStopping(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            ServiceStopping stopping) {
        this.deadLetterQueue = deadLetterQueue;
        this.stopping = stopping;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        String channel = config.getChannel();
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stopping.isStopping()) {
                    LOG.infof("Channel %s leaves the record at offset %d of %s-%d unacknowledged: the service is "
                            + "stopping", channel, record.getOffset(), record.getTopic(), record.getPartition());
                    return Uni.createFrom().nothing();
                }
                return delegate.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
