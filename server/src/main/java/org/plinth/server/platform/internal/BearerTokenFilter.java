package org.plinth.server.platform.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidTokenException;
import org.plinth.server.platform.TokenAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and asks the {@link TokenAuthenticator}s in order.
 * A token nobody recognises, or one its authenticator rejects, ends the request with 401 at once;
 * a request without a token continues anonymous and the authorization rules decide.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final List<TokenAuthenticator> authenticators;
    private final ProblemAuthenticationEntryPoint entryPoint;

    BearerTokenFilter(List<TokenAuthenticator> authenticators, ProblemAuthenticationEntryPoint entryPoint) {
        this.authenticators = List.copyOf(authenticators);
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        Caller caller;
        try {
            caller = authenticate(token);
        } catch (InvalidTokenException e) {
            log.debug("Rejected bearer token: {}", e.getMessage());
            entryPoint.rejectInvalidToken(request, response, e.getMessage());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Caller authenticate(String token) {
        if (token.isEmpty()) {
            throw new InvalidTokenException("The bearer token is empty.");
        }
        for (TokenAuthenticator authenticator : authenticators) {
            Optional<Caller> caller = authenticator.authenticate(token);
            if (caller.isPresent()) {
                return caller.get();
            }
        }
        throw new InvalidTokenException("The bearer token is not known.");
    }
}
