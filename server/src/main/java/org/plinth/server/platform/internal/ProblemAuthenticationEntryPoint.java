package org.plinth.server.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 with {@code WWW-Authenticate: Bearer} (RFC 6750) and 403, both as problem+json. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plinth\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "Authentication required: send 'Authorization: Bearer <token>'.");
    }

    void rejectInvalidToken(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"plinth\", error=\"invalid_token\", error_description=\"" + quotable(reason) + "\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid bearer token: " + reason);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "Not allowed for this token or user.");
    }

    private static String quotable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
