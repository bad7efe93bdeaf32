package org.plinth.server.auth.internal;

import java.util.Optional;

import org.plinth.server.auth.UserDirectory;
import org.springframework.stereotype.Component;

/** {@link UserDirectory} over {@link UserAccounts}: other features never touch the users table. */
@Component
class UserAccountDirectory implements UserDirectory {

    private final UserRepository users;
    private final UserAccounts accounts;

    UserAccountDirectory(UserRepository users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public Optional<Long> findIdByEmail(String email) {
        return users.findByEmail(UserAccounts.normalizeEmail(email)).map(UserRow::id);
    }

    @Override
    public long register(String email, String firstname, String lastname, String password) {
        return accounts.create(email, firstname, lastname, password, false).id();
    }
}
