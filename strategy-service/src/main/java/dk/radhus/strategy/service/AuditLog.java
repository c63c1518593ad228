package dk.radhus.strategy.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.strategy.AuditEntry;

/** Records every write in the caller's transaction: who, when, what. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, Object objectId, String summary) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.occurredAt = Instant.now();
        entry.action = action;
        entry.objectType = objectType;
        entry.objectId = String.valueOf(objectId);
        entry.summary = summary;
        entry.persist();
    }

    /** The newest {@code limit} writes since the start of {@code since} (server time zone), newest first; filters optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> since(LocalDate since, String objectType, String objectId, int limit) {
        return AuditEntry.newestSince(start(since), objectType, objectId, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countSince(LocalDate since) {
        return AuditEntry.countSince(start(since));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
