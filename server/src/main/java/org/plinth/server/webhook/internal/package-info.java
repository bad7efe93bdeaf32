/** Webhook internals: SQL, the SSRF guard, the HTTP sender, the delivery workers, the controllers. */
@NullMarked
package org.plinth.server.webhook.internal;

import org.jspecify.annotations.NullMarked;
