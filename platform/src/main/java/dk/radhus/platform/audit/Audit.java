package dk.radhus.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.security.Caller;
import io.quarkus.arc.Arc;

/**
 * Records a change in the transaction that makes it (docs/audit.md): who, what, which object, the values before and
 * after, and the request. The database stamps the time and chains the row's hash to the previous row's.
 */
@ApplicationScoped
public class Audit {

    /** The actor of a change made neither in a request nor by an event, e.g. a scheduled job. */
    public static final String SYSTEM = "system";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final RequestId requestId;

    public Audit(EntityManager entityManager, ObjectMapper objectMapper, Caller caller, RequestId requestId) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.requestId = requestId;
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
        entityManager.createNativeQuery("""
                INSERT INTO audit_log (actor, action, object_type, object_id, before, after, request_id)
                VALUES (:actor, :action, :objectType, :objectId, CAST(NULLIF(:before, '') AS jsonb),
                        CAST(NULLIF(:after, '') AS jsonb), NULLIF(:requestId, ''))
                """)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("objectType", objectType)
                .setParameter("objectId", String.valueOf(objectId))
                .setParameter("before", json(before))
                .setParameter("after", json(after))
                .setParameter("requestId", inRequest && AuditActor.current().isEmpty() ? requestId.value() : "")
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
