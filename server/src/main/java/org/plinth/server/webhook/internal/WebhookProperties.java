package org.plinth.server.webhook.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings, {@code plinth.webhooks.*} or {@code PLINTH_WEBHOOKS_*}.
 *
 * @param allowPrivateTargets deliver to loopback, private, link-local and unique-local addresses
 *     too (on-premise receivers, tests); cloud metadata addresses stay blocked
 * @param timeout connect and response timeout of one attempt
 * @param retryInitialDelay delay before the first retry; doubles per attempt, with jitter
 * @param retryMaxDelay the longest delay between two attempts
 * @param retryWindow how long a delivery is retried before the webhook is disabled
 * @param workers delivery threads per node (each serves one webhook queue at a time); 0 makes an
 *     API-only node that writes deliveries and leaves sending to the other nodes
 * @param pollInterval how often idle workers look for work written by other nodes
 * @param lease how long a worker holds a webhook queue without renewing; a crashed node's queue is
 *     taken over after this
 * @param batchSize deliveries of one queue sent per claim
 */
@ConfigurationProperties("plinth.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("30s") Duration retryInitialDelay,
        @DefaultValue("6h") Duration retryMaxDelay,
        @DefaultValue("3d") Duration retryWindow,
        @DefaultValue("4") int workers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("200") int batchSize) {
}
