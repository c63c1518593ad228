-- The names agendas and minutes give committees, each mapped to a committee by the secretariat (issue 19): an old
-- system's "Udvalget for Ældre og Sundhed" is today's committee ÆSU. An import finds a document's committee here first,
-- then by the committee's own name. name_key is the name in lower case with single spaces.
CREATE TABLE committee_name (
    name_key       text PRIMARY KEY,
    name           text NOT NULL,
    committee_code text NOT NULL REFERENCES committee (code),
    updated_at     timestamptz NOT NULL,
    updated_by     text NOT NULL
);
