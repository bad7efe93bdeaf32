package org.plinth.server.collab.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.internal.CollabRequests.CloudRequest;
import org.plinth.server.collab.internal.CollabRequests.PatchedCloudRequest;
import org.plinth.server.collab.internal.CollabRequests.UserCloudUpdateRequest;
import org.plinth.server.collab.internal.CollabViews.CloudView;
import org.plinth.server.collab.internal.CollabViews.ProjectView;
import org.plinth.server.collab.internal.CollabViews.SizeView;
import org.plinth.server.collab.internal.CollabViews.UserCloudView;
import org.plinth.server.collab.internal.CollabViews.UserView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData clouds and cloud members (CollaborationApi). */
@RestController
@Tag(name = "CollaborationApi")
class CloudController {

    private final CloudService clouds;
    private final DemoProjects demos;

    CloudController(CloudService clouds, DemoProjects demos) {
        this.clouds = clouds;
        this.demos = demos;
    }

    @GetMapping("/cloud")
    @Operation(operationId = "getClouds", summary = "Retrieve all clouds")
    List<CloudView> getClouds(@AuthenticationPrincipal Caller caller) {
        return clouds.list(caller);
    }

    @PostMapping("/cloud")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCloud", summary = "Create a cloud; the creator is its admin")
    @RequiresScope(value = Scopes.CLOUD_MANAGE, userOnly = true)
    CloudView createCloud(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CloudRequest request) {
        return clouds.create(caller, request.name());
    }

    @GetMapping("/cloud/{id}")
    @Operation(operationId = "getCloud", summary = "Retrieve one cloud")
    CloudView getCloud(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return clouds.get(caller, id);
    }

    @PatchMapping("/cloud/{id}")
    @Operation(operationId = "updateCloud", summary = "Update some fields of a cloud")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    CloudView updateCloud(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @Valid @RequestBody PatchedCloudRequest request) {
        return clouds.update(caller, id, request.name());
    }

    @DeleteMapping("/cloud/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCloud", summary = "Delete a cloud and everything in it")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    void deleteCloud(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        clouds.delete(caller, id);
    }

    @GetMapping("/cloud/{id}/check-access")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "checkAccess", summary = "Check if the user has access to the cloud")
    void checkAccess(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        clouds.checkAccess(caller, id);
    }

    @GetMapping("/cloud/{id}/size")
    @Operation(operationId = "getCloudSize", summary = "Get the size of the cloud (stored bytes)")
    SizeView getCloudSize(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return clouds.size(caller, id);
    }

    @PostMapping("/cloud/{id}/create-demo")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createDemo", summary = "Create a demo project (named Demo) in the cloud")
    @RequiresScope(value = Scopes.CLOUD_MANAGE, userOnly = true)
    ProjectView createDemo(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return demos.create(caller, id);
    }

    @GetMapping("/cloud/{cloud_pk}/user")
    @Operation(operationId = "getCloudUsers", summary = "Retrieve all users of a cloud")
    @RequiresScope(Scopes.CLOUD_READ)
    List<UserCloudView> getCloudUsers(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(name = "email__contains", required = false) @Nullable String contains,
            @RequestParam(name = "email__startswith", required = false) @Nullable String startsWith,
            @RequestParam(name = "email__endswith", required = false) @Nullable String endsWith) {
        return clouds.members(caller, cloudId, email, contains, startsWith, endsWith);
    }

    @PatchMapping("/cloud/{cloud_pk}/user/{id}")
    @Operation(operationId = "updateCloudUser", summary = "Change a member's cloud role")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    UserView updateCloudUser(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id, @Valid @RequestBody UserCloudUpdateRequest request) {
        return clouds.updateMember(caller, cloudId, id, request.cloudRole());
    }

    @DeleteMapping("/cloud/{cloud_pk}/user/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCloudUser", summary = "Remove a member from the cloud (or leave it: your own id)")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    void deleteCloudUser(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        clouds.deleteMember(caller, cloudId, id);
    }
}
