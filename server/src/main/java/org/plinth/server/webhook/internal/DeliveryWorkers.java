package org.plinth.server.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plinth.server.webhook.WebhookDisabled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery threads of this node. Each repeatedly claims the queue of one webhook (see
 * {@link DeliveryRepository#claimQueue}), sends its pending deliveries oldest first, and stops at
 * the first failure, which is rescheduled with backoff: later events of that webhook wait behind it,
 * so a receiver sees them in order. Idle threads sleep until {@link #wake()} (a local commit wrote
 * deliveries) or the poll interval (another node did). Any node may deliver any queue; a crashed
 * node's lease expires and its queue is taken over, which can repeat the delivery that was in flight
 * (at-least-once: receivers de-duplicate by {@code x-plinth-delivery}).
 */
@Component
public class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    /** Successful attempts recorded per statement (one commit instead of one per delivery). */
    private static final int RECORD_EVERY = 50;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final WebhookProperties properties;
    private final RetrySchedule retries;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private boolean signalled;
    private volatile boolean running;

    public DeliveryWorkers(DeliveryRepository deliveries, WebhookRepository webhooks, WebhookSender sender,
            TransactionTemplate transactions, ApplicationEventPublisher events, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.sender = sender;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.retries = RetrySchedule.of(properties);
    }

    /** New deliveries were committed on this node: send them now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        // 0 workers: an API-only node; the deliveries it writes are sent by the other nodes.
        for (int i = 0; i < properties.workers(); i++) {
            Thread thread = new Thread(this::run, "webhook-delivery-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the web server and the database pool go away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 10;
    }

    private void run() {
        long pollMillis = Math.max(10, properties.pollInterval().toMillis());
        while (running) {
            boolean worked = false;
            try {
                worked = deliverOneQueue();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Webhook delivery round failed; retrying after the poll interval", e);
                }
            }
            if (!worked && running) {
                synchronized (signal) {
                    if (!signalled) {
                        try {
                            signal.wait(pollMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    signalled = false;
                }
            }
        }
    }

    /** Claims one due queue and sends from it; false when there was nothing to do. */
    boolean deliverOneQueue() {
        Duration lease = properties.lease();
        Optional<WebhookRow> claimed = deliveries.claimQueue(lease);
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookRow webhook = claimed.get();
        long leaseRenewAfter = System.nanoTime() + lease.toNanos() / 2;
        List<DeliveryRepository.Delivered> delivered = new ArrayList<>();
        try {
            for (DeliveryRow delivery : deliveries.queueHead(webhook.id(), Math.max(1, properties.batchSize()))) {
                if (!running || delivery.nextAttemptAt().isAfter(Instant.now())) {
                    break;
                }
                if (System.nanoTime() > leaseRenewAfter) {
                    deliveries.recordDelivered(delivered);
                    delivered.clear();
                    deliveries.renewLease(webhook.id(), lease);
                    leaseRenewAfter = System.nanoTime() + lease.toNanos() / 2;
                }
                if (!attempt(webhook, delivery, delivered)) {
                    break;
                }
                if (delivered.size() >= RECORD_EVERY) {
                    deliveries.recordDelivered(delivered);
                    delivered.clear();
                }
            }
        } finally {
            try {
                deliveries.recordDelivered(delivered);
            } finally {
                deliveries.releaseLease(webhook.id());
            }
        }
        return true;
    }

    /** Sends one delivery and records the outcome; false when it failed (the queue waits behind it). */
    private boolean attempt(WebhookRow webhook, DeliveryRow delivery, List<DeliveryRepository.Delivered> delivered) {
        int attemptNumber = delivery.attempts() + 1;
        WebhookSender.Attempt attempt = sender.send(webhook.url(), webhook.secret(), delivery.eventName(),
                delivery.body(), delivery.deliveryId(), attemptNumber);
        if (attempt.delivered()) {
            delivered.add(new DeliveryRepository.Delivered(delivery.id(), attempt, System.currentTimeMillis()));
            return true;
        }
        Instant now = Instant.now();
        Instant next = retries.nextAttempt(delivery.createdAt(), attemptNumber, now);
        if (next != null) {
            deliveries.recordAttempt(delivery.id(), "pending", next, attempt);
            log.debug("Webhook {} delivery {} attempt {} failed ({}); next at {}", webhook.id(),
                    delivery.deliveryId(), attemptNumber, attempt.error(), next);
            return false;
        }
        giveUp(webhook, delivery, attemptNumber, attempt);
        return false;
    }

    private void giveUp(WebhookRow webhook, DeliveryRow delivery, int attemptNumber, WebhookSender.Attempt attempt) {
        String reason = "Delivery " + delivery.deliveryId() + " (" + delivery.eventName() + ") failed " + attemptNumber
                + " times over " + properties.retryWindow() + "; last error: " + attempt.error();
        transactions.executeWithoutResult(status -> {
            deliveries.recordAttempt(delivery.id(), "failed", null, attempt);
            webhooks.disable(webhook.id(), reason).ifPresent(disabled -> {
                // No mail facility exists yet: the event is the hook for one; the log says it meanwhile.
                log.warn("Webhook {} of cloud {} ({}) disabled: {}. Cloud administrators should be told.",
                        disabled.id(), disabled.cloudId(), disabled.url(), reason);
                events.publishEvent(new WebhookDisabled(disabled.id(), disabled.cloudId(), disabled.projectId(),
                        disabled.url(), reason));
            });
        });
    }
}
