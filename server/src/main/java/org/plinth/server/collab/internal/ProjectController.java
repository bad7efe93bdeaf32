package org.plinth.server.collab.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.internal.CollabRequests.PatchedProjectRequest;
import org.plinth.server.collab.internal.CollabRequests.ProjectRequest;
import org.plinth.server.collab.internal.CollabRequests.UserProjectUpdateRequest;
import org.plinth.server.collab.internal.CollabViews.CheckProjectAccessView;
import org.plinth.server.collab.internal.CollabViews.FolderView;
import org.plinth.server.collab.internal.CollabViews.LogEntryView;
import org.plinth.server.collab.internal.CollabViews.ProjectSizeView;
import org.plinth.server.collab.internal.CollabViews.ProjectView;
import org.plinth.server.collab.internal.CollabViews.UserProjectView;
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

/** BIMData projects, project members and logs (CollaborationApi). */
@RestController
@Tag(name = "CollaborationApi")
class ProjectController {

    private final ProjectService projects;
    private final ProjectImports imports;

    ProjectController(ProjectService projects, ProjectImports imports) {
        this.projects = projects;
        this.imports = imports;
    }

    @GetMapping("/cloud/{cloud_pk}/project")
    @Operation(operationId = "getProjects", summary = "Retrieve the projects of a cloud the caller sees")
    List<ProjectView> getProjects(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId) {
        return projects.list(caller, cloudId);
    }

    @PostMapping("/cloud/{cloud_pk}/project")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProject", summary = "Create a project (a sub-project with parent_id); the creator is its admin")
    @RequiresScope(value = Scopes.ORG_MANAGE, userOnly = true)
    ProjectView createProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @Valid @RequestBody ProjectRequest request) {
        return projects.create(caller, cloudId, request);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}")
    @Operation(operationId = "getProject", summary = "Retrieve a project")
    ProjectView getProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        return projects.get(caller, cloudId, id);
    }

    @PatchMapping("/cloud/{cloud_pk}/project/{id}")
    @Operation(operationId = "updateProject", summary = "Update some fields of a project")
    @RequiresScope(Scopes.ORG_MANAGE)
    ProjectView updateProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id, @Valid @RequestBody PatchedProjectRequest request) {
        return projects.update(caller, cloudId, id, request);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProject", summary = "Delete a project, its sub-projects and everything in them")
    @RequiresScope(Scopes.ORG_MANAGE)
    void deleteProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        projects.delete(caller, cloudId, id);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}/tree")
    @Operation(operationId = "getProjectTree", summary = "Retrieve the folder tree of the project")
    FolderView getProjectTree(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        return projects.tree(caller, cloudId, id);
    }

    @GetMapping("/user/projects")
    @Operation(operationId = "getSelfProjects", summary = "List the projects of the current user")
    @RequiresScope(value = Scopes.USER_READ, userOnly = true)
    List<ProjectView> getSelfProjects(@AuthenticationPrincipal Caller caller) {
        return projects.selfProjects(caller);
    }

    @PostMapping("/cloud/{cloud_pk}/project/{id}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "leaveProject", summary = "Leave the project")
    @RequiresScope(value = Scopes.ORG_MANAGE, userOnly = true)
    void leaveProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        projects.leave(caller, cloudId, id);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}/check-access")
    @Operation(operationId = "checkProjectAccess", summary = "What the caller may do in the project")
    CheckProjectAccessView checkProjectAccess(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable long id) {
        return projects.checkAccess(caller, cloudId, id);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}/size")
    @Operation(operationId = "getProjectSize", summary = "Get the size of the project (stored bytes)")
    ProjectSizeView getProjectSize(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        return projects.size(caller, cloudId, id);
    }

    @PostMapping("/cloud/{cloud_pk}/project/{id}/import_from")
    @Operation(operationId = "importFromProject", summary = "Import groups (and later the folder tree) from another project")
    @RequiresScope(value = Scopes.ORG_MANAGE, userOnly = true)
    ProjectView importFromProject(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id, @Valid @RequestBody CollabRequests.ProjectImportRequest request) {
        return imports.importFrom(caller, cloudId, id, request);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/logs")
    @Operation(operationId = "getLogs", summary = "The project's activity: who did what, when")
    @RequiresScope(Scopes.LOGS_READ)
    List<LogEntryView> getLogs(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return projects.logs(caller, cloudId, projectId);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/user")
    @Operation(operationId = "getProjectUsers", summary = "Retrieve the members of a project")
    @RequiresScope({ Scopes.CLOUD_READ, Scopes.BCF_READ })
    List<UserProjectView> getProjectUsers(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(name = "email__contains", required = false) @Nullable String contains,
            @RequestParam(name = "email__startswith", required = false) @Nullable String startsWith,
            @RequestParam(name = "email__endswith", required = false) @Nullable String endsWith) {
        return projects.members(caller, cloudId, projectId, email, contains, startsWith, endsWith);
    }

    @PatchMapping("/cloud/{cloud_pk}/project/{project_pk}/user/{id}")
    @Operation(operationId = "updateProjectUser", summary = "Change a member's project role")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    UserProjectView updateProjectUser(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @Valid @RequestBody UserProjectUpdateRequest request) {
        return projects.updateMember(caller, cloudId, projectId, id, request.role());
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/user/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProjectUser", summary = "Remove a member from the project")
    @RequiresScope(Scopes.CLOUD_MANAGE)
    void deleteProjectUser(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        projects.deleteMember(caller, cloudId, projectId, id);
    }
}
