package org.plinth.server.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * OAuth scopes: BIMData's (operations.tsv {@code oauth2_scopes}) plus Plinth's {@code admin:manage}
 * for the {@code /admin} API. BIMData renamed {@code ifc:*} to {@code model:*}; both names are
 * accepted and each satisfies the other.
 */
public final class Scopes {

    public static final String CLOUD_READ = "cloud:read";
    public static final String CLOUD_MANAGE = "cloud:manage";
    public static final String ORG_MANAGE = "org:manage";
    public static final String DOCUMENT_READ = "document:read";
    public static final String DOCUMENT_WRITE = "document:write";
    public static final String IFC_READ = "ifc:read";
    public static final String IFC_WRITE = "ifc:write";
    public static final String IFC_TOKEN_MANAGE = "ifc:token_manage";
    public static final String MODEL_READ = "model:read";
    public static final String MODEL_WRITE = "model:write";
    public static final String MODEL_TOKEN_MANAGE = "model:token_manage";
    public static final String BCF_READ = "bcf:read";
    public static final String BCF_WRITE = "bcf:write";
    public static final String WEBHOOK_MANAGE = "webhook:manage";
    public static final String USER_READ = "user:read";
    public static final String USER_WRITE = "user:write";
    public static final String LOGS_READ = "logs:read";
    public static final String ADMIN_MANAGE = "admin:manage";

    /** Every API scope a token can carry (OIDC's openid/profile/email are not API scopes). */
    public static final List<String> ALL = List.of(
            CLOUD_READ, CLOUD_MANAGE, ORG_MANAGE, DOCUMENT_READ, DOCUMENT_WRITE,
            IFC_READ, IFC_WRITE, IFC_TOKEN_MANAGE, MODEL_READ, MODEL_WRITE, MODEL_TOKEN_MANAGE,
            BCF_READ, BCF_WRITE, WEBHOOK_MANAGE, USER_READ, USER_WRITE, LOGS_READ, ADMIN_MANAGE);

    /** OpenID Connect scopes a sign-in client may also ask for. */
    public static final List<String> OIDC = List.of("openid", "profile", "email", "offline_access");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private Scopes() {
    }

    public static boolean isKnown(String scope) {
        return KNOWN.contains(scope);
    }

    /** Whether {@code granted} contains {@code required} or its ifc/model twin. */
    public static boolean grants(Collection<String> granted, String required) {
        return granted.contains(required) || granted.contains(twin(required));
    }

    private static String twin(String scope) {
        if (scope.startsWith("ifc:")) {
            return "model:" + scope.substring(4);
        }
        if (scope.startsWith("model:")) {
            return "ifc:" + scope.substring(6);
        }
        return scope;
    }
}
