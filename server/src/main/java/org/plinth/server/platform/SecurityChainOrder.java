package org.plinth.server.platform;

/**
 * Order of the security filter chains: the OIDC provider's protocol endpoints first, then the
 * browser sign-in pages, then the bearer-token API chain that takes every other request.
 */
public final class SecurityChainOrder {

    public static final int AUTHORIZATION_SERVER = 1;
    public static final int SIGN_IN = 2;
    public static final int API = 10;

    private SecurityChainOrder() {
    }
}
