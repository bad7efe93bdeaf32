-- Users (shaped for BIMData's User/SelfUser) and their personal access tokens.
CREATE TABLE users
(
    id              BIGSERIAL PRIMARY KEY,
    sub             UUID        NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    email           TEXT        NOT NULL,
    firstname       TEXT        NOT NULL DEFAULT '',
    lastname        TEXT        NOT NULL DEFAULT '',
    password_hash   TEXT,
    platform_admin  BOOLEAN     NOT NULL DEFAULT FALSE,
    provider        TEXT        NOT NULL DEFAULT 'plinth',
    provider_sub    TEXT,
    profile_picture TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- E-mail addresses are unique regardless of case (sign-in is case-insensitive).
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

-- Only the SHA-256 of a token is stored; the secret is shown once, at creation.
CREATE TABLE personal_access_token
(
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    token_prefix TEXT        NOT NULL,
    scopes       TEXT[]      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX personal_access_token_user_idx ON personal_access_token (user_id);
