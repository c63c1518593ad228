package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AuditEntry;
import dk.radhus.platform.security.Caller;

/** Records every write with who did it and when, in the writing transaction. */
@ApplicationScoped
public class AuditLog {

    private final Caller caller;

    public AuditLog(Caller caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String detail) {
        recordAs(caller.name(), action, entityType, entityId, detail);
    }

    /** A write by someone other than the caller, e.g. "system:budget-service" drafting an item from its event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Object entityId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.detail = detail;
        entry.persist();
    }
}
