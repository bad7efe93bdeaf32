package org.plinth.server.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ForbiddenException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresScope} before a handler runs (method annotation wins over the class's). */
final class ScopeCheckInterceptor implements HandlerInterceptor {

    private final AccessPolicy policy;

    ScopeCheckInterceptor(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresScope required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresScope.class);
        if (required == null) {
            required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresScope.class);
        }
        if (required == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            throw new ForbiddenException("This endpoint needs a bearer token.");
        }
        policy.requireScope(caller, required.value());
        if (required.userOnly()) {
            policy.requireUser(caller);
        }
        return true;
    }
}
