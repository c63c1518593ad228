-- Budget-service schema. Amounts are stored exactly in kroner (unconstrained numeric); the API converts to and from
-- the unit a request or response states. Sign convention: expenses positive, income negative.

CREATE TABLE fiscal_year (
    year       integer PRIMARY KEY CHECK (year BETWEEN 1970 AND 2200),
    status     text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at timestamptz NOT NULL
);

-- Politikområde / bevillingsområde, owned by one committee of the read model.
CREATE TABLE policy_area (
    code           text PRIMARY KEY,
    name           text        NOT NULL,
    committee_code text        NOT NULL REFERENCES committee (code),
    kind           text        NOT NULL CHECK (kind IN ('OPERATIONS', 'CAPITAL')),
    created_at     timestamptz NOT NULL
);
CREATE INDEX policy_area_committee ON policy_area (committee_code);

-- Functions (funktion d.dd.dd) or inclusive ranges of functions a policy area covers; the fixed-width format makes
-- text comparison equal to numeric order.
CREATE TABLE function_range (
    id                uuid PRIMARY KEY,
    policy_area_code  text NOT NULL REFERENCES policy_area (code),
    function_from     text NOT NULL,
    function_to       text NOT NULL,
    CHECK (function_from <= function_to)
);
CREATE INDEX function_range_lookup ON function_range (function_from, function_to);

-- Oprindeligt budget, tillægsbevillinger and omplaceringer. The corrected budget is always their sum, never stored.
CREATE TABLE ledger_entry (
    id                    uuid PRIMARY KEY,
    policy_area_code      text        NOT NULL REFERENCES policy_area (code),
    fiscal_year           integer     NOT NULL REFERENCES fiscal_year (year),
    kind                  text        NOT NULL CHECK (kind IN ('ORIGINAL', 'SUPPLEMENTARY', 'TRANSFER')),
    amount_kroner         numeric     NOT NULL,
    entry_date            date        NOT NULL,
    text                  text        NOT NULL,
    meeting_id            uuid,
    meeting_date          date,
    item_number           integer,
    case_number           text,
    appropriation_line_id uuid UNIQUE,
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL
);
CREATE INDEX ledger_entry_area_year ON ledger_entry (policy_area_code, fiscal_year, entry_date);
CREATE UNIQUE INDEX ledger_entry_one_original ON ledger_entry (policy_area_code, fiscal_year) WHERE kind = 'ORIGINAL';

-- Budgetopfølgning.
CREATE TABLE follow_up (
    id               uuid PRIMARY KEY,
    committee_code   text        NOT NULL REFERENCES committee (code),
    fiscal_year      integer     NOT NULL REFERENCES fiscal_year (year),
    round            integer     NOT NULL CHECK (round BETWEEN 1 AND 12),
    cut_off_date     date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    decision_outcome text,
    decision_case    text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    submitted_at     timestamptz,
    approved_at      timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    UNIQUE (committee_code, fiscal_year, round)
);

CREATE TABLE follow_up_line (
    id                      uuid PRIMARY KEY,
    follow_up_id            uuid    NOT NULL REFERENCES follow_up (id),
    policy_area_code        text    NOT NULL REFERENCES policy_area (code),
    spend_to_date_kroner    numeric NOT NULL,
    requested_kroner        numeric NOT NULL,
    forecast_kroner         numeric NOT NULL,
    comments                text,
    appropriation_status    text    NOT NULL CHECK (appropriation_status IN ('NONE', 'REQUESTED', 'APPROVED', 'REJECTED')),
    UNIQUE (follow_up_id, policy_area_code)
);

-- Every state change of a follow-up, with who and why (a reopening always has a reason).
CREATE TABLE follow_up_transition (
    id           uuid PRIMARY KEY,
    follow_up_id uuid        NOT NULL REFERENCES follow_up (id),
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    reason       text,
    changed_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL
);
CREATE INDEX follow_up_transition_follow_up ON follow_up_transition (follow_up_id, changed_at);

-- Regnskab per policy area and year.
CREATE TABLE accounts_figure (
    policy_area_code text        NOT NULL REFERENCES policy_area (code),
    fiscal_year      integer     NOT NULL REFERENCES fiscal_year (year),
    amount_kroner    numeric     NOT NULL,
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (policy_area_code, fiscal_year)
);

-- CSV uploads of account lines; a completed upload's content hash makes the same file apply only once per target.
CREATE TABLE account_upload (
    id           uuid PRIMARY KEY,
    target_kind  text        NOT NULL CHECK (target_kind IN ('FOLLOW_UP', 'ACCOUNTS')),
    target_id    text        NOT NULL,
    content_hash text        NOT NULL,
    unit         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    total_lines  integer     NOT NULL,
    done_lines   integer     NOT NULL,
    errors       jsonb,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    finished_at  timestamptz
);
CREATE UNIQUE INDEX account_upload_once ON account_upload (target_kind, target_id, content_hash)
    WHERE status = 'COMPLETED';

-- What each completed upload added per policy area (the trace from figures back to files).
CREATE TABLE account_upload_total (
    upload_id        uuid    NOT NULL REFERENCES account_upload (id),
    policy_area_code text    NOT NULL REFERENCES policy_area (code),
    line_count       integer NOT NULL,
    amount_kroner    numeric NOT NULL,
    PRIMARY KEY (upload_id, policy_area_code)
);
