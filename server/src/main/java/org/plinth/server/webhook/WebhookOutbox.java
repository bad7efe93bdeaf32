package org.plinth.server.webhook;

import org.jspecify.annotations.Nullable;
import org.plinth.server.webhook.internal.DeliveryRepository;
import org.plinth.server.webhook.internal.DeliveryWorkers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox: records an event for every webhook that wants it, in the caller's transaction, so the
 * deliveries exist exactly when the change that caused them is committed. The body is built once,
 * here, and stored as sent ({@code {"event_name", "cloud_id", "data"}}, {@code data} serialized
 * with the application's JSON settings, i.e. as the API returns the object), so every attempt sends
 * the same bytes. After commit the local delivery workers are woken.
 *
 * <p>Features do not call this directly (webhook depends on them, not the reverse); the webhook
 * feature's listeners call it when it hears their events.
 */
@Service
public class WebhookOutbox {

    private final DeliveryRepository deliveries;
    private final DeliveryWorkers workers;
    private final JsonMapper json;

    public WebhookOutbox(DeliveryRepository deliveries, DeliveryWorkers workers, JsonMapper json) {
        this.deliveries = deliveries;
        this.workers = workers;
        this.json = json;
    }

    /**
     * Enqueues {@code eventName} with {@code data} for the enabled webhooks of the cloud (and of the
     * project, when given) subscribed to it. Must run inside the transaction of the change.
     *
     * @return how many deliveries were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(String eventName, long cloudId, @Nullable Long projectId, Object data) {
        int written = deliveries.enqueue(eventName, cloudId, projectId, body(eventName, cloudId, data));
        if (written > 0) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        }
        return written;
    }

    /** The JSON body BIMData sends: {@code {"event_name": ..., "cloud_id": ..., "data": {...}}}. */
    public String body(String eventName, long cloudId, Object data) {
        ObjectNode body = json.createObjectNode();
        body.put("event_name", eventName);
        body.put("cloud_id", cloudId);
        body.set("data", json.valueToTree(data));
        return json.writeValueAsString(body);
    }
}
