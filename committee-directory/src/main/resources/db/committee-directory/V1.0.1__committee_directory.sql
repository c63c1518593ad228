-- Read model of meetings-service's committees, kept from CommitteeUpserted events.
CREATE TABLE committee (
    code        text PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    active      boolean     NOT NULL,
    changed_at  timestamptz NOT NULL,
    event_id    uuid        NOT NULL
);
