-- Account lines arrive by the hundred thousand in one COPY. A primary key and a foreign key would be checked line by
-- line and cost more than the COPY itself; the lines are written only in their upload's transaction, so neither
-- guards anything. A BRIN index finds an upload's lines: they are written together, so they fill whole pages.
ALTER TABLE account_line DROP CONSTRAINT account_line_pkey;
ALTER TABLE account_line DROP CONSTRAINT account_line_upload_id_fkey;
CREATE INDEX account_line_upload ON account_line USING brin (upload_id) WITH (autosummarize = on);
