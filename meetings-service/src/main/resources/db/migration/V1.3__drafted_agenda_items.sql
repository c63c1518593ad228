-- Sections whose body is sanitized HTML (the budget committee table in Økonomi) rather than plain text.
ALTER TABLE item_section ADD COLUMN format text NOT NULL DEFAULT 'TEXT';

-- Agenda items drafted from other services' events: one row per source aggregate (a budget follow-up, an action
-- plan), pending until its committee has a planned meeting, then pointing at the item it drafted there.
CREATE TABLE agenda_draft (
    id                 uuid PRIMARY KEY,
    source_kind        text        NOT NULL,
    source_id          text        NOT NULL,
    -- The committee the item belongs to; NULL for the directorate (whichever committee of kind DIRECTORATE).
    committee_code     text REFERENCES committee (code),
    meeting_id         uuid REFERENCES meeting (id),
    item_id            uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
    actor              text        NOT NULL,
    title              text        NOT NULL,
    kind               text        NOT NULL,
    access             text        NOT NULL,
    source_occurred_at timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    UNIQUE (source_kind, source_id),
    CHECK (item_id IS NULL OR meeting_id IS NOT NULL)
);
CREATE INDEX agenda_draft_pending ON agenda_draft (committee_code) WHERE meeting_id IS NULL;
CREATE INDEX agenda_draft_meeting ON agenda_draft (meeting_id);

CREATE TABLE agenda_draft_section (
    draft_id uuid    NOT NULL REFERENCES agenda_draft (id) ON DELETE CASCADE,
    position integer NOT NULL,
    type     text    NOT NULL,
    heading  text    NOT NULL,
    body     text    NOT NULL,
    format   text    NOT NULL,
    PRIMARY KEY (draft_id, position)
);

CREATE TABLE agenda_draft_reference (
    draft_id  uuid    NOT NULL REFERENCES agenda_draft (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    kind      text    NOT NULL,
    target_id text    NOT NULL,
    PRIMARY KEY (draft_id, position)
);

-- A drafted change to an item whose agenda is already published: the secretary accepts (an amendment) or rejects it.
CREATE TABLE item_proposal (
    id              uuid PRIMARY KEY,
    item_id         uuid        NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    status          text        NOT NULL,
    changes         text        NOT NULL,
    title           text        NOT NULL,
    proposed_at     timestamptz NOT NULL,
    proposed_by     text        NOT NULL,
    decided_at      timestamptz,
    decided_by      text,
    decision_reason text
);
CREATE INDEX item_proposal_item ON item_proposal (item_id, proposed_at);
CREATE UNIQUE INDEX item_proposal_one_pending ON item_proposal (item_id) WHERE status = 'PENDING';

CREATE TABLE item_proposal_section (
    proposal_id uuid    NOT NULL REFERENCES item_proposal (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    type        text    NOT NULL,
    heading     text    NOT NULL,
    body        text    NOT NULL,
    format      text    NOT NULL,
    PRIMARY KEY (proposal_id, position)
);

CREATE TABLE item_proposal_reference (
    proposal_id uuid    NOT NULL REFERENCES item_proposal (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    kind        text    NOT NULL,
    target_id   text    NOT NULL,
    PRIMARY KEY (proposal_id, position)
);

-- Read model of the growth policy's initiatives (indsatser) and their current traffic light, from strategy-service.
CREATE TABLE initiative_light (
    initiative_id    uuid PRIMARY KEY,
    reference        text        NOT NULL,
    title            text        NOT NULL,
    policy_id        uuid        NOT NULL,
    policy_title     text        NOT NULL,
    focus_area_title text        NOT NULL,
    department_code  text        NOT NULL,
    light            text        NOT NULL,
    narrative        text        NOT NULL,
    as_of            date        NOT NULL,
    changed_at       timestamptz NOT NULL
);
CREATE INDEX initiative_light_policy ON initiative_light (policy_id, light);
