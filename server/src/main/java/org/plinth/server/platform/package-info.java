/**
 * Platform: configuration, database bootstrap, RFC 9457 errors, request ids, JSON, OpenAPI and the
 * bearer-token filter chain of the API. Other features use its exceptions ({@link
 * org.plinth.server.platform.NotFoundException} ...), the {@link org.plinth.server.platform.Caller}
 * of a request, and plug token kinds in through {@link org.plinth.server.platform.TokenAuthenticator}.
 */
@NullMarked
package org.plinth.server.platform;

import org.jspecify.annotations.NullMarked;
