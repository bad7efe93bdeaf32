package org.plinth.server.webhook;

import org.jspecify.annotations.Nullable;

/**
 * A webhook was switched off because a delivery kept failing for the whole retry window. Published
 * after the webhook row is updated, in that transaction; a mail feature can listen to it and tell
 * the cloud administrators (until one exists the webhook feature logs a warning).
 */
public record WebhookDisabled(long webhookId, long cloudId, @Nullable Long projectId, String url, String reason) {
}
