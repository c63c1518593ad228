-- Archive imports (POST /imports/archives): a job per uploaded zip and a row per document in it. The documents are
-- stored with the job, so a job survives a restart: any replica's worker imports the pending ones, one transaction
-- each, and clears a document's content once it has its outcome.
CREATE TABLE import_job (
    id             uuid PRIMARY KEY,
    committee_code text REFERENCES committee (code),
    dry_run        boolean     NOT NULL,
    published      boolean     NOT NULL,
    state          text        NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    total          integer     NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    finished_at    timestamptz
);

CREATE TABLE import_job_document (
    id          uuid PRIMARY KEY,
    job_id      uuid    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text    NOT NULL,
    content     bytea,
    outcome     text CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'FAILED')),
    meeting_id  uuid,
    version     integer,
    state       text,
    message     text,
    warnings    text    NOT NULL DEFAULT '',
    finished_at timestamptz,
    UNIQUE (job_id, position),
    CHECK (outcome IS NOT NULL OR content IS NOT NULL)
);

CREATE INDEX import_job_document_pending ON import_job_document (job_id, position) WHERE outcome IS NULL;
CREATE INDEX import_job_running ON import_job (created_at) WHERE state = 'RUNNING';
