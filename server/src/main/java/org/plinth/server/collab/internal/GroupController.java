package org.plinth.server.collab.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.internal.CollabRequests.GroupRequest;
import org.plinth.server.collab.internal.CollabRequests.ImportGroupRequest;
import org.plinth.server.collab.internal.CollabRequests.PatchedGroupRequest;
import org.plinth.server.collab.internal.CollabRequests.UserProjectIdRequest;
import org.plinth.server.collab.internal.CollabViews.UserProjectView;
import org.plinth.server.collab.internal.GroupService.GroupView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData project groups (CollaborationApi): {@code group} for admins, {@code me/group} for members. */
@RestController
@Tag(name = "CollaborationApi")
@RequestMapping("/cloud/{cloud_pk}/project/{project_pk}")
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping("/group")
    @Operation(operationId = "getManageGroups", summary = "Retrieve the project's groups")
    @RequiresScope(Scopes.ORG_MANAGE)
    List<GroupView> getManageGroups(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return groups.list(caller, cloudId, projectId);
    }

    @PostMapping("/group")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createManageGroup", summary = "Create a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    GroupView createManageGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @Valid @RequestBody GroupRequest request) {
        return groups.create(caller, cloudId, projectId, request);
    }

    @PostMapping("/group/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "importManageGroup", summary = "Import groups from other projects of the cloud")
    @RequiresScope(Scopes.ORG_MANAGE)
    List<GroupView> importManageGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @Valid @RequestBody ImportGroupRequest request) {
        return groups.importByIds(caller, cloudId, projectId, request.groupIds());
    }

    @GetMapping("/group/{id}")
    @Operation(operationId = "getManageGroup", summary = "Retrieve a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    GroupView getManageGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        return groups.get(caller, cloudId, projectId, id);
    }

    @PatchMapping("/group/{id}")
    @Operation(operationId = "updateManageGroup", summary = "Update some fields of a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    GroupView updateManageGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @Valid @RequestBody PatchedGroupRequest request) {
        return groups.update(caller, cloudId, projectId, id, request);
    }

    @DeleteMapping("/group/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteManageGroup", summary = "Delete a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    void deleteManageGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        groups.delete(caller, cloudId, projectId, id);
    }

    @PostMapping("/group/{group_pk}/member")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addGroupMember", summary = "Add a project member to a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    UserProjectView addGroupMember(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("group_pk") long groupId,
            @Valid @RequestBody UserProjectIdRequest request) {
        return groups.addMember(caller, cloudId, projectId, groupId, request.userprojectId());
    }

    @DeleteMapping("/group/{group_pk}/member/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteGroupMember", summary = "Remove a member (UserProject id) from a group")
    @RequiresScope(Scopes.ORG_MANAGE)
    void deleteGroupMember(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("group_pk") long groupId, @PathVariable long id) {
        groups.removeMember(caller, cloudId, projectId, groupId, id);
    }

    @GetMapping("/me/group")
    @Operation(operationId = "getGroups", summary = "Retrieve the groups the caller belongs to")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<GroupView> getGroups(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return groups.mine(caller, cloudId, projectId);
    }

    @GetMapping("/me/group/{id}")
    @Operation(operationId = "getGroup", summary = "Retrieve one group the caller belongs to")
    @RequiresScope(Scopes.DOCUMENT_READ)
    GroupView getGroup(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        return groups.mineOne(caller, cloudId, projectId, id);
    }
}
