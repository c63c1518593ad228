-- One audit log for every service (docs/audit.md): who changed which object, the values before and after, and the
-- request. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and chained: each row's hash covers its content
-- and the previous row's hash, so an edited, removed or inserted row breaks the chain at that point.
CREATE SEQUENCE audit_log_id_seq;

CREATE TABLE audit_log (
    id          bigint PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    object_type text        NOT NULL,
    object_id   text        NOT NULL,
    before      jsonb,
    after       jsonb,
    request_id  text,
    prev_hash   text,
    hash        text        NOT NULL
);
-- At most one row follows any row (and only the first follows none): a fork is refused, not written.
CREATE UNIQUE INDEX audit_log_one_successor ON audit_log (prev_hash) NULLS NOT DISTINCT;
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, id DESC);
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at);

-- The hash of one row: SHA-256 over a JSON array of its fields (jsonb's text form is canonical, the time is written
-- in UTC to the microsecond), hex-encoded. /audit/verify recomputes it with this same function.
CREATE FUNCTION audit_log_hash(id bigint, occurred_at timestamptz, actor text, action text, object_type text,
        object_id text, before jsonb, after jsonb, request_id text, prev_hash text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(jsonb_build_array(id,
            to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            actor, action, object_type, object_id, before, after, request_id, prev_hash)::text, 'UTF8')), 'hex')
$$;

-- Appending: a transaction-level advisory lock serialises writers until they commit, so each new row links to the
-- committed head and ids follow the chain. The lock is taken in the writing transaction; it ends with it.
CREATE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log'));
    SELECT hash INTO head FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.id := nextval('audit_log_id_seq');
    NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
    NEW.prev_hash := head;
    NEW.hash := audit_log_hash(NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.object_type, NEW.object_id,
            NEW.before, NEW.after, NEW.request_id, NEW.prev_hash);
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_append BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append();

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
