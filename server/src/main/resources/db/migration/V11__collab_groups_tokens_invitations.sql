-- Collaboration, part 2: groups, project classifications, project access tokens, invitations, mail outbox.
CREATE TABLE project_group
(
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name       TEXT        NOT NULL,
    short_name TEXT,
    color      TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_group_project_idx ON project_group (project_id);

-- Members are project memberships: leaving the project leaves its groups.
CREATE TABLE project_group_member
(
    group_id          BIGINT NOT NULL REFERENCES project_group (id) ON DELETE CASCADE,
    project_member_id BIGINT NOT NULL REFERENCES project_member (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, project_member_id)
);

CREATE TABLE project_classification
(
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name       TEXT,
    notation   TEXT,
    title      TEXT
);
CREATE INDEX project_classification_project_idx ON project_classification (project_id);

-- BIMData lists a project's access tokens to its admins and addresses them by value, so the value
-- is the key. Tokens are 40 random hex characters; expired ones are refused, deleted ones are gone.
CREATE TABLE project_access_token
(
    token               TEXT PRIMARY KEY,
    project_id          BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    scopes              TEXT[]      NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    email_impersonation TEXT,
    created_by          BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_access_token_project_idx ON project_access_token (project_id);

-- Invitations to a cloud (project_id NULL) or to a project. The link in the e-mail carries a random
-- secret of which only the SHA-256 is stored. One pending invitation per address and target.
CREATE TABLE invitation
(
    id              BIGSERIAL PRIMARY KEY,
    cloud_id        BIGINT      NOT NULL REFERENCES cloud (id) ON DELETE CASCADE,
    project_id      BIGINT      REFERENCES project (id) ON DELETE CASCADE,
    email           TEXT        NOT NULL,
    redirect_uri    TEXT        NOT NULL,
    role            SMALLINT    NOT NULL,
    project_role    SMALLINT,
    in_all_projects BOOLEAN     NOT NULL DEFAULT FALSE,
    status          CHAR(1)     NOT NULL DEFAULT 'P' CHECK (status IN ('P', 'A', 'D')),
    sender_id       BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    client_name     TEXT        NOT NULL DEFAULT 'Plinth',
    secret_hash     TEXT        NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    responded_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX invitation_pending_key ON invitation (cloud_id, coalesce(project_id, 0), lower(email))
    WHERE status = 'P';
CREATE INDEX invitation_email_idx ON invitation (lower(email));

-- Every mail the server sends, kept so an operator without SMTP can still read them (/admin/mail).
CREATE TABLE mail_outbox
(
    id         BIGSERIAL PRIMARY KEY,
    recipient  TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    sent       BOOLEAN     NOT NULL DEFAULT FALSE,
    error      TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
