-- Every version of an imported agenda or minutes document, under the meeting it became (issue 19): the same document
-- again (same SHA-256 of its bytes) changes nothing; a changed version of the same meeting (committee and start)
-- updates that meeting and is kept here as its next version, with the numbers of the items it changed.
CREATE TABLE document_import (
    id             uuid PRIMARY KEY,
    meeting_id     uuid NOT NULL REFERENCES meeting (id),
    version        integer NOT NULL,
    document_kind  varchar(16) NOT NULL,
    media_type     varchar(100) NOT NULL,
    content_sha256 varchar(64) NOT NULL,
    items          integer NOT NULL,
    changed_items  text NOT NULL,
    imported_at    timestamptz NOT NULL,
    imported_by    varchar(200) NOT NULL,
    UNIQUE (meeting_id, version)
);
CREATE INDEX document_import_content ON document_import (content_sha256);
