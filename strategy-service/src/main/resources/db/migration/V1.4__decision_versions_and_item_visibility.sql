-- Decisions converge: every version of an item's decision is kept per object, the newest is the current one.
-- What the public may see of an item travels with the events and is kept once per item, with the version it was set at.

CREATE TABLE decided_item (
    item_id            uuid PRIMARY KEY,
    decision_version   bigint      NOT NULL,
    closed             boolean     NOT NULL,
    decision_public    boolean     NOT NULL,
    visibility_version bigint      NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- Approvals recorded before versions existed become version 0 of their item, so any event of meetings-service is
-- newer. Whether their minutes were approved is unknown here: their decisions stay hidden from the public until
-- meetings-service says otherwise (a closed item stays closed).
INSERT INTO decided_item (item_id, decision_version, closed, decision_public, visibility_version, updated_at)
SELECT item_id, 0, bool_or(confidential), false, 0, now() FROM approval GROUP BY item_id;

ALTER TABLE approval ADD COLUMN item_version bigint NOT NULL DEFAULT 0;
ALTER TABLE approval ALTER COLUMN item_version DROP DEFAULT;
ALTER TABLE approval ADD COLUMN item_number integer;
ALTER TABLE approval ADD COLUMN title text;
ALTER TABLE approval DROP COLUMN confidential;
ALTER TABLE approval DROP CONSTRAINT approval_object_kind_object_id_item_id_key;
ALTER TABLE approval ADD CONSTRAINT approval_object_item_version UNIQUE (object_kind, object_id, item_id, item_version);
CREATE INDEX approval_item ON approval (item_id);
