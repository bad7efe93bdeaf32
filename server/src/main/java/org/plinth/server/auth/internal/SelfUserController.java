package org.plinth.server.auth.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.auth.UserMemberships;
import org.plinth.server.platform.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** BIMData {@code GET /user} and {@code PATCH /user} (CollaborationApi). */
@RestController
@Tag(name = "CollaborationApi")
class SelfUserController {

    private final UserAccounts accounts;
    private final ObjectProvider<UserMemberships> memberships;

    SelfUserController(UserAccounts accounts, ObjectProvider<UserMemberships> memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    private SelfUserView view(UserRow user) {
        UserMemberships source = memberships.getIfAvailable();
        return SelfUserView.of(user, source == null ? UserMemberships.Roles.NONE : source.of(user.id()));
    }

    @GetMapping("/user")
    @Operation(operationId = "getSelfUser", summary = "Get info about the current user")
    @RequiresScope(value = Scopes.USER_READ, userOnly = true)
    SelfUserView getSelfUser(@AuthenticationPrincipal Caller caller) {
        return view(accounts.require(caller.requireUserId()));
    }

    @PatchMapping("/user")
    @Operation(operationId = "updateSelfUser", summary = "Update info of the current user")
    @RequiresScope(value = Scopes.USER_WRITE, userOnly = true)
    SelfUserView updateSelfUser(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SelfUserUpdate update) {
        return view(accounts.update(caller.requireUserId(), update.email(), update.firstname(),
                update.lastname(), update.providerSub(), null, null));
    }
}
