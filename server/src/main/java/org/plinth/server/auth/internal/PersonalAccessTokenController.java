package org.plinth.server.auth.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plinth's own {@code /user/tokens}: a user's personal access tokens. */
@RestController
@Tag(name = "Personal access tokens", description = "Plinth: long-lived tokens for scripts and integrations")
class PersonalAccessTokenController {

    private final PersonalAccessTokens tokens;

    PersonalAccessTokenController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/user/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPersonalAccessToken",
            summary = "Create a personal access token; the secret is in this response only")
    @RequiresScope(value = Scopes.USER_WRITE, userOnly = true)
    TokenView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody TokenCreateRequest request) {
        // A token can hand out no more than it holds, or a user:write token could mint an all-scope one.
        List<String> beyond = new ArrayList<>();
        for (String scope : request.scopes()) {
            if (Scopes.isKnown(scope) && !Scopes.grants(caller.scopes(), scope)) {
                beyond.add(scope);
            }
        }
        if (!beyond.isEmpty()) {
            throw new ForbiddenException("The new token cannot have scopes this token lacks: " + String.join(", ", beyond));
        }
        PersonalAccessTokens.Issued issued =
                tokens.create(caller.requireUserId(), request.name(), request.scopes(), request.expiresAt());
        return TokenView.of(issued.row(), issued.secret());
    }

    @GetMapping("/user/tokens")
    @Operation(operationId = "getPersonalAccessTokens", summary = "List the current user's active tokens")
    @RequiresScope(value = Scopes.USER_READ, userOnly = true)
    List<TokenView> list(@AuthenticationPrincipal Caller caller) {
        List<TokenView> views = new ArrayList<>();
        for (PersonalAccessTokenRow row : tokens.list(caller.requireUserId())) {
            views.add(TokenView.of(row, null));
        }
        return views;
    }

    @DeleteMapping("/user/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePersonalAccessToken", summary = "Revoke a token")
    @RequiresScope(value = Scopes.USER_WRITE, userOnly = true)
    void revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        tokens.revoke(caller.requireUserId(), id);
    }
}
