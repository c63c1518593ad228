-- Growth account (vækstregnskab): themes, indicators (parametre), yearly values and published yearly snapshots.
CREATE TABLE indicator_theme (
    id       uuid PRIMARY KEY,
    title    text    NOT NULL UNIQUE,
    position integer NOT NULL
);

CREATE TABLE indicator (
    id               uuid PRIMARY KEY,
    code             text    NOT NULL UNIQUE,
    theme_id         uuid REFERENCES indicator_theme (id),
    name             text    NOT NULL,
    unit             text    NOT NULL,
    source           text    NOT NULL,
    direction        text    NOT NULL CHECK (direction IN ('UP', 'DOWN')),
    baseline_year    integer NOT NULL,
    baseline_value   numeric NOT NULL,
    target_value     numeric,
    target_year      integer,
    comparison_value numeric,
    comparison_label text
);

CREATE TABLE indicator_value (
    id           uuid PRIMARY KEY,
    indicator_id uuid        NOT NULL REFERENCES indicator (id),
    year         integer     NOT NULL,
    value        numeric     NOT NULL,
    updated_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (indicator_id, year)
);

-- A published yearly account: an immutable copy of what was reported, so older accounts stay readable as published.
CREATE TABLE growth_account (
    id           uuid PRIMARY KEY,
    year         integer     NOT NULL UNIQUE,
    title        text        NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL
);

CREATE TABLE growth_account_line (
    id             uuid PRIMARY KEY,
    account_id     uuid    NOT NULL REFERENCES growth_account (id),
    position       integer NOT NULL,
    theme_title    text,
    indicator_code text    NOT NULL,
    indicator_name text    NOT NULL,
    unit           text    NOT NULL,
    direction      text    NOT NULL,
    value          numeric NOT NULL,
    previous_value numeric,
    change         numeric,
    baseline_year  integer NOT NULL,
    baseline_value numeric NOT NULL,
    target_value   numeric,
    target_year    integer,
    light          text    NOT NULL,
    UNIQUE (account_id, indicator_code)
);
