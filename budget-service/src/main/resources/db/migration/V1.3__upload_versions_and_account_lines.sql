-- Uploads are versions: per target (a follow-up, or a year's accounts) the active uploads are the ones whose figures
-- count. A new upload sharing a policy area with an active one replaces it; re-activating an earlier upload is the
-- undo. Every upload stays in the history. Uploads completed before this migration all counted, so they are active.
ALTER TABLE account_upload ADD COLUMN active boolean NOT NULL DEFAULT false;
UPDATE account_upload SET active = true WHERE status = 'COMPLETED';
ALTER TABLE account_upload ADD CONSTRAINT account_upload_active_completed CHECK (NOT active OR status = 'COMPLETED');
CREATE INDEX account_upload_target ON account_upload (target_kind, target_id, created_at);

-- Every account line of a completed upload (uploads from before this migration have none): the chart of accounts'
-- funktion (d.dd.dd), dranst (1-7), art (optional), the amount in kroner, the optional cost centre, and the policy
-- area the function mapped to when the file was read. Written by COPY through a staging table; no foreign key on
-- the policy area, which the upload's totals already reference.
CREATE TABLE account_line (
    upload_id        uuid     NOT NULL REFERENCES account_upload (id),
    line_number      integer  NOT NULL,
    function_code    text     NOT NULL,
    budget_type      smallint NOT NULL,
    type_code        text,
    amount_kroner    numeric  NOT NULL,
    cost_centre      text,
    policy_area_code text     NOT NULL,
    PRIMARY KEY (upload_id, line_number)
);
