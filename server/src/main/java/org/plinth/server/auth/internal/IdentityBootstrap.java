package org.plinth.server.auth.internal;

import java.io.PrintStream;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.PlinthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: creates the platform admin from {@code PLINTH_ADMIN_*} (password generated when not
 * given, printed once), registers {@code PLINTH_ADMIN_TOKEN} as the admin's all-scope personal
 * access token, and (re)registers the web client. Serialised by an advisory lock so nodes starting
 * together on one database create one admin. Then prints where the server is.
 */
@Component
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final PlinthProperties properties;
    private final UserRepository users;
    private final UserAccounts accounts;
    private final PersonalAccessTokens tokens;
    private final OAuthClients clients;
    private final TransactionTemplate transactions;

    IdentityBootstrap(PlinthProperties properties, UserRepository users, UserAccounts accounts,
            PersonalAccessTokens tokens, OAuthClients clients, TransactionTemplate transactions) {
        this.properties = properties;
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clients = clients;
        this.transactions = transactions;
    }

    private record Outcome(String adminEmail, @Nullable String generatedPassword) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Outcome outcome = transactions.execute(status -> bootstrap());
        if (outcome != null) {
            announce(outcome, System.out);
        }
    }

    private Outcome bootstrap() {
        users.lockBootstrap();
        PlinthProperties.Admin admin = properties.admin();
        String generated = null;
        UserRow adminUser;
        if (!users.anyAdmin()) {
            String password = admin.password();
            if (password == null || password.isBlank()) {
                generated = accounts.generatePassword();
                password = generated;
            }
            adminUser = accounts.create(admin.email(), "Admin", "", password, true);
            log.info("Created platform admin {}", adminUser.email());
        } else {
            adminUser = users.findByEmail(UserAccounts.normalizeEmail(admin.email()))
                    .filter(UserRow::platformAdmin)
                    .orElseGet(() -> firstAdmin());
        }
        String adminToken = admin.token();
        // Registered once: a revoked bootstrap token stays revoked across restarts.
        if (adminToken != null && !adminToken.isBlank() && !tokens.isRegistered(adminToken)) {
            tokens.register(adminUser.id(), "PLINTH_ADMIN_TOKEN", adminToken, Scopes.ALL, null);
            log.info("Registered PLINTH_ADMIN_TOKEN for {}", adminUser.email());
        }
        clients.seedWebClient(properties.publicUrl());
        return new Outcome(adminUser.email(), generated);
    }

    private UserRow firstAdmin() {
        for (UserRow user : users.findAll()) {
            if (user.platformAdmin()) {
                return user;
            }
        }
        throw new IllegalStateException("users has an admin but none was found");
    }

    private void announce(Outcome outcome, PrintStream out) {
        StringBuilder text = new StringBuilder(256);
        text.append('\n')
                .append("  Plinth is running at ").append(properties.publicUrl()).append('\n')
                .append("  admin e-mail:   ").append(outcome.adminEmail()).append('\n');
        if (outcome.generatedPassword() != null) {
            text.append("  admin password: ").append(outcome.generatedPassword())
                    .append("   (generated; shown only this once)\n");
        }
        text.append("  API docs:       ").append(properties.publicUrl()).append("/swagger-ui.html\n");
        out.println(text);
        out.flush();
    }
}
