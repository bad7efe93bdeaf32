package org.plinth.server.platform;

import java.util.Optional;

/**
 * One kind of bearer token (our JWTs, personal access tokens, later project and model access
 * tokens). The API filter asks every authenticator bean in {@code @Order}; the first that
 * recognises the token decides.
 */
public interface TokenAuthenticator {

    /**
     * @return the caller when the token is of this kind and valid; empty when the token is not of
     *     this kind (the next authenticator is asked)
     * @throws InvalidTokenException when the token is of this kind but expired, revoked or forged
     */
    Optional<Caller> authenticate(String token);
}
