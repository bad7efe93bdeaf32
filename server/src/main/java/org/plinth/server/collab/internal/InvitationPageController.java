package org.plinth.server.collab.internal;

import java.net.URI;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Hidden;

import org.plinth.server.platform.ConflictException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind the link in an invitation mail. A new address gets the sign-up form of the
 * Plinth identity provider (name and password); submitting it creates the account, accepts the
 * invitation and redirects to {@code redirect_uri}, where the app signs the new user in through
 * OIDC. An address that already has an account is sent straight to {@code redirect_uri}: the app
 * signs them in and they accept in {@code /user/invitations}.
 */
@Controller
@Hidden
class InvitationPageController {

    static final int MIN_PASSWORD = 8;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Invitation · Plinth</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
              main { max-width: 24rem; margin: 10vh auto; background: #fff; padding: 2rem;
                     border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
              h1 { font-size: 1.3rem; margin: 0 0 1rem; }
              label { display: block; margin: 0 0 1rem; font-size: .9rem; color: #333; }
              input { display: block; width: 100%%; box-sizing: border-box; margin-top: .3rem;
                      padding: .55rem; border: 1px solid #bbb; border-radius: 4px; font-size: 1rem; }
              button { width: 100%%; padding: .65rem; border: 0; border-radius: 4px; background: #2b5fd9;
                       color: #fff; font-size: 1rem; cursor: pointer; }
              .error { padding: .6rem; border-radius: 4px; margin-bottom: 1rem; background: #fdecea; color: #8a1c13; }
            </style>
            </head>
            <body>
            <main>
            %s
            </main>
            </body>
            </html>
            """;

    private static final String FORM = """
            <h1>Join %s</h1>
            <p>Create your Plinth account for <strong>%s</strong>.</p>
            %s
            <form method="post">
              <label>First name <input name="firstname" autocomplete="given-name" maxlength="150"></label>
              <label>Last name <input name="lastname" autocomplete="family-name" maxlength="150"></label>
              <label>Password (%d characters or more)
                <input type="password" name="password" autocomplete="new-password" required minlength="%d"></label>
              <button type="submit">Create account and accept</button>
            </form>
            """;

    private final InvitationService invitations;

    InvitationPageController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping(value = InvitationService.LINK_PATH + "{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> open(@PathVariable String secret) {
        InvitationRow invitation = invitations.byLink(secret).orElse(null);
        if (invitation == null) {
            return message(HttpStatus.NOT_FOUND, "This invitation link is not valid.");
        }
        if (!invitation.pending(OffsetDateTime.now())) {
            return message(HttpStatus.GONE, "This invitation was already answered or has expired.");
        }
        if (invitations.hasAccount(invitation.email())) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(invitation.redirectUri())).build();
        }
        return form(invitation, "", HttpStatus.OK);
    }

    @PostMapping(value = InvitationService.LINK_PATH + "{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signUp(@PathVariable String secret, @RequestParam(defaultValue = "") String firstname,
            @RequestParam(defaultValue = "") String lastname, @RequestParam(defaultValue = "") String password) {
        InvitationRow invitation = invitations.byLink(secret).orElse(null);
        if (invitation == null) {
            return message(HttpStatus.NOT_FOUND, "This invitation link is not valid.");
        }
        if (password.length() < MIN_PASSWORD || firstname.length() > 150 || lastname.length() > 150) {
            return form(invitation, "<p class=\"error\">The password needs " + MIN_PASSWORD
                    + " characters or more.</p>", HttpStatus.BAD_REQUEST);
        }
        try {
            invitations.signUpAndAccept(secret, firstname.strip(), lastname.strip(), password);
        } catch (ConflictException e) {
            return message(HttpStatus.CONFLICT, "This invitation cannot be accepted: "
                    + (e.getBody().getDetail() == null ? "conflict" : e.getBody().getDetail()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(invitation.redirectUri())).build();
    }

    private static ResponseEntity<String> form(InvitationRow invitation, String error, HttpStatus status) {
        String target = invitation.projectName() == null ? invitation.cloudName() : invitation.projectName();
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(PAGE.formatted(FORM.formatted(
                HtmlUtils.htmlEscape(target), HtmlUtils.htmlEscape(invitation.email()), error, MIN_PASSWORD,
                MIN_PASSWORD)));
    }

    private static ResponseEntity<String> message(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body(PAGE.formatted("<h1>Invitation</h1><p>" + HtmlUtils.htmlEscape(text) + "</p>"));
    }

    /**
     * The link pages are public (the secret in the path is the credential), stateless, and without
     * CSRF tokens: a forged POST would need the secret it is meant to protect.
     */
    @Configuration(proxyBeanMethods = false)
    static class InvitationPageSecurity {

        @Bean
        @Order(5)
        SecurityFilterChain invitationPageSecurityFilterChain(HttpSecurity http) throws Exception {
            http.securityMatcher(InvitationService.LINK_PATH + "**")
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .requestCache(cache -> cache.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }
    }
}
