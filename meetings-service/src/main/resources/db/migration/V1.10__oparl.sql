-- The OParl 1.1 read API (/oparl/v1.1, repository.OparlRepository).

-- When a meeting's public view last changed: every update of the meeting row moves public_version (V1.6), and every
-- change to its attendance, items and their parts updates the row, so this is the OParl `modified` of the meeting and
-- of everything embedded in it (items, consultations, files, location), as the spec asks of embedded objects.
ALTER TABLE meeting ADD COLUMN public_modified_at timestamptz NOT NULL DEFAULT now();
UPDATE meeting SET public_modified_at = greatest(updated_at, published_at, minutes_approved_at);

CREATE FUNCTION meeting_public_modified_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.public_modified_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER meeting_public_modified BEFORE UPDATE ON meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_public_modified_now();

CREATE INDEX meeting_public_modified ON meeting (public_modified_at);

-- Memberships had no time of creation; rows that exist get the migration's time.
ALTER TABLE membership ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- A paper's id: an opaque UUID per case number, so that neither a paper's URL nor its tombstone tells the case number
-- (a closed item's case number must not be readable from the URL of the paper it left). Every case number an item
-- carries gets one when the item is written.
CREATE TABLE oparl_paper (
    case_number text PRIMARY KEY,
    id          uuid NOT NULL UNIQUE DEFAULT gen_random_uuid()
);
INSERT INTO oparl_paper (case_number) SELECT DISTINCT case_number FROM agenda_item WHERE case_number IS NOT NULL;

CREATE FUNCTION oparl_paper_id(case_no text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO oparl_paper (case_number) VALUES (case_no) ON CONFLICT (case_number) DO NOTHING;
    RETURN (SELECT id::text FROM oparl_paper WHERE case_number = case_no);
END
$$;

CREATE FUNCTION oparl_item_paper() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.case_number IS NOT NULL THEN
        PERFORM oparl_paper_id(NEW.case_number);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER agenda_item_oparl_paper AFTER INSERT OR UPDATE OF case_number ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION oparl_item_paper();

-- Objects that were public and are no longer: OParl reports them with deleted: true (never removes their URL). Keys:
-- AgendaItem and Consultation = the item's id, File = "<item id>/<attachment position>", Paper = the paper's id.
CREATE TABLE oparl_tombstone (
    object_type text        NOT NULL,
    object_key  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    deleted_at  timestamptz NOT NULL,
    PRIMARY KEY (object_type, object_key)
);
CREATE INDEX oparl_tombstone_deleted ON oparl_tombstone (object_type, deleted_at);

CREATE FUNCTION oparl_meeting_public(meeting uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting
                    AND (m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL));
$$;

CREATE FUNCTION oparl_bury(kind text, key text, created timestamptz) RETURNS void LANGUAGE sql AS $$
    INSERT INTO oparl_tombstone (object_type, object_key, created_at, deleted_at) VALUES (kind, key, created, now())
    ON CONFLICT (object_type, object_key) DO UPDATE SET deleted_at = now();
$$;

CREATE FUNCTION oparl_unbury(kind text, key text) RETURNS void LANGUAGE sql AS $$
    DELETE FROM oparl_tombstone WHERE object_type = kind AND object_key = key;
$$;

-- A paper exists while an open item of a public meeting carries its case number; the last one leaving buries it.
CREATE FUNCTION oparl_bury_paper_if_gone(case_no text, leaving uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF case_no IS NULL OR EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                                   WHERE i.case_number = case_no AND i.access = 'OPEN' AND i.id <> leaving
                                     AND (m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL)) THEN
        RETURN;
    END IF;
    PERFORM oparl_bury('Paper', oparl_paper_id(case_no),
        coalesce((SELECT min(i.created_at) FROM agenda_item i WHERE i.case_number = case_no), now()));
END
$$;

-- An item that stops being public content (deleted, closed, or given another case number) buries what OParl showed
-- of it; one that becomes open again takes the tombstones back.
CREATE FUNCTION oparl_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    attachment record;
BEGIN
    IF NOT oparl_meeting_public(OLD.meeting_id) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM oparl_bury('AgendaItem', OLD.id::text, OLD.created_at);
    END IF;
    IF OLD.access = 'OPEN' AND (TG_OP = 'DELETE' OR NEW.access = 'CLOSED') THEN
        PERFORM oparl_bury('Consultation', OLD.id::text, OLD.created_at);
        FOR attachment IN SELECT position FROM item_attachment WHERE item_id = OLD.id LOOP
            PERFORM oparl_bury('File', OLD.id || '/' || attachment.position, OLD.created_at);
        END LOOP;
        PERFORM oparl_bury_paper_if_gone(OLD.case_number, OLD.id);
    ELSIF TG_OP = 'UPDATE' AND NEW.access = 'OPEN' AND OLD.case_number IS DISTINCT FROM NEW.case_number THEN
        PERFORM oparl_bury_paper_if_gone(OLD.case_number, OLD.id);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.access = 'OPEN' THEN
        PERFORM oparl_unbury('Consultation', NEW.id::text);
        IF NEW.case_number IS NOT NULL THEN
            PERFORM oparl_unbury('Paper', oparl_paper_id(NEW.case_number));
        END IF;
        FOR attachment IN SELECT position FROM item_attachment WHERE item_id = NEW.id LOOP
            PERFORM oparl_unbury('File', NEW.id || '/' || attachment.position);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

-- BEFORE DELETE, so that the item's attachments are still there to be buried (the cascade runs after the row goes).
CREATE TRIGGER agenda_item_oparl_delete BEFORE DELETE ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION oparl_item_changed();
CREATE TRIGGER agenda_item_oparl_update AFTER UPDATE OF access, case_number ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION oparl_item_changed();

-- An attachment removed from an open item of a public meeting buries its file; one added at that position of an open
-- item revives it. A row deleted together with its item finds no item: the item's own trigger has buried it.
CREATE FUNCTION oparl_attachment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item agenda_item%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT * INTO item FROM agenda_item WHERE id = OLD.item_id;
        IF FOUND AND item.access = 'OPEN' AND oparl_meeting_public(item.meeting_id) THEN
            PERFORM oparl_bury('File', OLD.item_id || '/' || OLD.position, item.created_at);
        END IF;
    ELSIF EXISTS (SELECT 1 FROM agenda_item WHERE id = NEW.item_id AND access = 'OPEN') THEN
        PERFORM oparl_unbury('File', NEW.item_id || '/' || NEW.position);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER item_attachment_oparl AFTER INSERT OR DELETE ON item_attachment
    FOR EACH ROW EXECUTE FUNCTION oparl_attachment_changed();
