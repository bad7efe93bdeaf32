-- Document tags of a project (BIMData Tag): a name unique in the project, an optional colour.
CREATE TABLE dms_tag
(
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name       TEXT   NOT NULL,
    color      TEXT,
    UNIQUE (project_id, name)
);

-- Tags belong to a document's head row; a new version takes its head's tags over.
CREATE TABLE dms_document_tag
(
    document_id BIGINT NOT NULL REFERENCES dms_document (id) ON DELETE CASCADE,
    tag_id      BIGINT NOT NULL REFERENCES dms_tag (id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, tag_id)
);
CREATE INDEX dms_document_tag_tag_idx ON dms_document_tag (tag_id);
