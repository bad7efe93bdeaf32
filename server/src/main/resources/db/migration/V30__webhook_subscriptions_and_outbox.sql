-- Webhooks: subscriptions (cloud-wide when project_id is null) and the delivery outbox.
-- cloud_id/project_id carry no foreign key: the webhook feature removes its rows when it hears
-- CloudDeleted/ProjectDeleted, so this migration does not depend on the collaboration tables.
CREATE TABLE webhook
(
    id              BIGSERIAL PRIMARY KEY,
    cloud_id        BIGINT      NOT NULL,
    project_id      BIGINT,
    url             TEXT        NOT NULL,
    secret          TEXT        NOT NULL,
    events          TEXT[]      NOT NULL,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    disabled_reason TEXT,
    -- a worker delivering this webhook's queue holds it until then; an expired lease (crashed
    -- node) lets any other node take the queue over
    lease_until     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX webhook_cloud_idx ON webhook (cloud_id, project_id);

-- One row per (event, webhook): written in the transaction of the change that caused the event,
-- so a crash never loses one and a rollback never sends one. Kept after delivery as the log.
CREATE TABLE webhook_delivery
(
    id               BIGSERIAL PRIMARY KEY,
    delivery_id      UUID        NOT NULL UNIQUE,
    webhook_id       BIGINT      NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_name       TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_attempt_at  TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    status_code      INT,
    duration_ms      INT,
    response_excerpt TEXT,
    error            TEXT,
    redelivery_of    UUID
);
-- the queue of a webhook, oldest first (deliveries go out in this order)
CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (webhook_id, id) WHERE status = 'pending';
-- the delivery log of a webhook, newest first
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, id DESC);
