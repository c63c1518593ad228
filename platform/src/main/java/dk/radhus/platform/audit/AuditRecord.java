package dk.radhus.platform.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One row of the audit log, as read back; rows are written only by {@link Audit} and never change. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    /** Entries matching every given filter (null: any), newest first. */
    public static PanacheQuery<AuditRecord> matching(String objectType, String objectId, String actor, Instant since) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter(query, parameters, "objectType", objectType, " and objectType = :objectType");
        filter(query, parameters, "objectId", objectId, " and objectId = :objectId");
        filter(query, parameters, "actor", actor, " and actor = :actor");
        filter(query, parameters, "since", since, " and occurredAt >= :since");
        return find(query.append(" order by id desc").toString(), parameters);
    }

    private static void filter(StringBuilder query, Map<String, Object> parameters, String name, Object value,
            String condition) {
        if (value != null) {
            query.append(condition);
            parameters.put(name, value);
        }
    }
}
