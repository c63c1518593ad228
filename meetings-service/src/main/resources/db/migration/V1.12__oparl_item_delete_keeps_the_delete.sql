-- V1.10's oparl_item_changed runs BEFORE DELETE on agenda_item and returned NULL, which in a BEFORE trigger cancels the
-- row's deletion: drafted items could no longer be removed from an unpublished agenda (DirectorateDraftingTest). It
-- returns OLD now, which lets the delete go on (AFTER UPDATE ignores the value).
CREATE OR REPLACE FUNCTION oparl_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    attachment record;
BEGIN
    IF NOT oparl_meeting_public(OLD.meeting_id) THEN
        RETURN OLD;
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
    RETURN OLD;
END
$$;
