package org.plinth.server.webhook.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.webhook.WebhookEventNames;
import org.plinth.server.webhook.WebhookOutbox;
import org.plinth.server.webhook.internal.WebhookViews.DeliveryView;
import org.plinth.server.webhook.internal.WebhookViews.PingView;
import org.plinth.server.webhook.internal.WebhookViews.WebhookRequest;
import org.plinth.server.webhook.internal.WebhookViews.WebhookView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The webhook routes' logic for both kinds: cloud webhooks (cloud admins, every project's events)
 * and project webhooks (project admins, that project's events). Scope {@code webhook:manage} and an
 * admin role are both required; a cloud or project the caller cannot see is 404.
 */
@Service
class WebhookSubscriptions {

    private static final int LOG_LIMIT_MAX = 500;

    /** Where a webhook lives: a cloud, or a project of it. */
    record Owner(long cloudId, @Nullable Long projectId) {
    }

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookTargetGuard guard;
    private final WebhookSender sender;
    private final WebhookOutbox outbox;
    private final DeliveryWorkers workers;
    private final ProjectAccess access;
    private final AccessPolicy policy;

    WebhookSubscriptions(WebhookRepository webhooks, DeliveryRepository deliveries, WebhookTargetGuard guard,
            WebhookSender sender, WebhookOutbox outbox, DeliveryWorkers workers, ProjectAccess access, AccessPolicy policy) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.guard = guard;
        this.sender = sender;
        this.outbox = outbox;
        this.workers = workers;
        this.access = access;
        this.policy = policy;
    }

    /** 404 unless the caller sees the cloud/project, 403 unless the token has webhook:manage and the role is admin. */
    void requireManager(Caller caller, Owner owner) {
        if (owner.projectId() == null) {
            int role = access.cloudRole(caller, owner.cloudId());
            policy.require(caller, Scopes.WEBHOOK_MANAGE, AccessPolicy.ROLE_ADMIN, role, false);
        } else {
            access.require(caller, owner.cloudId(), owner.projectId(), Scopes.WEBHOOK_MANAGE, AccessPolicy.ROLE_ADMIN);
        }
    }

    @Transactional(readOnly = true)
    List<WebhookView> list(Caller caller, Owner owner) {
        requireManager(caller, owner);
        List<WebhookView> views = new ArrayList<>();
        for (WebhookRow row : webhooks.list(owner.cloudId(), owner.projectId())) {
            views.add(WebhookView.of(row));
        }
        return views;
    }

    @Transactional(readOnly = true)
    WebhookView get(Caller caller, Owner owner, long id) {
        requireManager(caller, owner);
        return WebhookView.of(find(owner, id));
    }

    @Transactional
    WebhookView create(Caller caller, Owner owner, WebhookRequest request) {
        requireManager(caller, owner);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String url = checkUrl(request.url(), true, errors);
        List<String> events = checkEvents(request.events(), true, errors);
        String secret = checkSecret(request.secret(), true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return WebhookView.of(webhooks.insert(owner.cloudId(), owner.projectId(), url, secret, events));
    }

    @Transactional
    WebhookView update(Caller caller, Owner owner, long id, WebhookRequest request) {
        requireManager(caller, owner);
        WebhookRow current = find(owner, id);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String url = checkUrl(request.url(), false, errors);
        List<String> events = checkEvents(request.events(), false, errors);
        String secret = checkSecret(request.secret(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        WebhookRow updated = webhooks.update(id, url == null ? current.url() : url,
                secret == null ? current.secret() : secret, events == null ? current.events() : events);
        if (!current.enabled()) {
            wakeAfterCommit();
        }
        return WebhookView.of(updated);
    }

    @Transactional
    void delete(Caller caller, Owner owner, long id) {
        requireManager(caller, owner);
        if (!webhooks.delete(id, owner.cloudId(), owner.projectId())) {
            throw notFound(id);
        }
    }

    /** Sends a signed {@code ping} now, records it in the log, and returns what the receiver answered. */
    PingView ping(Caller caller, Owner owner, long id) {
        requireManager(caller, owner);
        WebhookRow webhook = find(owner, id);
        String body = outbox.body(WebhookEventNames.PING, owner.cloudId(), Map.of("ok", true));
        UUID deliveryId = UUID.randomUUID();
        WebhookSender.Attempt attempt = sender.send(webhook.url(), webhook.secret(), WebhookEventNames.PING, body,
                deliveryId, 1);
        // Written with its final status, so no worker takes it for a queued delivery.
        String status = attempt.delivered() ? "delivered" : "failed";
        DeliveryRow row = deliveries.insert(deliveryId, webhook.id(), WebhookEventNames.PING, body, status, null);
        deliveries.recordAttempt(row.id(), status, null, attempt);
        DeliveryRow recorded = deliveries.find(webhook.id(), deliveryId).orElse(row);
        return new PingView(webhook.id(), webhook.events(), webhook.url(), webhook.secret(), webhook.enabled(),
                webhook.disabledReason(), DeliveryView.of(recorded));
    }

    @Transactional(readOnly = true)
    List<DeliveryView> deliveries(Caller caller, Owner owner, long id, int limit) {
        requireManager(caller, owner);
        WebhookRow webhook = find(owner, id);
        List<DeliveryView> views = new ArrayList<>();
        for (DeliveryRow row : deliveries.log(webhook.id(), Math.max(1, Math.min(limit, LOG_LIMIT_MAX)))) {
            views.add(DeliveryView.of(row));
        }
        return views;
    }

    /** Queues a copy of a past delivery under a new delivery id (receivers that de-duplicate see it as new). */
    @Transactional
    DeliveryView redeliver(Caller caller, Owner owner, long id, String deliveryId) {
        requireManager(caller, owner);
        WebhookRow webhook = find(owner, id);
        UUID original;
        try {
            original = UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No delivery " + deliveryId + " for webhook " + id + ".");
        }
        DeliveryRow past = deliveries.find(webhook.id(), original)
                .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + " for webhook " + id + "."));
        DeliveryRow copy = deliveries.insert(UUID.randomUUID(), webhook.id(), past.eventName(), past.body(), "pending",
                past.deliveryId());
        wakeAfterCommit();
        return DeliveryView.of(copy);
    }

    private WebhookRow find(Owner owner, long id) {
        return webhooks.find(id, owner.cloudId(), owner.projectId()).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No webhook with id " + id + ".");
    }

    private void wakeAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
    }

    private @Nullable String checkUrl(@Nullable String url, boolean required, Map<String, List<String>> errors) {
        if (url == null) {
            if (required) {
                errors.put("url", List.of("This field is required."));
            }
            return null;
        }
        if (url.isBlank()) {
            errors.put("url", List.of("This field may not be blank."));
            return null;
        }
        if (url.length() > 2000) {
            errors.put("url", List.of("Ensure this field has no more than 2000 characters."));
            return null;
        }
        String problem = guard.problemWith(url);
        if (problem != null) {
            errors.put("url", List.of(problem));
            return null;
        }
        return url.trim();
    }

    private static @Nullable List<String> checkEvents(@Nullable List<String> events, boolean required,
            Map<String, List<String>> errors) {
        if (events == null) {
            if (required) {
                errors.put("events", List.of("This field is required."));
            }
            return null;
        }
        if (events.isEmpty()) {
            errors.put("events", List.of("Choose at least one event."));
            return null;
        }
        List<String> unknown = new ArrayList<>();
        List<String> distinct = new ArrayList<>();
        for (String event : events) {
            if (event == null || !WebhookEventNames.isKnown(event)) {
                unknown.add("\"" + event + "\" is not a valid choice.");
            } else if (!distinct.contains(event)) {
                distinct.add(event);
            }
        }
        if (!unknown.isEmpty()) {
            errors.put("events", unknown);
            return null;
        }
        return distinct;
    }

    private static @Nullable String checkSecret(@Nullable String secret, boolean required, Map<String, List<String>> errors) {
        if (secret == null) {
            if (required) {
                errors.put("secret", List.of("This field is required."));
            }
            return null;
        }
        if (secret.isEmpty()) {
            errors.put("secret", List.of("This field may not be blank."));
            return null;
        }
        if (secret.length() > 1000) {
            errors.put("secret", List.of("Ensure this field has no more than 1000 characters."));
            return null;
        }
        return secret;
    }
}
