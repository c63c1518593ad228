-- The service's own audit table gives way to the platform's audit_log (V1.0.2), as in meetings-service. Its rows
-- move over in their order, so the chain starts with them: actor, time, action and object as they were, the old
-- summary as {"detail": …} after the change (they have no before values and no request id).
INSERT INTO audit_log (occurred_at, actor, action, object_type, object_id, before, after, request_id)
SELECT occurred_at, actor, action, object_type, object_id, NULL, jsonb_build_object('detail', summary), NULL
FROM audit_entry
ORDER BY occurred_at, id;

DROP TABLE audit_entry;
