package org.plinth.server.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code webhook_delivery}: the outbox (written in the caller's transaction), the claim of a
 * webhook's queue by a worker, attempt results, and the delivery log.
 */
@Repository
public class DeliveryRepository {

    private static final String COLUMNS = """
            id, delivery_id, webhook_id, event_name, body, status, attempts, next_attempt_at, created_at,
            last_attempt_at, delivered_at, status_code, duration_ms, response_excerpt, error, redelivery_of""";

    // One row per enabled webhook of the cloud that wants the event: cloud webhooks see every
    // project of the cloud, project webhooks only their project.
    private static final String ENQUEUE = """
            INSERT INTO webhook_delivery (delivery_id, webhook_id, event_name, body)
            SELECT gen_random_uuid(), w.id, :eventName, :body
              FROM webhook w
             WHERE w.cloud_id = :cloudId AND w.enabled AND :eventName = ANY (w.events)
               AND (w.project_id IS NULL OR w.project_id = :projectId)
             ORDER BY w.id
            """;

    private static final String INSERT_ONE = """
            INSERT INTO webhook_delivery (delivery_id, webhook_id, event_name, body, status, redelivery_of)
            VALUES (:deliveryId, :webhookId, :eventName, :body, :status, :redeliveryOf)
            RETURNING""" + " " + COLUMNS;

    // A worker takes the queue of one webhook whose oldest pending delivery is due and that no
    // live worker holds. SKIP LOCKED: concurrent claimers on any node pass over each other's rows
    // instead of waiting; the lease, committed at once, keeps the queue theirs while they send.
    // Least recently served first, so one busy webhook does not starve the others.
    private static final String CLAIM_QUEUE = """
            UPDATE webhook
               SET lease_until = now() + CAST(:lease AS interval)
             WHERE id = (SELECT w.id
                           FROM webhook w
                          WHERE w.enabled
                            AND (w.lease_until IS NULL OR w.lease_until < now())
                            AND (SELECT d.next_attempt_at
                                   FROM webhook_delivery d
                                  WHERE d.webhook_id = w.id AND d.status = 'pending'
                                  ORDER BY d.id
                                  LIMIT 1) <= now()
                          ORDER BY w.lease_until NULLS FIRST, w.id
                          LIMIT 1
                            FOR UPDATE SKIP LOCKED)
            RETURNING id, cloud_id, project_id, url, secret, events, enabled, disabled_reason
            """;

    private static final String RENEW_LEASE = "UPDATE webhook SET lease_until = now() + CAST(:lease AS interval) WHERE id = :id";
    private static final String RELEASE_LEASE = "UPDATE webhook SET lease_until = NULL WHERE id = :id";

    private static final String QUEUE_HEAD = "SELECT " + COLUMNS + """
             FROM webhook_delivery
            WHERE webhook_id = :webhookId AND status = 'pending'
            ORDER BY id
            LIMIT :limit
            """;

    private static final String RECORD_ATTEMPT = """
            UPDATE webhook_delivery
               SET status = :status, attempts = attempts + 1, last_attempt_at = now(),
                   delivered_at = CASE WHEN :status = 'delivered' THEN now() END,
                   next_attempt_at = COALESCE(:nextAttemptAt, next_attempt_at),
                   status_code = :statusCode, duration_ms = :durationMs, response_excerpt = :excerpt, error = :error
             WHERE id = :id
            """;

    // Successful attempts are recorded together: one statement (one commit) per batch instead of
    // one per delivery. A crash before it runs resends those deliveries (at-least-once).
    private static final String RECORD_DELIVERED = """
            UPDATE webhook_delivery d
               SET status = 'delivered', attempts = d.attempts + 1,
                   last_attempt_at = to_timestamp(r.at_ms / 1000.0), delivered_at = to_timestamp(r.at_ms / 1000.0),
                   status_code = r.code, duration_ms = r.ms, response_excerpt = r.excerpt, error = NULL
              FROM unnest(CAST(:ids AS bigint[]), CAST(:codes AS int[]), CAST(:durations AS int[]),
                          CAST(:excerpts AS text[]), CAST(:atMs AS bigint[])) AS r(id, code, ms, excerpt, at_ms)
             WHERE d.id = r.id
            """;

    private static final String LOG = "SELECT " + COLUMNS + """
             FROM webhook_delivery
            WHERE webhook_id = :webhookId
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
             FROM webhook_delivery
            WHERE webhook_id = :webhookId AND delivery_id = :deliveryId
            """;

    private final JdbcClient jdbc;

    public DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the deliveries of one event in the caller's transaction; returns how many webhooks want it. */
    public int enqueue(String eventName, long cloudId, @Nullable Long projectId, String body) {
        return jdbc.sql(ENQUEUE).param("eventName", eventName).param("cloudId", cloudId)
                .param("projectId", projectId, Types.BIGINT).param("body", body).update();
    }

    public DeliveryRow insert(UUID deliveryId, long webhookId, String eventName, String body, String status,
            @Nullable UUID redeliveryOf) {
        return jdbc.sql(INSERT_ONE).param("deliveryId", deliveryId).param("webhookId", webhookId)
                .param("eventName", eventName).param("body", body).param("status", status)
                .param("redeliveryOf", redeliveryOf, Types.OTHER)
                .query(DeliveryRepository::map).single();
    }

    public Optional<WebhookRow> claimQueue(Duration lease) {
        return jdbc.sql(CLAIM_QUEUE).param("lease", interval(lease)).query(WebhookRepository::map).optional();
    }

    public void renewLease(long webhookId, Duration lease) {
        jdbc.sql(RENEW_LEASE).param("id", webhookId).param("lease", interval(lease)).update();
    }

    public void releaseLease(long webhookId) {
        jdbc.sql(RELEASE_LEASE).param("id", webhookId).update();
    }

    public List<DeliveryRow> queueHead(long webhookId, int limit) {
        return jdbc.sql(QUEUE_HEAD).param("webhookId", webhookId).param("limit", limit)
                .query(DeliveryRepository::map).list();
    }

    /**
     * Records an attempt. {@code status}: delivered, pending (retry at {@code nextAttemptAt}) or failed.
     */
    public void recordAttempt(long id, String status, @Nullable Instant nextAttemptAt, WebhookSender.Attempt attempt) {
        jdbc.sql(RECORD_ATTEMPT).param("id", id).param("status", status)
                .param("nextAttemptAt", nextAttemptAt == null ? null : OffsetDateTime.ofInstant(nextAttemptAt, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("statusCode", attempt.statusCode() == 0 ? null : attempt.statusCode(), Types.INTEGER)
                .param("durationMs", (int) Math.min(attempt.durationMs(), Integer.MAX_VALUE))
                .param("excerpt", attempt.responseExcerpt())
                .param("error", attempt.error(), Types.VARCHAR)
                .update();
    }

    /** One successful attempt, waiting to be recorded with {@link #recordDelivered}. */
    public record Delivered(long id, WebhookSender.Attempt attempt, long atMillis) {
    }

    public void recordDelivered(List<Delivered> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        int n = delivered.size();
        Long[] ids = new Long[n];
        Integer[] codes = new Integer[n];
        Integer[] durations = new Integer[n];
        String[] excerpts = new String[n];
        Long[] atMs = new Long[n];
        for (int i = 0; i < n; i++) {
            Delivered d = delivered.get(i);
            ids[i] = d.id();
            codes[i] = d.attempt().statusCode();
            durations[i] = (int) Math.min(d.attempt().durationMs(), Integer.MAX_VALUE);
            excerpts[i] = d.attempt().responseExcerpt();
            atMs[i] = d.atMillis();
        }
        jdbc.sql(RECORD_DELIVERED).param("ids", ids).param("codes", codes).param("durations", durations)
                .param("excerpts", excerpts).param("atMs", atMs).update();
    }

    public List<DeliveryRow> log(long webhookId, int limit) {
        return jdbc.sql(LOG).param("webhookId", webhookId).param("limit", limit).query(DeliveryRepository::map).list();
    }

    public Optional<DeliveryRow> find(long webhookId, UUID deliveryId) {
        return jdbc.sql(FIND).param("webhookId", webhookId).param("deliveryId", deliveryId)
                .query(DeliveryRepository::map).optional();
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }

    static DeliveryRow map(ResultSet rs, int rowNum) throws SQLException {
        int statusCode = rs.getInt("status_code");
        Integer status = rs.wasNull() ? null : statusCode;
        int durationMs = rs.getInt("duration_ms");
        Integer duration = rs.wasNull() ? null : durationMs;
        String redelivery = rs.getString("redelivery_of");
        return new DeliveryRow(rs.getLong("id"), UUID.fromString(rs.getString("delivery_id")), rs.getLong("webhook_id"),
                rs.getString("event_name"), rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "created_at"), nullableInstant(rs, "last_attempt_at"),
                nullableInstant(rs, "delivered_at"), status, duration, rs.getString("response_excerpt"),
                rs.getString("error"), redelivery == null ? null : UUID.fromString(redelivery));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
