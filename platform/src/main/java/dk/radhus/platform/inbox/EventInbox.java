package dk.radhus.platform.inbox;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.audit.AuditActor;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.EventPayload;
import dk.radhus.platform.events.EventTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a consumed event exactly once: the event id is recorded in {@code processed_event} in the same transaction
 * as the effect, so a redelivered event is recognised and skipped. Unparseable, unknown or invalid events are thrown
 * as {@link PoisonMessageException} (the channel's dead-letter strategy sends them to {@code <topic>.dlq}); transient
 * database failures are retried until they pass, holding the partition so nothing is lost or reordered. Once the
 * service is stopping, any failure is a {@link ServiceStoppingException}: not retried, not dead-lettered, left to the
 * instance that takes over the partition ({@link DeadLetterUnlessStopping}). The handler
 * runs as the audit actor {@code event <type> <id>}: what it changes is audited as caused by the event.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final MeterRegistry registry;
    private final ServiceStopping stopping;

    public EventInbox(EntityManager entityManager, ObjectMapper objectMapper, Validator validator,
            MeterRegistry registry, ServiceStopping stopping) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.registry = registry;
        this.stopping = stopping;
    }

    /**
     * Parses {@code message} and applies it with the matching handler. Returns true if applied, false if it was a
     * duplicate or a type this consumer does not act on.
     */
    @Retry(maxRetries = -1, delay = 500, delayUnit = ChronoUnit.MILLIS, maxDuration = 0, jitter = 200,
            retryOn = TransientFailureException.class)
    public boolean handle(String consumer, String topic, String message, EventHandlers handlers) {
        try {
            EventEnvelope envelope = parse(message);
            Optional<EventHandlers.Registration<?>> registration = handlers.forType(envelope.type());
            if (registration.isEmpty()) {
                LOG.debugf("%s ignores event %s of type %s", consumer, envelope.id(), envelope.type());
                return false;
            }
            EventPayload payload = payload(envelope, registration.get());
            boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                if (!recordProcessed(consumer, envelope)) {
                    return false;
                }
                AuditActor.runAs(AuditActor.event(envelope.type(), envelope.id()),
                        () -> registration.get().apply(envelope, payload));
                return true;
            });
            registry.counter(applied ? "radhus.events.processed" : "radhus.events.duplicates",
                    "consumer", consumer, "topic", topic, "type", envelope.type()).increment();
            if (!applied) {
                LOG.infof("%s skipped duplicate event %s (%s)", consumer, envelope.id(), envelope.type());
            }
            return applied;
        } catch (RuntimeException e) {
            if (stopping.isStopping()) {
                LOG.infof("%s leaves a message from %s to the instance that takes over: the service is stopping (%s)",
                        consumer, topic, e.getMessage());
                throw new ServiceStoppingException(e);
            }
            if (e instanceof PoisonMessageException poison) {
                deadLettered(consumer, topic, poison);
                throw poison;
            }
            if (TransientFailures.isTransient(e)) {
                LOG.warnf("%s could not process a message from %s yet, will retry: %s", consumer, topic, e.getMessage());
                throw new TransientFailureException(e);
            }
            PoisonMessageException poison = new PoisonMessageException("Processing failed: " + e.getMessage(), e);
            deadLettered(consumer, topic, poison);
            throw poison;
        }
    }

    private EventEnvelope parse(String message) {
        if (message == null || message.isBlank()) {
            throw new PoisonMessageException("Empty message");
        }
        EventEnvelope envelope;
        try {
            envelope = objectMapper.readValue(message, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("Not an event envelope: " + e.getOriginalMessage());
        }
        if (envelope.id() == null || envelope.type() == null || envelope.payload() == null) {
            throw new PoisonMessageException("Event envelope lacks id, type or payload");
        }
        EventTypes.EventType known = EventTypes.byName(envelope.type())
                .orElseThrow(() -> new PoisonMessageException("Unknown event type " + envelope.type()));
        if (envelope.version() < 1 || envelope.version() > known.version()) {
            throw new PoisonMessageException("Unsupported version " + envelope.version() + " of " + envelope.type());
        }
        return envelope;
    }

    private EventPayload payload(EventEnvelope envelope, EventHandlers.Registration<?> registration) {
        EventPayload payload;
        try {
            payload = objectMapper.treeToValue(envelope.payload(), registration.type().payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("Invalid " + envelope.type() + " payload: " + e.getMessage());
        }
        Set<ConstraintViolation<EventPayload>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            ConstraintViolation<EventPayload> first = violations.iterator().next();
            throw new PoisonMessageException("Invalid " + envelope.type() + " payload: " + first.getPropertyPath()
                    + " " + first.getMessage());
        }
        return payload;
    }

    private boolean recordProcessed(String consumer, EventEnvelope envelope) {
        return entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("consumer", consumer)
                .setParameter("id", envelope.id())
                .setParameter("type", envelope.type())
                .executeUpdate() == 1;
    }

    private void deadLettered(String consumer, String topic, PoisonMessageException e) {
        registry.counter("radhus.events.dead.lettered", "consumer", consumer, "topic", topic).increment();
        LOG.warnf("%s sends a message from %s to the dead-letter topic: %s", consumer, topic, e.getMessage());
    }
}
