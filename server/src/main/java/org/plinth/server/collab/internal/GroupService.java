package org.plinth.server.collab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.internal.CollabRequests.GroupRequest;
import org.plinth.server.collab.internal.CollabRequests.PatchedGroupRequest;
import org.plinth.server.collab.internal.CollabViews.UserProjectView;
import org.plinth.server.collab.internal.GroupRepository.GroupRow;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Project groups: managed by project admins ({@code group}), read by their members ({@code me/group}). */
@Service
class GroupService {

    /** BIMData {@code Group}. */
    record GroupView(long id, String name, @Nullable String shortName, @Nullable String color,
            List<UserProjectView> members) {
    }

    private final GroupRepository groups;
    private final ProjectRepository projects;
    private final ProjectAccessCheck access;
    private final ProjectActivity activity;

    GroupService(GroupRepository groups, ProjectRepository projects, ProjectAccessCheck access,
            ProjectActivity activity) {
        this.groups = groups;
        this.projects = projects;
        this.access = access;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    List<GroupView> list(Caller caller, long cloudId, long projectId) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        return views(groups.ofProject(projectId));
    }

    @Transactional(readOnly = true)
    List<GroupView> mine(Caller caller, long cloudId, long projectId) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        Long userId = caller.userId();
        return userId == null ? List.of() : views(groups.ofMember(projectId, userId));
    }

    @Transactional(readOnly = true)
    GroupView mineOne(Caller caller, long cloudId, long projectId, long id) {
        for (GroupView group : mine(caller, cloudId, projectId)) {
            if (group.id() == id) {
                return group;
            }
        }
        throw notFound(projectId, id);
    }

    @Transactional(readOnly = true)
    GroupView get(Caller caller, long cloudId, long projectId, long id) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        return view(require(projectId, id));
    }

    @Transactional
    GroupView create(Caller caller, long cloudId, long projectId, GroupRequest request) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        long id = groups.insert(projectId, request.name().strip(), request.shortName(), request.color());
        activity.record(projectId, caller, "group.create", Map.of("group_id", id, "name", request.name()));
        return view(require(projectId, id));
    }

    @Transactional
    GroupView update(Caller caller, long cloudId, long projectId, long id, PatchedGroupRequest patch) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        GroupRow current = require(projectId, id);
        groups.update(new GroupRow(id, projectId, patch.name() == null ? current.name() : patch.name().strip(),
                patch.shortName() == null ? current.shortName() : patch.shortName(),
                patch.color() == null ? current.color() : patch.color()));
        activity.record(projectId, caller, "group.update", Map.of("group_id", id));
        return view(require(projectId, id));
    }

    @Transactional
    void delete(Caller caller, long cloudId, long projectId, long id) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        require(projectId, id);
        groups.delete(id);
        activity.record(projectId, caller, "group.delete", Map.of("group_id", id));
    }

    @Transactional
    UserProjectView addMember(Caller caller, long cloudId, long projectId, long groupId, long memberId) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        require(projectId, groupId);
        ProjectMemberRow member = projects.member(projectId, memberId).orElseThrow(() -> new InvalidRequestException(
                "userproject_id", "No member " + memberId + " in project " + projectId + "."));
        groups.addMember(groupId, memberId);
        activity.record(projectId, caller, "group.member.add", Map.of("group_id", groupId, "user_id", member.user().id()));
        return UserProjectView.of(member);
    }

    @Transactional
    void removeMember(Caller caller, long cloudId, long projectId, long groupId, long memberId) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        require(projectId, groupId);
        if (!groups.removeMember(groupId, memberId)) {
            throw new NotFoundException("No member " + memberId + " in group " + groupId + ".");
        }
        activity.record(projectId, caller, "group.member.delete", Map.of("group_id", groupId, "userproject_id", memberId));
    }

    /**
     * Copies groups of another project of the cloud into this one (the caller must administer
     * both). Members who are also members here are kept; the others are left out (BIMData invites
     * them; Plinth reports them in the log).
     */
    @Transactional
    List<GroupView> importGroups(Caller caller, long cloudId, long projectId, long sourceProjectId, List<Long> groupIds) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        access.require(caller, cloudId, sourceProjectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<GroupRow> created = new ArrayList<>();
        for (GroupRow source : groups.ofProject(sourceProjectId)) {
            if (!groupIds.isEmpty() && !groupIds.contains(source.id())) {
                continue;
            }
            long id = groups.insert(projectId, source.name(), source.shortName(), source.color());
            for (long sourceMemberId : groups.memberIds(source.id())) {
                projects.member(sourceProjectId, sourceMemberId)
                        .flatMap(member -> projects.memberOfUser(projectId, member.user().id()))
                        .ifPresent(here -> groups.addMember(id, here.id()));
            }
            created.add(require(projectId, id));
        }
        activity.record(projectId, caller, "group.import", Map.of("from_project_id", sourceProjectId,
                "groups", created.size()));
        return views(created);
    }

    /** importManageGroup: the groups named, from whichever project of the cloud holds them. */
    @Transactional
    List<GroupView> importByIds(Caller caller, long cloudId, long projectId, List<Long> groupIds) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<GroupView> created = new ArrayList<>();
        List<Long> sources = new ArrayList<>();
        for (ProjectRow project : projects.findOfCloud(cloudId)) {
            if (project.id() == projectId) {
                continue;
            }
            for (GroupRow group : groups.ofProject(project.id())) {
                if (groupIds.contains(group.id()) && !sources.contains(project.id())) {
                    sources.add(project.id());
                }
            }
        }
        if (sources.isEmpty() && !groupIds.isEmpty()) {
            throw new InvalidRequestException("group_ids", "No group " + groupIds + " in another project of cloud "
                    + cloudId + ".");
        }
        for (long source : sources) {
            created.addAll(importGroups(caller, cloudId, projectId, source, groupIds));
        }
        return created;
    }

    private GroupRow require(long projectId, long id) {
        return groups.find(projectId, id).orElseThrow(() -> notFound(projectId, id));
    }

    private static NotFoundException notFound(long projectId, long id) {
        return new NotFoundException("No group " + id + " in project " + projectId + ".");
    }

    private List<GroupView> views(List<GroupRow> rows) {
        List<GroupView> views = new ArrayList<>(rows.size());
        for (GroupRow row : rows) {
            views.add(view(row));
        }
        return views;
    }

    private GroupView view(GroupRow group) {
        List<UserProjectView> members = new ArrayList<>();
        for (long memberId : groups.memberIds(group.id())) {
            projects.member(group.projectId(), memberId).ifPresent(member -> members.add(UserProjectView.of(member)));
        }
        return new GroupView(group.id(), group.name(), group.shortName(), group.color(), members);
    }
}
