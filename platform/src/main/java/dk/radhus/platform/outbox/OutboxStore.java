package dk.radhus.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dk.radhus.platform.locks.AdvisoryLocks;

/** The relay's queries on the {@code outbox} table. Callers own the transaction. */
@ApplicationScoped
public class OutboxStore {

    /** Unpublished events: how many, and when the oldest occurred (null when there are none). */
    public record Backlog(long count, Instant oldest) {
    }

    private final EntityManager entityManager;

    public OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the next unpublished events in {@code seq} order, if this relay is the one relaying now. Of all replicas of
     * a service only one relays at a time: the one holding a transaction-level advisory lock for its batch. The others
     * get an empty batch and try again at their next poll, so batches are published one after the other, in order;
     * when the holder dies, PostgreSQL ends its transaction and another replica takes over at its next poll.
     */
    @SuppressWarnings("unchecked")
    public List<PendingEvent> lockNextBatch(int size) {
        if (!AdvisoryLocks.tryLock(entityManager, "outbox:relay")) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, topic, aggregate_id, event_type, CAST(envelope AS text)
                FROM outbox WHERE published_at IS NULL
                ORDER BY seq LIMIT :size FOR UPDATE SKIP LOCKED
                """)
                .setParameter("size", size)
                .getResultList();
        return rows.stream()
                .map(r -> new PendingEvent((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    public void markPublished(List<UUID> ids) {
        entityManager.createNativeQuery("UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    public void recordFailure(List<UUID> ids, String error) {
        entityManager.createNativeQuery("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .setParameter("error", error)
                .executeUpdate();
    }

    public Backlog backlog() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT count(*), min(occurred_at) FROM outbox WHERE published_at IS NULL")
                .getSingleResult();
        Instant oldest = row[1] == null ? null : toInstant(row[1]);
        return new Backlog(((Number) row[0]).longValue(), oldest);
    }

    public int deletePublishedBefore(Duration retention) {
        return entityManager.createNativeQuery("DELETE FROM outbox WHERE published_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(retention))
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
