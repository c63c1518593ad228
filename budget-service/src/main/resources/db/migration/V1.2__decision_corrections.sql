-- The agenda items whose decisions act on budget objects, copied from meetings-service's DecisionRecorded and
-- ItemVisibilityChanged events. The decision is applied only from a newer decision_version, the visibility only
-- from a newer visibility_version (both events carry the visibility), so duplicates and late events change nothing.
CREATE TABLE decided_item (
    item_id            uuid PRIMARY KEY,
    meeting_id         uuid        NOT NULL,
    committee_code     text        NOT NULL,
    meeting_date       date        NOT NULL,
    item_number        integer     NOT NULL,
    case_number        text,
    title              text        NOT NULL,
    decision_text      text        NOT NULL,
    outcome            text        NOT NULL,
    decided_on         date        NOT NULL,
    decision_version   bigint      NOT NULL,
    closed             boolean     NOT NULL,
    decision_public    boolean     NOT NULL,
    visibility_version bigint      NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- A corrected decision books a reversing entry and a new approval books again, so a request may have several
-- entries; their sum is what stands. Each cites the item (and the version of its decision) it rests on. Entries
-- booked from decisions before this migration name no item: they are shown to the public without citation.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_appropriation_line_id_key;
ALTER TABLE ledger_entry ADD COLUMN item_id uuid REFERENCES decided_item (item_id);
ALTER TABLE ledger_entry ADD COLUMN item_version bigint;
ALTER TABLE ledger_entry ADD COLUMN reverses uuid REFERENCES ledger_entry (id);
CREATE INDEX ledger_entry_appropriation ON ledger_entry (appropriation_line_id) WHERE appropriation_line_id IS NOT NULL;
CREATE INDEX ledger_entry_item ON ledger_entry (item_id) WHERE item_id IS NOT NULL;

-- The item whose decision approved the follow-up or decided the request, so views follow its visibility.
ALTER TABLE follow_up ADD COLUMN decision_item_id uuid REFERENCES decided_item (item_id);
ALTER TABLE follow_up_line ADD COLUMN decision_item_id uuid REFERENCES decided_item (item_id);
ALTER TABLE follow_up_transition ADD COLUMN item_id uuid REFERENCES decided_item (item_id);

-- The sequence of BudgetChanged events per committee and year; its row lock also makes concurrent changes of one
-- committee's budget publish their totals one after the other.
CREATE TABLE committee_budget_sequence (
    committee_code text    NOT NULL,
    fiscal_year    integer NOT NULL,
    sequence       bigint  NOT NULL,
    PRIMARY KEY (committee_code, fiscal_year)
);
