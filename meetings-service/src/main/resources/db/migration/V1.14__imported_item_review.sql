-- An imported item the parser was unsure of (warnings of its own) waits for the secretary's review: until then it is
-- CLOSED, so every public surface shows it as a closed item through the one rule they share (access = 'OPEN'), and
-- review_access keeps the access the document gave it, applied (or corrected) when the secretary approves the item.
ALTER TABLE agenda_item
    ADD COLUMN review_access   text,
    ADD COLUMN review_warnings text,
    ADD CONSTRAINT agenda_item_review_is_closed
        CHECK (review_access IS NULL OR (access = 'CLOSED' AND review_access IN ('OPEN', 'CLOSED')));

CREATE INDEX agenda_item_awaiting_review ON agenda_item (meeting_id) WHERE review_access IS NOT NULL;
