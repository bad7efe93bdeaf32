package org.plinth.server.collab.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.CloudDeleted;
import org.plinth.server.collab.ProjectDeleted;
import org.plinth.server.collab.internal.CollabViews.CloudView;
import org.plinth.server.collab.internal.CollabViews.SizeView;
import org.plinth.server.collab.internal.CollabViews.UserCloudView;
import org.plinth.server.collab.internal.CollabViews.UserView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clouds and their members. */
@Service
class CloudService {

    private final CloudRepository clouds;
    private final ProjectRepository projects;
    private final ProjectAccessCheck access;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    CloudService(CloudRepository clouds, ProjectRepository projects, ProjectAccessCheck access, AccessPolicy policy,
            ApplicationEventPublisher events) {
        this.clouds = clouds;
        this.projects = projects;
        this.access = access;
        this.policy = policy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<CloudView> list(Caller caller) {
        Long userId = caller.userId();
        if (userId == null) {
            return List.of();
        }
        List<CloudView> views = new ArrayList<>();
        for (CloudRow cloud : clouds.findOfUser(userId)) {
            views.add(CloudView.of(cloud));
        }
        return views;
    }

    @Transactional
    CloudView create(Caller caller, String name) {
        policy.requireScope(caller, Scopes.CLOUD_MANAGE);
        long userId = policy.requireUser(caller);
        long id = clouds.insert(name.strip(), userId);
        clouds.upsertMember(id, userId, AccessPolicy.ROLE_ADMIN, true);
        return CloudView.of(require(id));
    }

    @Transactional(readOnly = true)
    CloudView get(Caller caller, long id) {
        access.cloudRole(caller, id);
        return CloudView.of(require(id));
    }

    @Transactional
    CloudView update(Caller caller, long id, @Nullable String name) {
        access.requireCloud(caller, id, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        if (name != null) {
            clouds.rename(id, name.strip());
        }
        return CloudView.of(require(id));
    }

    /** Deletes the cloud and everything under it, announcing each project and then the cloud. */
    @Transactional
    void delete(Caller caller, long id) {
        access.requireCloud(caller, id, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        clouds.lock(id);
        for (long projectId : projects.ofCloudDeepestFirst(id)) {
            events.publishEvent(new ProjectDeleted(id, projectId));
        }
        events.publishEvent(new CloudDeleted(id));
        clouds.delete(id);
    }

    @Transactional(readOnly = true)
    void checkAccess(Caller caller, long id) {
        access.cloudRole(caller, id);
    }

    @Transactional(readOnly = true)
    SizeView size(Caller caller, long id) {
        int role = access.cloudRole(caller, id);
        long used = require(id).storedBytes();
        return new SizeView("BIMDATA_PLATFORM", role, used, -1, -1, 100.0);
    }

    @Transactional(readOnly = true)
    List<UserCloudView> members(Caller caller, long cloudId, @Nullable String email, @Nullable String contains,
            @Nullable String startsWith, @Nullable String endsWith) {
        access.requireCloud(caller, cloudId, Scopes.CLOUD_READ, AccessPolicy.ROLE_USER);
        List<UserCloudView> views = new ArrayList<>();
        for (CloudMemberRow member : clouds.members(cloudId, email, contains, startsWith, endsWith)) {
            views.add(UserCloudView.of(member));
        }
        return views;
    }

    @Transactional
    UserView updateMember(Caller caller, long cloudId, long userId, @Nullable Integer requestedRole) {
        access.requireCloud(caller, cloudId, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        CloudMemberRow member = requireMember(cloudId, userId);
        if (requestedRole != null) {
            int role = Roles.cloudRole(requestedRole, "cloud_role");
            clouds.lock(cloudId);
            if (member.role() == AccessPolicy.ROLE_ADMIN && role != AccessPolicy.ROLE_ADMIN
                    && clouds.adminCount(cloudId) <= 1) {
                throw new ConflictException("User " + userId + " is the last admin of cloud " + cloudId
                        + "; make another member admin first.");
            }
            clouds.setRole(cloudId, userId, role);
            if (role == AccessPolicy.ROLE_ADMIN) {
                projects.makeAdminOfAll(cloudId, userId);
            }
        }
        CloudMemberRow updated = requireMember(cloudId, userId);
        return UserView.of(updated.user(), updated.role(), 0);
    }

    /** Removes a member (an admin removing anyone, or a member leaving), with their project memberships. */
    @Transactional
    void deleteMember(Caller caller, long cloudId, long userId) {
        boolean leaving = caller.userId() != null && caller.userId() == userId;
        if (leaving) {
            policy.require(caller, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_USER, access.cloudRole(caller, cloudId), false);
        } else {
            access.requireCloud(caller, cloudId, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_ADMIN);
        }
        CloudMemberRow member = requireMember(cloudId, userId);
        clouds.lock(cloudId);
        if (member.role() == AccessPolicy.ROLE_ADMIN && clouds.adminCount(cloudId) <= 1) {
            throw new ConflictException("User " + userId + " is the last admin of cloud " + cloudId
                    + " and cannot leave it; make another member admin first, or delete the cloud.");
        }
        projects.deleteUserFromCloud(cloudId, userId);
        clouds.deleteMember(cloudId, userId);
    }

    CloudRow require(long id) {
        return clouds.find(id).orElseThrow(() -> ProjectAccessCheck.cloudNotFound(id));
    }

    private CloudMemberRow requireMember(long cloudId, long userId) {
        return clouds.member(cloudId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId + " is not a member of cloud " + cloudId + "."));
    }

}
