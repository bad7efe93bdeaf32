/**
 * Webhooks: subscriptions per cloud or project, a transactional outbox of deliveries, signed
 * delivery with retries by workers on any node, and the delivery log. Other features never call
 * this one: it listens to their events synchronously, inside the publishing transaction, and
 * writes outbox rows there ({@link org.plinth.server.webhook.WebhookOutbox}). It publishes
 * {@link org.plinth.server.webhook.WebhookDisabled} when a webhook gives up.
 */
@NullMarked
package org.plinth.server.webhook;

import org.jspecify.annotations.NullMarked;
