-- Documents (DMS): folders and documents of a project. Folder ids come from the sequence collab uses
-- for project root folders, so a root folder row can take the id the project already announces.
CREATE TABLE dms_folder
(
    id                 BIGINT      PRIMARY KEY DEFAULT nextval('project_root_folder_seq'),
    project_id         BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    parent_id          BIGINT      REFERENCES dms_folder (id) ON DELETE CASCADE,
    name               TEXT        NOT NULL,
    default_permission SMALLINT    NOT NULL DEFAULT 100 CHECK (default_permission IN (1, 50, 100)),
    created_by         BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dms_folder_project_idx ON dms_folder (project_id);
CREATE INDEX dms_folder_parent_idx ON dms_folder (parent_id);

-- One row per version. The head version has head_id NULL; older versions point at their head.
-- object_key names the bytes in the file store (never a user-supplied name).
CREATE TABLE dms_document
(
    id          BIGSERIAL   PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    folder_id   BIGINT      NOT NULL REFERENCES dms_folder (id) ON DELETE CASCADE,
    head_id     BIGINT      REFERENCES dms_document (id) ON DELETE CASCADE,
    name        TEXT        NOT NULL,
    file_name   TEXT        NOT NULL,
    description TEXT,
    object_key  TEXT        NOT NULL,
    size        BIGINT      NOT NULL,
    sha256      TEXT        NOT NULL,
    file_type   TEXT        NOT NULL,
    model_type  TEXT,
    created_by  BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dms_document_project_idx ON dms_document (project_id);
CREATE INDEX dms_document_folder_idx ON dms_document (folder_id, name);
CREATE INDEX dms_document_head_idx ON dms_document (head_id);
CREATE INDEX dms_document_object_idx ON dms_document (object_key);
