-- Quality contracts (kvalitetskontrakter) per service area and their yearly follow-up reports (opfølgningsredegørelser).
CREATE TABLE quality_contract (
    id                uuid PRIMARY KEY,
    service_area      text        NOT NULL,
    contract_year     integer     NOT NULL,
    number            integer     NOT NULL,
    heading           text        NOT NULL,
    overall_objective text        NOT NULL,
    how_worked_on     text,
    target_year       integer,
    measurement       text,
    created_at        timestamptz NOT NULL,
    UNIQUE (service_area, contract_year, number)
);

CREATE TABLE quality_contract_follow_up (
    id          uuid PRIMARY KEY,
    contract_id uuid        NOT NULL REFERENCES quality_contract (id),
    year        integer     NOT NULL,
    status_text text        NOT NULL,
    light       text        NOT NULL,
    reported_by text        NOT NULL,
    reported_at timestamptz NOT NULL,
    UNIQUE (contract_id, year)
);

-- Decisions (from meetings-service) on an action plan, a growth account or a quality-contract follow-up.
CREATE TABLE approval (
    id             uuid PRIMARY KEY,
    object_kind    text        NOT NULL,
    object_id      text        NOT NULL,
    item_id        uuid        NOT NULL,
    meeting_id     uuid        NOT NULL,
    meeting_date   date        NOT NULL,
    committee_code text        NOT NULL,
    case_number    text,
    decision_text  text        NOT NULL,
    outcome        text        NOT NULL,
    decided_on     date        NOT NULL,
    confidential   boolean     NOT NULL,
    recorded_at    timestamptz NOT NULL,
    UNIQUE (object_kind, object_id, item_id)
);

-- Budget status per committee: the latest follow-up (budgetopfølgning) and the deviations reported for it.
CREATE TABLE budget_status (
    committee_code     text PRIMARY KEY,
    follow_up_id       uuid        NOT NULL,
    fiscal_year        integer     NOT NULL,
    round              integer     NOT NULL,
    cut_off_date       date        NOT NULL,
    unit               text        NOT NULL,
    corrected_budget   numeric     NOT NULL,
    spend_to_date      numeric     NOT NULL,
    spend_percentage   numeric,
    forecast           numeric     NOT NULL,
    forecast_deviation numeric     NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE budget_deviation (
    id               uuid PRIMARY KEY,
    follow_up_id     uuid    NOT NULL,
    committee_code   text    NOT NULL,
    policy_area_code text    NOT NULL,
    kind             text    NOT NULL,
    deviation        numeric NOT NULL,
    rule             text    NOT NULL,
    UNIQUE (follow_up_id, policy_area_code, rule)
);
CREATE INDEX budget_deviation_follow_up ON budget_deviation (follow_up_id);
