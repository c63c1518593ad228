package dk.radhus.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.security.Caller;
import io.quarkus.arc.Arc;

/**
 * Records a change in the transaction that makes it (docs/audit.md): who, what, which object, the values before and
 * after, and the request. The database stamps the time and chains the row's hash to the previous row's.
 * <p>
 * The rows are written at the end of the transaction, just before it commits: appending to the chain takes the log's
 * one advisory lock until commit, and a transaction that took it in the middle of its work and then waited for a row
 * another transaction held, while that one waited to append, deadlocked. Taken last, the log's lock is never held by a
 * transaction that still waits for another lock.
 */
@ApplicationScoped
public class Audit {

    /** The actor of a change made neither in a request nor by an event, e.g. a scheduled job. */
    public static final String SYSTEM = "system";

    private static final Object PENDING = Audit.class.getName() + ".pending";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final RequestId requestId;
    private final TransactionSynchronizationRegistry transactions;

    public Audit(EntityManager entityManager, ObjectMapper objectMapper, Caller caller, RequestId requestId,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.requestId = requestId;
        this.transactions = transactions;
    }

    /** One row to append when the transaction completes. */
    private record Pending(String actor, String action, String objectType, String objectId, String before,
            String after, String requestId) {
    }

    /**
     * One change of object {@code objectType} {@code objectId}. {@code before} and {@code after} are small maps or
     * records of the fields that matter (null for a created or removed object), written as JSON objects; never
     * whole entities.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        boolean inRequest = Arc.container().requestContext().isActive();
        String actor = AuditActor.current().orElseGet(() -> inRequest ? caller.name() : SYSTEM);
        pending().add(new Pending(actor, action, objectType, String.valueOf(objectId), json(before), json(after),
                inRequest && AuditActor.current().isEmpty() ? requestId.value() : ""));
    }

    /** The transaction's rows, written in the order they were recorded just before it commits. */
    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> rows = (List<Pending>) transactions.getResource(PENDING);
        if (rows == null) {
            List<Pending> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    created.forEach(Audit.this::append);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing: the rows commit or roll back with the transaction
                }
            });
            rows = created;
        }
        return rows;
    }

    private void append(Pending row) {
        entityManager.createNativeQuery("""
                INSERT INTO audit_log (actor, action, object_type, object_id, before, after, request_id)
                VALUES (:actor, :action, :objectType, :objectId, CAST(NULLIF(:before, '') AS jsonb),
                        CAST(NULLIF(:after, '') AS jsonb), NULLIF(:requestId, ''))
                """)
                .setParameter("actor", row.actor())
                .setParameter("action", row.action())
                .setParameter("objectType", row.objectType())
                .setParameter("objectId", row.objectId())
                .setParameter("before", row.before())
                .setParameter("after", row.after())
                .setParameter("requestId", row.requestId())
                .executeUpdate();
    }

    /** The fields of an object that matter to its audit entry, in order; unlike {@link Map#of} a value may be null. */
    public static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values come in name-value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private String json(Object values) {
        if (values == null) {
            return "";
        }
        try {
            return objectMapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit values are not writable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
