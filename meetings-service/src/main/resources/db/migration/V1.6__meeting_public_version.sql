-- The version of a meeting's public view: moved on, in the same transaction, by every change to anything the view is
-- made of (the meeting row, its attendance, its items and their sections, attachments, references and amendments;
-- decisions are columns of the item), whichever code path or replica makes it. The anonymous GET /meetings/{id}
-- compares it with the version its cached JSON was rendered at (rest.PublicMeetingCache).
--
-- Row-level triggers, not statement-level ones: the application writes one row per statement (Hibernate, batched or
-- not), so a statement-level trigger would fire as often, and it would need three triggers per table because
-- PostgreSQL allows transition tables only on single-event triggers. Row-level triggers also fire for rows deleted by
-- ON DELETE CASCADE. A transaction moves a meeting's version once: after the first bump the meeting row version is
-- the transaction's own (xmin), and its later changes become visible in the same commit as that bump. TRUNCATE is not
-- covered; no code path truncates these tables.
ALTER TABLE meeting ADD COLUMN public_version bigint NOT NULL DEFAULT 0;

-- Every update of the meeting row moves the version, including the touches below; the value can only grow.
CREATE FUNCTION meeting_public_version_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.public_version := OLD.public_version + 1;
    RETURN NEW;
END
$$;

CREATE TRIGGER meeting_public_version BEFORE UPDATE ON meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_public_version_next();

-- Moves the meeting's version unless this transaction has already written the meeting row (and so moved it).
CREATE FUNCTION meeting_public_version_touch(changed_meeting uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE meeting SET public_version = public_version + 1
     WHERE id = changed_meeting AND xmin <> pg_current_xact_id()::xid;
$$;

-- For attendance and agenda_item: rows that name their meeting.
CREATE FUNCTION meeting_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM meeting_public_version_touch(OLD.meeting_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.meeting_id IS DISTINCT FROM OLD.meeting_id) THEN
        PERFORM meeting_public_version_touch(NEW.meeting_id);
    END IF;
    RETURN NULL;
END
$$;

-- For an item's sections, attachments, references and amendments: rows that name their item. A row deleted together
-- with its item finds no item any more; the item's own trigger has moved the version.
CREATE FUNCTION item_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM meeting_public_version_touch((SELECT meeting_id FROM agenda_item WHERE id = OLD.item_id));
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.item_id IS DISTINCT FROM OLD.item_id) THEN
        PERFORM meeting_public_version_touch((SELECT meeting_id FROM agenda_item WHERE id = NEW.item_id));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER attendance_public_version AFTER INSERT OR UPDATE OR DELETE ON attendance
    FOR EACH ROW EXECUTE FUNCTION meeting_row_changed();
CREATE TRIGGER agenda_item_public_version AFTER INSERT OR UPDATE OR DELETE ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION meeting_row_changed();
CREATE TRIGGER item_section_public_version AFTER INSERT OR UPDATE OR DELETE ON item_section
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
CREATE TRIGGER item_attachment_public_version AFTER INSERT OR UPDATE OR DELETE ON item_attachment
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
CREATE TRIGGER item_reference_public_version AFTER INSERT OR UPDATE OR DELETE ON item_reference
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
CREATE TRIGGER item_amendment_public_version AFTER INSERT OR UPDATE OR DELETE ON item_amendment
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
