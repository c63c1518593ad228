-- The authorised chart of accounts (autoriseret kontoplan) per fiscal year, loaded from CSV: the valid functions
-- (funktion d.dd.dd) and the valid combinations of dranst (1-7) and art. When a year has a chart, uploaded account
-- lines of that year are checked against it. No foreign key to fiscal_year: a chart may be loaded before its year
-- is opened.
CREATE TABLE chart_function (
    fiscal_year   integer NOT NULL CHECK (fiscal_year BETWEEN 1970 AND 2200),
    function_code text    NOT NULL,
    name          text    NOT NULL,
    PRIMARY KEY (fiscal_year, function_code)
);

CREATE TABLE chart_type (
    fiscal_year integer  NOT NULL CHECK (fiscal_year BETWEEN 1970 AND 2200),
    budget_type integer  NOT NULL CHECK (budget_type BETWEEN 1 AND 7),
    type_code   text     NOT NULL,
    name        text     NOT NULL,
    PRIMARY KEY (fiscal_year, budget_type, type_code)
);
