package org.plinth.server.webhook.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code webhook_delivery}: an event for one webhook, its state and its last attempt. */
public record DeliveryRow(long id, UUID deliveryId, long webhookId, String eventName, String body, String status,
        int attempts, Instant nextAttemptAt, Instant createdAt, @Nullable Instant lastAttemptAt,
        @Nullable Instant deliveredAt, @Nullable Integer statusCode, @Nullable Integer durationMs,
        @Nullable String responseExcerpt, @Nullable String error, @Nullable UUID redeliveryOf) {
}
