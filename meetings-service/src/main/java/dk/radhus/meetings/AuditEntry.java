package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One write: who did what to which entity, and when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    public String detail;

    public static List<AuditEntry> listNewest(String entityId, int limit) {
        if (entityId == null) {
            return find("order by occurredAt desc, id").page(0, limit).list();
        }
        return find("entityId = ?1 order by occurredAt desc, id", entityId).page(0, limit).list();
    }
}
