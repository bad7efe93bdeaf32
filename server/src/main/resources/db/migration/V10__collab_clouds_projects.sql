-- Collaboration: clouds (organisations of work), projects (with sub-projects), memberships.
-- Roles are BIMData's numbers: cloud admin 100 / user 50; project admin 100 / user 50 / guest 25.
CREATE TABLE cloud
(
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT        NOT NULL,
    creator_id   BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    -- bytes stored under the cloud; kept up to date by the documents feature (0 until then)
    stored_bytes BIGINT      NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cloud_member
(
    cloud_id        BIGINT      NOT NULL REFERENCES cloud (id) ON DELETE CASCADE,
    user_id         BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            SMALLINT    NOT NULL CHECK (role IN (50, 100)),
    in_all_projects BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (cloud_id, user_id)
);
CREATE INDEX cloud_member_user_idx ON cloud_member (user_id);

-- The DMS root folder of a project gets its id here so Project.root_folder_id exists before the
-- documents feature does; that feature creates its folder rows with these ids.
CREATE SEQUENCE project_root_folder_seq;

CREATE TABLE project
(
    id             BIGSERIAL PRIMARY KEY,
    cloud_id       BIGINT      NOT NULL REFERENCES cloud (id) ON DELETE CASCADE,
    parent_id      BIGINT      REFERENCES project (id) ON DELETE CASCADE,
    name           TEXT        NOT NULL,
    description    TEXT,
    status         CHAR(1)     NOT NULL DEFAULT 'A' CHECK (status IN ('A', 'D')),
    root_folder_id BIGINT      NOT NULL DEFAULT nextval('project_root_folder_seq'),
    main_model_id  BIGINT,
    stored_bytes   BIGINT      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_cloud_idx ON project (cloud_id);
CREATE INDEX project_parent_idx ON project (parent_id);

-- Explicit project memberships. A cloud admin is admin of every project of the cloud without a row.
CREATE TABLE project_member
(
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       SMALLINT    NOT NULL CHECK (role IN (25, 50, 100)),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (project_id, user_id)
);
CREATE INDEX project_member_user_idx ON project_member (user_id);

-- Activity of a project: who did what, when (getLogs). Later features add their actions.
CREATE TABLE project_log
(
    id          BIGSERIAL PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id     BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    user_email  TEXT        NOT NULL DEFAULT '',
    app_name    TEXT        NOT NULL DEFAULT '',
    action      TEXT        NOT NULL,
    description JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_log_project_idx ON project_log (project_id, id);
