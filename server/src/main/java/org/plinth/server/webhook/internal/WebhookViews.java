package org.plinth.server.webhook.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** JSON shapes of the webhook routes (snake_case by the application's Jackson settings). */
final class WebhookViews {

    private WebhookViews() {
    }

    /** BIMData {@code WebHookRequest} / {@code PatchedWebHookRequest}: every field optional here, checked by the service. */
    record WebhookRequest(@Nullable String url, @Nullable List<String> events, @Nullable String secret) {
    }

    /** BIMData {@code WebHook}, plus Plinth's {@code enabled} and {@code disabled_reason}. */
    record WebhookView(long id, List<String> events, String url, String secret, boolean enabled,
            @Nullable String disabledReason) {

        static WebhookView of(WebhookRow row) {
            return new WebhookView(row.id(), row.events(), row.url(), row.secret(), row.enabled(), row.disabledReason());
        }
    }

    /** The ping route's answer: the webhook, and what the receiver said to the ping. */
    record PingView(long id, List<String> events, String url, String secret, boolean enabled,
            @Nullable String disabledReason, DeliveryView ping) {
    }

    /** One entry of the delivery log. {@code next_attempt_at} is set only while pending. */
    record DeliveryView(UUID id, String eventName, String status, int attempts, Instant createdAt,
            @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt,
            @Nullable Integer statusCode, @Nullable Integer durationMs, @Nullable String responseExcerpt,
            @Nullable String error, @Nullable UUID redeliveryOf) {

        static DeliveryView of(DeliveryRow row) {
            return new DeliveryView(row.deliveryId(), row.eventName(), row.status(), row.attempts(), row.createdAt(),
                    row.lastAttemptAt(), "pending".equals(row.status()) ? row.nextAttemptAt() : null, row.deliveredAt(),
                    row.statusCode(), row.durationMs(), row.responseExcerpt(), row.error(), row.redeliveryOf());
        }
    }
}
