package org.plinth.server.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * When to try a failed delivery again: exponential backoff (initial x 2^(attempt-1), capped) with
 * "equal jitter" (half fixed, half random) so that many deliveries failing together do not retry
 * together; the last retry is placed at the end of the window rather than past it.
 */
record RetrySchedule(Duration initialDelay, Duration maxDelay, Duration window) {

    static RetrySchedule of(WebhookProperties properties) {
        return new RetrySchedule(properties.retryInitialDelay(), properties.retryMaxDelay(), properties.retryWindow());
    }

    /** The un-jittered delay after {@code failedAttempts} failures (1 = the first failure). */
    Duration backoff(int failedAttempts) {
        long initial = Math.max(1, initialDelay.toMillis());
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
        long delay = initial > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : initial << doublings;
        return Duration.ofMillis(Math.min(delay, maxDelay.toMillis()));
    }

    /**
     * The next attempt after {@code failedAttempts} failures of a delivery created at
     * {@code createdAt}, or null when the retry window is over and the delivery has failed for good.
     */
    @Nullable Instant nextAttempt(Instant createdAt, int failedAttempts, Instant now) {
        Instant end = createdAt.plus(window);
        if (!now.isBefore(end)) {
            return null;
        }
        long delay = backoff(failedAttempts).toMillis();
        long half = delay / 2;
        long jittered = half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0);
        Instant next = now.plusMillis(Math.max(jittered, 1));
        return next.isAfter(end) ? end : next;
    }
}
