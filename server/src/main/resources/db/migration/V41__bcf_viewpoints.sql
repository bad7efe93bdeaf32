-- BCF viewpoints. Cameras, lines, clipping planes, components and pins are validated by the server
-- and kept as JSON in BIMData's shape (they are read and written whole, never queried inside).
-- Snapshots live here as bytes (size-capped by the server, PNG/JPEG checked by signature) so a
-- topic, its viewpoints and their snapshots are created, imported and deleted in one transaction.
CREATE TABLE bcf_viewpoint
(
    id                 BIGSERIAL PRIMARY KEY,
    topic_id           BIGINT      NOT NULL REFERENCES bcf_topic (id) ON DELETE CASCADE,
    guid               UUID        NOT NULL,
    viewpoint_index    INTEGER,
    originating_system TEXT,
    authoring_tool_id  TEXT,
    orthogonal_camera  JSONB,
    perspective_camera JSONB,
    lines              JSONB,
    clipping_planes    JSONB,
    components         JSONB,
    pins               JSONB       NOT NULL DEFAULT '[]'::jsonb,
    snapshot_type      TEXT CHECK (snapshot_type IN ('png', 'jpg')),
    snapshot           BYTEA,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (topic_id, guid)
);
