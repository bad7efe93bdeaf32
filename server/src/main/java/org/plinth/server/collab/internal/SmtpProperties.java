package org.plinth.server.collab.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail ({@code PLINTH_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _FROM}, {@code _STARTTLS}). Without a host, mails are only logged and kept in the outbox
 * ({@code GET /admin/mail}). Bound from the environment at each send by {@link MailOutbox}.
 */
record SmtpProperties(@Nullable String host, @DefaultValue("25") int port, @Nullable String username,
        @Nullable String password, @DefaultValue("plinth@localhost") String from,
        @DefaultValue("false") boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
