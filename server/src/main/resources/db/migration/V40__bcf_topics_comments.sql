-- BCF-API 2.1 (BIMData flavour): a BCF project is a Plinth project; topics and comments hang off it.

-- Project vocabularies (BIMData extensions): kind is one of type, status, priority, label, stage.
-- Topics store the value text, so a rename updates the topics in the same transaction.
CREATE TABLE bcf_extension
(
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL CHECK (kind IN ('type', 'status', 'priority', 'label', 'stage')),
    value      TEXT   NOT NULL,
    color      TEXT,
    UNIQUE (project_id, kind, value)
);

CREATE TABLE bcf_topic
(
    id                    BIGSERIAL PRIMARY KEY,
    project_id            BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    guid                  UUID        NOT NULL,
    topic_index           INTEGER,
    title                 TEXT        NOT NULL,
    topic_type            TEXT,
    topic_status          TEXT,
    priority              TEXT,
    stage                 TEXT,
    labels                TEXT[]      NOT NULL DEFAULT '{}',
    reference_links       TEXT[],
    description           TEXT,
    due_date              TIMESTAMPTZ,
    assigned_to           TEXT,
    creation_date         TIMESTAMPTZ NOT NULL DEFAULT now(),
    creation_author       TEXT,
    modified_date         TIMESTAMPTZ,
    modified_author       TEXT,
    format                TEXT        NOT NULL DEFAULT 'standard',
    bimdata_viewer_layout JSONB,
    UNIQUE (project_id, guid)
);
CREATE INDEX bcf_topic_project_idx ON bcf_topic (project_id, topic_index);

CREATE TABLE bcf_comment
(
    id                    BIGSERIAL PRIMARY KEY,
    topic_id              BIGINT      NOT NULL REFERENCES bcf_topic (id) ON DELETE CASCADE,
    guid                  UUID        NOT NULL,
    date                  TIMESTAMPTZ NOT NULL DEFAULT now(),
    author                TEXT,
    comment               TEXT        NOT NULL DEFAULT '',
    viewpoint_guid        UUID,
    reply_to_comment_guid UUID,
    modified_date         TIMESTAMPTZ NOT NULL DEFAULT now(),
    modified_author       TEXT,
    UNIQUE (topic_id, guid)
);
