-- Persons (politicians with a party letter, or officials) and their memberships of committees.
CREATE TABLE person (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL,
    party_letter text,
    created_at   timestamptz NOT NULL
);
CREATE INDEX person_name ON person (lower(name));

CREATE TABLE membership (
    id             uuid PRIMARY KEY,
    committee_code text NOT NULL REFERENCES committee (code),
    person_id      uuid NOT NULL REFERENCES person (id),
    role           text NOT NULL,
    start_date     date NOT NULL,
    end_date       date,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX membership_committee ON membership (committee_code);

-- Meetings and their agendas; local Danish wall-clock times.
CREATE TABLE meeting (
    id                  uuid PRIMARY KEY,
    committee_code      text        NOT NULL REFERENCES committee (code),
    starts_at           timestamp   NOT NULL,
    ends_at             timestamp,
    location            text,
    state               text        NOT NULL,
    published_at        timestamptz,
    minutes_approved_at timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX meeting_committee_start ON meeting (committee_code, starts_at);

CREATE TABLE attendance (
    meeting_id uuid    NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    name       text    NOT NULL,
    person_id  uuid REFERENCES person (id),
    status     text    NOT NULL,
    note       text,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE agenda_item (
    id               uuid PRIMARY KEY,
    meeting_id       uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    number           integer     NOT NULL,
    title            text        NOT NULL,
    case_number      text,
    document_number  text,
    kind             text        NOT NULL,
    access           text        NOT NULL,
    decision_text    text,
    decision_date    date,
    decision_outcome text,
    search_text      text        NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    search_vector    tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', search_text), 'B')) STORED,
    UNIQUE (meeting_id, number)
);
CREATE INDEX agenda_item_case_number ON agenda_item (case_number);
CREATE INDEX agenda_item_search ON agenda_item USING gin (search_vector);

CREATE TABLE item_section (
    item_id  uuid    NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position integer NOT NULL,
    type     text    NOT NULL,
    heading  text    NOT NULL,
    body     text    NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE item_attachment (
    item_id            uuid    NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position           integer NOT NULL,
    title              text    NOT NULL,
    document_reference text,
    file_name          text,
    media_type         text,
    size_bytes         bigint,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE item_reference (
    item_id   uuid    NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    kind      text    NOT NULL,
    target_id text    NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- Changes to an item after its agenda was published (ændringer til offentliggjort dagsorden).
CREATE TABLE item_amendment (
    id         uuid PRIMARY KEY,
    item_id    uuid        NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    reason     text        NOT NULL,
    changes    text        NOT NULL,
    amended_at timestamptz NOT NULL,
    amended_by text        NOT NULL
);
CREATE INDEX item_amendment_item ON item_amendment (item_id, amended_at);

-- Who changed what and when; readable by admin.
CREATE TABLE audit_entry (
    id          uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   text        NOT NULL,
    detail      text
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC);
