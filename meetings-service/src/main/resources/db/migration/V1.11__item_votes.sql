-- Votes and attendance per agenda item (afstemning, mindretalsudtalelse, protokoltilføjelse, inhabilitet), entered by
-- the secretary. Part of the item's public view, so each table moves the meeting's public_version (V1.6).
CREATE TABLE item_vote (
    item_id     uuid PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    unanimous   boolean     NOT NULL,
    recorded_at timestamptz NOT NULL
);

-- How a party (by its letter) or a person voted, and how many votes that was.
CREATE TABLE item_vote_line (
    item_id   uuid    NOT NULL REFERENCES item_vote (item_id) ON DELETE CASCADE,
    position  integer NOT NULL,
    voter     text    NOT NULL,
    person_id uuid REFERENCES person (id),
    choice    text    NOT NULL,
    votes     integer NOT NULL CHECK (votes > 0),
    PRIMARY KEY (item_id, position)
);

-- Minority statements, notes to the minutes, conflicts of interest and who left the meeting for the item.
CREATE TABLE item_vote_note (
    item_id   uuid    NOT NULL REFERENCES item_vote (item_id) ON DELETE CASCADE,
    position  integer NOT NULL,
    kind      text    NOT NULL,
    name      text    NOT NULL,
    person_id uuid REFERENCES person (id),
    text      text,
    PRIMARY KEY (item_id, position)
);

CREATE TRIGGER item_vote_public_version AFTER INSERT OR UPDATE OR DELETE ON item_vote
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
CREATE TRIGGER item_vote_line_public_version AFTER INSERT OR UPDATE OR DELETE ON item_vote_line
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
CREATE TRIGGER item_vote_note_public_version AFTER INSERT OR UPDATE OR DELETE ON item_vote_note
    FOR EACH ROW EXECUTE FUNCTION item_row_changed();
