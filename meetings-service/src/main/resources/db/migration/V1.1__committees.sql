-- Committees (udvalg), the city council and the directorate: the bodies that hold meetings.
CREATE TABLE committee (
    code       text PRIMARY KEY,
    name       text        NOT NULL,
    kind       text        NOT NULL,
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX committee_name_unique ON committee (lower(name));
