package org.plinth.server.auth.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plinth's {@code /admin/users}: platform administrators manage accounts and issue tokens. */
@RestController
@Tag(name = "Admin", description = "Plinth: platform administration (platform admins with admin:manage)")
@RequiresScope(value = Scopes.ADMIN_MANAGE, userOnly = true)
class AdminUserController {

    private final UserAccounts accounts;
    private final PersonalAccessTokens tokens;

    AdminUserController(UserAccounts accounts, PersonalAccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @PostMapping("/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adminCreateUser", summary = "Create a user (password generated and returned once if absent)")
    AdminUserView create(@Valid @RequestBody AdminUserCreate request) {
        String generated = request.password() == null ? accounts.generatePassword() : null;
        UserRow user = accounts.create(request.email(), orEmpty(request.firstname()), orEmpty(request.lastname()),
                generated != null ? generated : request.password(), Boolean.TRUE.equals(request.isAdmin()));
        return AdminUserView.of(user, generated);
    }

    @GetMapping("/admin/users")
    @Operation(operationId = "adminGetUsers", summary = "List users")
    List<AdminUserView> list() {
        List<AdminUserView> views = new ArrayList<>();
        for (UserRow user : accounts.list()) {
            views.add(AdminUserView.of(user, null));
        }
        return views;
    }

    @PatchMapping("/admin/users/{id}")
    @Operation(operationId = "adminUpdateUser", summary = "Change a user's profile, password or admin flag")
    AdminUserView update(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @Valid @RequestBody AdminUserUpdate request) {
        if (Boolean.FALSE.equals(request.isAdmin()) && caller.userId() != null && caller.userId() == id) {
            throw new InvalidRequestException("is_admin", "you cannot remove your own admin rights");
        }
        return AdminUserView.of(accounts.update(id, request.email(), request.firstname(), request.lastname(), null,
                request.isAdmin(), request.password()), null);
    }

    @DeleteMapping("/admin/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "adminDeleteUser", summary = "Delete a user and their tokens")
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        if (caller.userId() != null && caller.userId() == id) {
            throw new InvalidRequestException("id", "you cannot delete yourself");
        }
        accounts.delete(id);
    }

    @PostMapping("/admin/users/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adminCreateUserToken", summary = "Issue a personal access token for a user")
    TokenView createToken(@PathVariable long id, @Valid @RequestBody TokenCreateRequest request) {
        accounts.require(id);
        PersonalAccessTokens.Issued issued = tokens.create(id, request.name(), request.scopes(), request.expiresAt());
        return TokenView.of(issued.row(), issued.secret());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
