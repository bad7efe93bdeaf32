package org.plinth.server.webhook.internal;

import org.jspecify.annotations.Nullable;
import org.plinth.server.collab.CloudDeleted;
import org.plinth.server.collab.ProjectCreated;
import org.plinth.server.collab.ProjectDeleted;
import org.plinth.server.webhook.WebhookEventNames;
import org.plinth.server.webhook.WebhookOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collaboration feature's events, heard synchronously inside its transaction (plain
 * {@code @EventListener}, not an after-commit one): the outbox row commits or rolls back with the
 * project, and webhooks of a deleted cloud or project go with it.
 */
@Component
class CollabEventListeners {

    private static final Logger log = LoggerFactory.getLogger(CollabEventListeners.class);

    /**
     * {@code data} of {@code project.creation}. ProjectCreated carries ids only and collab does not
     * publish its project view, so this is the subset of BIMData's {@code Project} known here.
     */
    record ProjectCreatedData(long id, CloudReference cloud, @Nullable Long parentId, long rootFolderId) {
    }

    record CloudReference(long id) {
    }

    private final WebhookOutbox outbox;
    private final WebhookRepository webhooks;
    private final TransactionTemplate transactions;

    CollabEventListeners(WebhookOutbox outbox, WebhookRepository webhooks, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.transactions = transactions;
    }

    @EventListener
    void on(ProjectCreated event) {
        ProjectCreatedData data = new ProjectCreatedData(event.projectId(), new CloudReference(event.cloudId()),
                event.parentId(), event.rootFolderId());
        enqueue(WebhookEventNames.PROJECT_CREATION, event.cloudId(), event.projectId(), data);
    }

    @EventListener
    void on(ProjectDeleted event) {
        webhooks.deleteOfProject(event.projectId());
    }

    @EventListener
    void on(CloudDeleted event) {
        webhooks.deleteOfCloud(event.cloudId());
    }

    private void enqueue(String eventName, long cloudId, @Nullable Long projectId, Object data) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            outbox.enqueue(eventName, cloudId, projectId, data);
            return;
        }
        // A publisher outside a transaction: the event is still delivered, but not atomically with the change.
        log.warn("{} published outside a transaction; its webhook deliveries are written in their own", eventName);
        transactions.executeWithoutResult(status -> outbox.enqueue(eventName, cloudId, projectId, data));
    }
}
