package org.plinth.server.auth;

import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The permission check, role x scope: a request is allowed only when the token carries the scope
 * AND the user's role is high enough. Every feature calls this rather than comparing roles itself.
 * Roles are BIMData's numbers: cloud admin 100 / user 50; project admin 100 / user 50 / guest 25.
 */
@Component
public class AccessPolicy {

    public static final int ROLE_ADMIN = 100;
    public static final int ROLE_USER = 50;
    public static final int ROLE_GUEST = 25;

    /** Throws 403 unless the caller's token carries one of {@code anyOfScopes}. */
    public void requireScope(Caller caller, String... anyOfScopes) {
        for (String scope : anyOfScopes) {
            if (Scopes.grants(caller.scopes(), scope)) {
                return;
            }
        }
        throw new ForbiddenException("The token lacks the scope " + String.join(" or ", anyOfScopes) + ".");
    }

    /**
     * Throws 403 unless the token carries {@code scope} and {@code actualRole} (the caller's role on
     * the object, 0 for none) reaches {@code requiredRole}. Applications pass with the scope alone
     * only when {@code applicationsAllowed}.
     */
    public void require(Caller caller, String scope, int requiredRole, int actualRole, boolean applicationsAllowed) {
        requireScope(caller, scope);
        if (!caller.isUser()) {
            if (!applicationsAllowed) {
                throw new ForbiddenException("This operation is for users; an application token cannot use it.");
            }
            return;
        }
        if (actualRole < requiredRole) {
            throw new ForbiddenException("Your role (" + actualRole + ") is below the required " + requiredRole + ".");
        }
    }

    /** Throws 403 unless the caller is a platform administrator with the admin scope. */
    public void requirePlatformAdmin(Caller caller) {
        requireScope(caller, Scopes.ADMIN_MANAGE);
        if (!caller.isUser() || !caller.platformAdmin()) {
            throw new ForbiddenException("Only platform administrators may do this.");
        }
    }

    /** Throws 403 for application tokens: BIMData's {@code /user} routes are for users only. */
    public long requireUser(Caller caller) {
        return caller.requireUserId();
    }
}
