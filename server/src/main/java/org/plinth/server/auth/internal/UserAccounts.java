package org.plinth.server.auth.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and deleting users; e-mail uniqueness is checked here so it is a 409, not a 500. */
@Service
class UserAccounts {

    private static final char[] PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    UserAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    UserRow require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id + "."));
    }

    List<UserRow> list() {
        return users.findAll();
    }

    @Transactional
    UserRow create(String email, String firstname, String lastname, @Nullable String password, boolean platformAdmin) {
        String normalized = normalizeEmail(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw new ConflictException("A user with e-mail " + normalized + " already exists.");
        }
        return users.insert(normalized, firstname, lastname, password == null ? null : passwordEncoder.encode(password),
                platformAdmin);
    }

    @Transactional
    UserRow update(long id, @Nullable String email, @Nullable String firstname, @Nullable String lastname,
            @Nullable String providerSub, @Nullable Boolean platformAdmin, @Nullable String password) {
        UserRow current = require(id);
        String newEmail = email == null ? current.email() : normalizeEmail(email);
        if (!newEmail.equalsIgnoreCase(current.email())) {
            users.findByEmail(newEmail).ifPresent(other -> {
                throw new ConflictException("A user with e-mail " + newEmail + " already exists.");
            });
        }
        if (password != null) {
            users.updatePassword(id, passwordEncoder.encode(password));
        }
        return users.update(id, newEmail,
                firstname == null ? current.firstname() : firstname,
                lastname == null ? current.lastname() : lastname,
                providerSub == null ? current.providerSub() : providerSub,
                platformAdmin == null ? current.platformAdmin() : platformAdmin);
    }

    @Transactional
    void delete(long id) {
        if (!users.delete(id)) {
            throw new NotFoundException("No user with id " + id + ".");
        }
    }

    /** A password for people to type once: 20 characters without look-alikes (about 117 bits). */
    String generatePassword() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(password);
    }

    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
