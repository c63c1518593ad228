package dk.radhus.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.EventPayload;
import dk.radhus.platform.events.EventTypes;
import dk.radhus.platform.locks.AdvisoryLocks;

/**
 * Writes events to the {@code outbox} table inside the caller's transaction, so an event exists if and only if the
 * change it describes was committed. {@link OutboxRelay} publishes them to Kafka in {@code seq} order.
 * <p>
 * Per aggregate, {@code seq} order is commit order: before writing, the transaction takes a transaction-level advisory
 * lock on the aggregate, so a second transaction writing an event of the same aggregate waits until the first has
 * committed or rolled back, and only then draws its {@code seq}. Without it, two interleaved transactions could commit
 * in the opposite order of their {@code seq}, and the relay could publish the later one first.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxWritten> written;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxWritten> written) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
    }

    /** Adds an event for {@code topic} to the current transaction and returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, EventPayload payload) {
        EventTypes.EventType type = EventTypes.of(payload.getClass());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), Instant.now(),
                payload.aggregateType(), payload.aggregateId(), objectMapper.valueToTree(payload));
        AdvisoryLocks.lock(entityManager, "outbox:" + envelope.aggregateType() + ":" + envelope.aggregateId());
        entityManager.createNativeQuery("""
                INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, event_version, envelope, occurred_at)
                VALUES (:id, :topic, :aggregateType, :aggregateId, :type, :version, CAST(:envelope AS jsonb), :occurredAt)
                """)
                .setParameter("id", envelope.id())
                .setParameter("topic", topic)
                .setParameter("aggregateType", envelope.aggregateType())
                .setParameter("aggregateId", envelope.aggregateId())
                .setParameter("type", envelope.type())
                .setParameter("version", envelope.version())
                .setParameter("envelope", toJson(envelope))
                .setParameter("occurredAt", envelope.occurredAt())
                .executeUpdate();
        written.fire(OutboxWritten.INSTANCE);
        return envelope.id();
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be serialised", e);
        }
    }
}
