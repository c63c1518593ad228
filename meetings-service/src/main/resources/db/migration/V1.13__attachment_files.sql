-- Files of attachments (bilag), stored in PostgreSQL as rows of at most 1 MiB of bytea each (docs/meetings-service.md,
-- "Attachment files"). A file belongs to one attachment (item_attachment.file_id); replacing or removing the
-- attachment's file, the attachment or its item releases the file in the same transaction.
CREATE TABLE attachment_file (
    id          uuid PRIMARY KEY,
    media_type  text        NOT NULL,
    size_bytes  bigint      NOT NULL,
    sha256      text        NOT NULL,
    sha512      text        NOT NULL,
    chunks      integer     NOT NULL,
    -- the text read from a PDF or Word file for search ('' for images and unreadable files)
    text        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE attachment_file_chunk (
    file_id uuid    NOT NULL REFERENCES attachment_file (id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    data    bytea   NOT NULL,
    PRIMARY KEY (file_id, seq)
);
-- PDFs, Word documents and images are compressed already: store the chunks out of line without trying to compress.
ALTER TABLE attachment_file_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- The attachment's file: file_name, media_type and size_bytes (V1.2) describe it once one is stored; text_status is
-- what search got of its text (TEXT, NONE for images, UNREADABLE, TIMED_OUT).
ALTER TABLE item_attachment
    ADD COLUMN file_id     uuid REFERENCES attachment_file (id),
    ADD COLUMN sha256      text,
    ADD COLUMN sha512      text,
    ADD COLUMN text_status text;
CREATE INDEX item_attachment_file ON item_attachment (file_id) WHERE file_id IS NOT NULL;

-- The text of the item's files, searched with its sections (it is part of search_text).
ALTER TABLE agenda_item ADD COLUMN attachment_text text NOT NULL DEFAULT '';

-- A file no attachment names any more goes. Deferred to the end of the transaction: Hibernate may write an item's
-- attachments as delete and insert of the same rows, and a file named again by then stays.
CREATE FUNCTION attachment_file_release() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.file_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM item_attachment WHERE file_id = OLD.file_id) THEN
        DELETE FROM attachment_file WHERE id = OLD.file_id;
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER item_attachment_file_release AFTER UPDATE OR DELETE ON item_attachment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION attachment_file_release();
