package org.plinth.server.auth.internal;

import java.util.Optional;

import org.plinth.server.auth.UserAccount;
import org.plinth.server.auth.UserDirectory;
import org.springframework.stereotype.Service;

@Service
class JdbcUserDirectory implements UserDirectory {

    private final UserRepository users;

    JdbcUserDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return users.findById(id).map(JdbcUserDirectory::account);
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(UserAccounts.normalizeEmail(email)).map(JdbcUserDirectory::account);
    }

    private static UserAccount account(UserRow user) {
        return new UserAccount(user.id(), user.sub().toString(), user.email(), user.firstname(), user.lastname(),
                user.provider(), user.profilePicture(), user.createdAt(), user.updatedAt());
    }
}
