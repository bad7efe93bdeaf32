-- The HMAC key of signed download links: one row, created by the first node that needs it, so a
-- link made by one node is accepted by every other.
CREATE TABLE storage_signing_key
(
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
