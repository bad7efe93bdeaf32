package org.plinth.server.collab.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.internal.CollabRequests.CloudInvitationRequest;
import org.plinth.server.collab.internal.CollabRequests.ProjectInvitationRequest;
import org.plinth.server.collab.internal.InvitationService.CloudInvitationView;
import org.plinth.server.collab.internal.InvitationService.ProjectInvitationView;
import org.plinth.server.collab.internal.InvitationService.UserInvitationView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData invitations (CollaborationApi): the admins' side and the invited user's side. */
@RestController
@Tag(name = "CollaborationApi")
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/cloud/{cloud_pk}/invitation")
    @Operation(operationId = "getCloudInvitations", summary = "Retrieve the cloud's pending invitations")
    @RequiresScope(Scopes.ORG_MANAGE)
    List<CloudInvitationView> getCloudInvitations(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId) {
        return invitations.cloudInvitations(caller, cloudId);
    }

    @PostMapping("/cloud/{cloud_pk}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "inviteCloudUser", summary = "Invite someone to the cloud by e-mail (re-inviting renews)")
    @RequiresScope(Scopes.ORG_MANAGE)
    CloudInvitationView inviteCloudUser(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @Valid @RequestBody CloudInvitationRequest request) {
        return invitations.inviteToCloud(caller, cloudId, request);
    }

    @DeleteMapping("/cloud/{cloud_pk}/invitation/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancelCloudUserInvitation", summary = "Cancel a pending cloud invitation")
    @RequiresScope(Scopes.ORG_MANAGE)
    void cancelCloudUserInvitation(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        invitations.cancelCloudInvitation(caller, cloudId, id);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/invitation")
    @Operation(operationId = "getProjectInvitations", summary = "Retrieve the project's pending invitations")
    @RequiresScope(Scopes.ORG_MANAGE)
    List<ProjectInvitationView> getProjectInvitations(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId) {
        return invitations.projectInvitations(caller, cloudId, projectId);
    }

    @PostMapping("/cloud/{cloud_pk}/project/{project_pk}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "inviteProjectUser", summary = "Invite someone to the project by e-mail (re-inviting renews)")
    @RequiresScope(Scopes.ORG_MANAGE)
    ProjectInvitationView inviteProjectUser(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @Valid @RequestBody ProjectInvitationRequest request) {
        return invitations.inviteToProject(caller, cloudId, projectId, request);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/invitation/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancelProjectUserInvitation", summary = "Cancel a pending project invitation")
    @RequiresScope(Scopes.ORG_MANAGE)
    void cancelProjectUserInvitation(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        invitations.cancelProjectInvitation(caller, cloudId, projectId, id);
    }

    @GetMapping("/user/invitations")
    @Operation(operationId = "getUserInvitations", summary = "The invitations sent to the current user's e-mail")
    @RequiresScope(value = Scopes.USER_READ, userOnly = true)
    List<UserInvitationView> getUserInvitations(@AuthenticationPrincipal Caller caller) {
        return invitations.ofUser(caller);
    }

    @GetMapping("/user/invitations/{id}")
    @Operation(operationId = "getUserInvitation", summary = "One invitation of the current user")
    @RequiresScope(value = Scopes.USER_READ, userOnly = true)
    UserInvitationView getUserInvitation(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return invitations.ofUser(caller, id);
    }

    @PostMapping("/user/invitations/{id}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "acceptUserInvitation", summary = "Accept: become a member with the invited role")
    @RequiresScope(value = Scopes.USER_WRITE, userOnly = true)
    void acceptUserInvitation(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        invitations.accept(caller, id);
    }

    @PostMapping("/user/invitations/{id}/deny")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "denyUserInvitation", summary = "Deny the invitation")
    @RequiresScope(value = Scopes.USER_WRITE, userOnly = true)
    void denyUserInvitation(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        invitations.deny(caller, id);
    }
}
