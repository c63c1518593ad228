package dk.radhus.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;

/** Reads the audit log and checks its chain. */
@ApplicationScoped
public class AuditTrail {

    /** A page of entries, newest first, and how many match in all. */
    public record Slice(List<AuditRecord> entries, long total) {
    }

    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice find(String objectType, String objectId, String actor, Instant since, int page, int size) {
        var query = AuditRecord.matching(objectType, objectId, actor, since);
        return new Slice(query.page(Page.of(page, size)).list(), query.count());
    }

    /**
     * Recomputes every row's hash from its content and the hash of the row before it, in chain (id) order. Runs in
     * the database with the function the append trigger uses, so both read a row's fields the same way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainCheck verify() {
        Object[] result = (Object[]) entityManager.createNativeQuery("""
                WITH chain AS (
                    SELECT id, hash, prev_hash, lag(hash) OVER (ORDER BY id) AS previous,
                           audit_log_hash(id, occurred_at, actor, action, object_type, object_id, before, after,
                                          request_id, prev_hash) AS recomputed
                    FROM audit_log)
                SELECT count(*),
                       min(id) FILTER (WHERE hash IS DISTINCT FROM recomputed),
                       min(id) FILTER (WHERE prev_hash IS DISTINCT FROM previous)
                FROM chain
                """).getSingleResult();
        return ChainCheck.of(((Number) result[0]).longValue(), id(result[1]), id(result[2]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
