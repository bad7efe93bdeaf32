package org.plinth.server.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/** The request id: taken from {@code X-Request-Id} or generated, logged as MDC {@code requestId}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    public static @Nullable String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String s ? s : null;
    }
}
