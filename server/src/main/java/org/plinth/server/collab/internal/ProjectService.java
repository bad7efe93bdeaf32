package org.plinth.server.collab.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.ProjectCreated;
import org.plinth.server.collab.ProjectDeleted;
import org.plinth.server.collab.internal.CollabRequests.PatchedProjectRequest;
import org.plinth.server.collab.internal.CollabRequests.ProjectRequest;
import org.plinth.server.collab.internal.CollabViews.CheckProjectAccessView;
import org.plinth.server.collab.internal.CollabViews.FolderView;
import org.plinth.server.collab.internal.CollabViews.LogEntryView;
import org.plinth.server.collab.internal.CollabViews.ProjectSizeView;
import org.plinth.server.collab.internal.CollabViews.ProjectView;
import org.plinth.server.collab.internal.CollabViews.UserProjectView;
import org.plinth.server.collab.internal.CollabViews.UserView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Projects, sub-projects and project members. */
@Service
class ProjectService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Scopes a project guest can use: reading only. */
    private static final List<String> READ_SCOPES = List.of(Scopes.CLOUD_READ, Scopes.DOCUMENT_READ, Scopes.IFC_READ,
            Scopes.MODEL_READ, Scopes.BCF_READ, Scopes.USER_READ);

    private final CloudRepository clouds;
    private final ProjectRepository projects;
    private final ProjectLogRepository logs;
    private final ProjectAccessCheck access;
    private final ProjectActivity activity;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    ProjectService(CloudRepository clouds, ProjectRepository projects, ProjectLogRepository logs,
            ProjectAccessCheck access, ProjectActivity activity, AccessPolicy policy, ApplicationEventPublisher events) {
        this.clouds = clouds;
        this.projects = projects;
        this.logs = logs;
        this.access = access;
        this.activity = activity;
        this.policy = policy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<ProjectView> list(Caller caller, long cloudId) {
        int role = access.cloudRole(caller, cloudId);
        CloudRow cloud = requireCloud(cloudId);
        List<ProjectRow> rows = role == AccessPolicy.ROLE_ADMIN ? projects.findOfCloud(cloudId)
                : projects.findVisibleInCloud(cloudId, caller.requireUserId());
        List<ProjectView> views = new ArrayList<>(rows.size());
        for (ProjectRow row : rows) {
            views.add(ProjectView.of(row, cloud));
        }
        return views;
    }

    @Transactional(readOnly = true)
    List<ProjectView> selfProjects(Caller caller) {
        long userId = policy.requireUser(caller);
        List<ProjectView> views = new ArrayList<>();
        Map<Long, CloudRow> cloudsById = new LinkedHashMap<>();
        for (ProjectRow row : projects.findVisible(userId)) {
            CloudRow cloud = cloudsById.computeIfAbsent(row.cloudId(), this::requireCloud);
            views.add(ProjectView.of(row, cloud));
        }
        return views;
    }

    @Transactional
    ProjectView create(Caller caller, long cloudId, ProjectRequest request) {
        access.requireCloud(caller, cloudId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_USER);
        Long parentId = request.parentId();
        if (parentId != null) {
            if (!projects.existsIn(cloudId, parentId)) {
                throw new InvalidRequestException("parent_id", "No project " + parentId + " in cloud " + cloudId + ".");
            }
            access.require(caller, cloudId, parentId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        }
        ProjectView created = insert(caller, cloudId, parentId, request.name().strip(), request.description(),
                status(request.status()));
        activity.record(created.id(), caller, "project.create", Map.of("name", created.name()));
        return created;
    }

    /** Inserts a project whose admin is the (user) caller; cloud admins become its admins too. */
    ProjectView insert(Caller caller, long cloudId, @Nullable Long parentId, String name, @Nullable String description,
            String status) {
        long id = projects.insert(cloudId, parentId, name, description, status);
        projects.addCloudAdmins(cloudId, id);
        Long userId = caller.userId();
        if (userId != null) {
            projects.upsertMember(id, userId, AccessPolicy.ROLE_ADMIN);
        }
        ProjectRow row = requireProject(cloudId, id);
        events.publishEvent(new ProjectCreated(cloudId, id, parentId, row.rootFolderId(), userId));
        return ProjectView.of(row, requireCloud(cloudId));
    }

    @Transactional(readOnly = true)
    ProjectView get(Caller caller, long cloudId, long id) {
        access.projectRole(caller, cloudId, id);
        return ProjectView.of(requireProject(cloudId, id), requireCloud(cloudId));
    }

    @Transactional
    ProjectView update(Caller caller, long cloudId, long id, PatchedProjectRequest patch) {
        access.require(caller, cloudId, id, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        ProjectRow current = requireProject(cloudId, id);
        ProjectRow updated = new ProjectRow(current.id(), current.cloudId(), current.parentId(),
                patch.name() == null ? current.name() : patch.name().strip(),
                patch.description() == null ? current.description() : patch.description(),
                patch.status() == null ? current.status() : status(patch.status()), current.rootFolderId(),
                patch.mainModelId() == null ? current.mainModelId() : patch.mainModelId(), current.storedBytes(),
                current.createdAt(), current.updatedAt());
        projects.update(updated);
        activity.record(id, caller, "project.update", changes(patch));
        return ProjectView.of(requireProject(cloudId, id), requireCloud(cloudId));
    }

    /** Deletes the project and its sub-projects, announcing each (deepest first) before the rows go. */
    @Transactional
    void delete(Caller caller, long cloudId, long id) {
        access.require(caller, cloudId, id, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        for (long projectId : projects.subtreeDeepestFirst(id)) {
            events.publishEvent(new ProjectDeleted(cloudId, projectId));
        }
        projects.delete(id);
    }

    @Transactional(readOnly = true)
    FolderView tree(Caller caller, long cloudId, long id) {
        int role = access.projectRole(caller, cloudId, id);
        ProjectRow project = requireProject(cloudId, id);
        int permission = role >= AccessPolicy.ROLE_USER ? 100 : 50;
        return new FolderView(project.rootFolderId(), null, "Folder", "Folder", project.name(), project.createdAt(),
                project.updatedAt(), null, List.of(), 100, permission, List.of());
    }

    /** The caller leaves the project. A cloud admin is admin of every project and cannot leave one (409). */
    @Transactional
    void leave(Caller caller, long cloudId, long id) {
        access.require(caller, cloudId, id, Scopes.ORG_MANAGE, AccessPolicy.ROLE_GUEST);
        long userId = caller.requireUserId();
        if (clouds.role(cloudId, userId).orElse(0) == AccessPolicy.ROLE_ADMIN) {
            throw new ConflictException("A cloud admin is admin of every project of the cloud and cannot leave project "
                    + id + "; leave the cloud or be demoted first.");
        }
        projects.memberOfUser(id, userId).ifPresent(member -> projects.deleteMember(member.id()));
        activity.record(id, caller, "project.leave", Map.of("user_id", userId));
    }

    @Transactional(readOnly = true)
    CheckProjectAccessView checkAccess(Caller caller, long cloudId, long id) {
        int role = access.projectRole(caller, cloudId, id);
        List<String> tokenScopes = new ArrayList<>(caller.scopes());
        tokenScopes.sort(null);
        List<String> usable = new ArrayList<>();
        for (String scope : tokenScopes) {
            boolean management = scope.equals(Scopes.ORG_MANAGE) || scope.equals(Scopes.CLOUD_MANAGE)
                    || scope.equals(Scopes.WEBHOOK_MANAGE) || scope.equals(Scopes.LOGS_READ);
            if (READ_SCOPES.contains(scope) || (role >= AccessPolicy.ROLE_USER && !management)
                    || role >= AccessPolicy.ROLE_ADMIN) {
                usable.add(scope);
            }
        }
        UserView user = null;
        Long userId = caller.userId();
        if (userId != null) {
            user = projects.memberOfUser(id, userId)
                    .map(member -> UserView.of(member.user(), member.cloudRole(), role)).orElse(null);
        }
        return new CheckProjectAccessView(true, role >= AccessPolicy.ROLE_USER, role >= AccessPolicy.ROLE_ADMIN,
                tokenScopes, usable, role, user);
    }

    @Transactional(readOnly = true)
    ProjectSizeView size(Caller caller, long cloudId, long id) {
        access.projectRole(caller, cloudId, id);
        return new ProjectSizeView(requireProject(cloudId, id).storedBytes());
    }

    @Transactional(readOnly = true)
    List<UserProjectView> members(Caller caller, long cloudId, long projectId, @Nullable String email,
            @Nullable String contains, @Nullable String startsWith, @Nullable String endsWith) {
        access.projectRole(caller, cloudId, projectId);
        List<UserProjectView> views = new ArrayList<>();
        for (ProjectMemberRow member : projects.members(projectId, email, contains, startsWith, endsWith)) {
            views.add(UserProjectView.of(member));
        }
        return views;
    }

    @Transactional
    UserProjectView updateMember(Caller caller, long cloudId, long projectId, long memberId,
            @Nullable Integer requestedRole) {
        access.require(caller, cloudId, projectId, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        ProjectMemberRow member = requireMember(projectId, memberId);
        if (requestedRole != null) {
            int role = Roles.projectRole(requestedRole, "role");
            if (member.cloudRole() == AccessPolicy.ROLE_ADMIN && role != AccessPolicy.ROLE_ADMIN) {
                throw new ConflictException("User " + member.user().id()
                        + " is a cloud admin, so admin of every project; change their cloud role first.");
            }
            projects.setRole(memberId, role);
            activity.record(projectId, caller, "project.member.update",
                    Map.of("user_id", member.user().id(), "role", role));
        }
        return UserProjectView.of(requireMember(projectId, memberId));
    }

    @Transactional
    void deleteMember(Caller caller, long cloudId, long projectId, long memberId) {
        access.require(caller, cloudId, projectId, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        ProjectMemberRow member = requireMember(projectId, memberId);
        if (member.cloudRole() == AccessPolicy.ROLE_ADMIN) {
            throw new ConflictException("User " + member.user().id()
                    + " is a cloud admin, so admin of every project; remove them from the cloud instead.");
        }
        projects.deleteMember(memberId);
        activity.record(projectId, caller, "project.member.delete", Map.of("user_id", member.user().id()));
    }

    @Transactional(readOnly = true)
    List<LogEntryView> logs(Caller caller, long cloudId, long projectId) {
        access.require(caller, cloudId, projectId, Scopes.LOGS_READ, AccessPolicy.ROLE_ADMIN);
        List<LogEntryView> views = new ArrayList<>();
        for (ProjectLogRepository.LogRow row : logs.ofProject(projectId)) {
            views.add(new LogEntryView(row.id(), row.userId(), row.userEmail(), row.appName(), row.projectName(),
                    row.date(), row.action(), JSON.readTree(row.descriptionJson())));
        }
        return views;
    }

    CloudRow requireCloud(long cloudId) {
        return clouds.find(cloudId).orElseThrow(() -> ProjectAccessCheck.cloudNotFound(cloudId));
    }

    ProjectRow requireProject(long cloudId, long id) {
        return projects.find(cloudId, id).orElseThrow(() -> ProjectAccessCheck.projectNotFound(cloudId, id));
    }

    private ProjectMemberRow requireMember(long projectId, long memberId) {
        return projects.member(projectId, memberId).orElseThrow(
                () -> new NotFoundException("No member " + memberId + " in project " + projectId + "."));
    }

    private static String status(@Nullable String status) {
        if (status == null) {
            return "A";
        }
        if (!status.equals("A") && !status.equals("D")) {
            throw new InvalidRequestException("status", "must be A (active) or D (deleted), got " + status + ".");
        }
        return status;
    }

    private static Map<String, Object> changes(PatchedProjectRequest patch) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (patch.name() != null) {
            changes.put("name", patch.name());
        }
        if (patch.description() != null) {
            changes.put("description", patch.description());
        }
        if (patch.status() != null) {
            changes.put("status", patch.status());
        }
        if (patch.mainModelId() != null) {
            changes.put("main_model_id", patch.mainModelId());
        }
        return changes;
    }
}
