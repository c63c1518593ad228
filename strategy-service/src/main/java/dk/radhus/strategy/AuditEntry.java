package dk.radhus.strategy;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who changed what, and when. One row per write. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String summary;

    /** The newest {@code limit} entries since {@code since}, newest first; object type and id are optional filters. */
    public static List<AuditEntry> newestSince(Instant since, String objectType, String objectId, int limit) {
        return find("occurredAt >= ?1 and (?2 is null or objectType = ?2) and (?3 is null or objectId = ?3) "
                + "order by occurredAt desc, id desc", since, objectType, objectId).page(0, limit).list();
    }

    public static long countSince(Instant since) {
        return count("occurredAt >= ?1", since);
    }
}
