package org.plinth.server.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofDays(3));

    @Test
    void doublesUpToTheCap() {
        assertThat(schedule.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.backoff(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(schedule.backoff(11)).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void jitterKeepsTheDelayBetweenHalfAndAll() {
        Instant created = Instant.parse("2026-11-23T10:00:00Z");
        Instant now = created.plusSeconds(100);
        for (int i = 0; i < 1000; i++) {
            Instant next = schedule.nextAttempt(created, 3, now);
            assertThat(next).isBetween(now.plusSeconds(60), now.plusSeconds(120));
        }
    }

    @Test
    void lastAttemptFallsOnTheWindowEndThenGivesUp() {
        Instant created = Instant.parse("2026-11-23T10:00:00Z");
        Instant end = created.plus(Duration.ofDays(3));
        assertThat(schedule.nextAttempt(created, 30, end.minusSeconds(10))).isEqualTo(end);
        assertThat(schedule.nextAttempt(created, 31, end)).isNull();
        assertThat(schedule.nextAttempt(created, 31, end.plusSeconds(1))).isNull();
    }

    @Test
    void signatureIsHexHmacSha256OfTheBody() {
        // RFC 4231, test case 2
        assertThat(WebhookSender.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
