package org.plinth.server.auth;

import java.util.Optional;

/**
 * What other features may ask of the user accounts: find a user by e-mail, and register a new
 * one (an invited person signing up through the invitation link).
 */
public interface UserDirectory {

    /** The id of the user with this e-mail (case-insensitive). */
    Optional<Long> findIdByEmail(String email);

    /**
     * Creates a user who signs in with {@code password}.
     *
     * @throws org.plinth.server.platform.ConflictException when the e-mail is taken
     */
    long register(String email, String firstname, String lastname, String password);
}
