package org.plinth.server.platform.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plinth.server.platform.RequestIds;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane, else a new UUID),
 * echoes it in the response, and puts it in the MDC so every log line of the request carries it.
 * Runs on error dispatches too: Tomcat renders {@code /error} after the first pass has cleared the MDC.
 */
class RequestIdFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENT_ID_LENGTH = 128;

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.of(request);
        if (id == null) {
            id = acceptable(request.getHeader(RequestIds.HEADER)) ? request.getHeader(RequestIds.HEADER)
                    : UUID.randomUUID().toString();
            request.setAttribute(RequestIds.ATTRIBUTE, id);
            response.setHeader(RequestIds.HEADER, id);
        }
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** Only ids that cannot forge log lines or headers: short, visible ASCII, no separators. */
    private static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_CLIENT_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
