package org.plinth.server.webhook.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One row of {@code webhook}; {@code projectId} null means a cloud webhook. */
public record WebhookRow(long id, long cloudId, @Nullable Long projectId, String url, String secret,
        List<String> events, boolean enabled, @Nullable String disabledReason) {
}
