package org.plinth.server.collab.internal;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ForbiddenException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** {@link ProjectAccess}: membership from the database, role x scope through {@link AccessPolicy}. */
@Service
class ProjectAccessCheck implements ProjectAccess {

    private final CloudRepository clouds;
    private final ProjectRepository projects;
    private final AccessPolicy policy;

    ProjectAccessCheck(CloudRepository clouds, ProjectRepository projects, AccessPolicy policy) {
        this.clouds = clouds;
        this.projects = projects;
        this.policy = policy;
    }

    @Override
    public int cloudRole(Caller caller, long cloudId) {
        if (ProjectAccess.tokenProjectId(caller) >= 0) {
            throw new ForbiddenException("A project access token works on its own project's routes only.");
        }
        Long userId = caller.userId();
        Integer role = userId == null ? null : clouds.role(cloudId, userId).orElse(null);
        if (role == null) {
            throw cloudNotFound(cloudId);
        }
        return role;
    }

    @Override
    public int projectRole(Caller caller, long cloudId, long projectId) {
        long tokenProject = ProjectAccess.tokenProjectId(caller);
        if (tokenProject >= 0) {
            // Same answer whether the project exists or not: a token learns nothing about other projects.
            if (tokenProject != projectId || !projects.existsIn(cloudId, projectId)) {
                throw new ForbiddenException("This project access token is valid for project " + tokenProject + " only.");
            }
            return AccessPolicy.ROLE_USER;
        }
        Long userId = caller.userId();
        Integer role = userId == null ? null : projects.effectiveRole(cloudId, projectId, userId).orElse(null);
        if (role == null) {
            throw projectNotFound(cloudId, projectId);
        }
        return role;
    }

    @Override
    public int require(Caller caller, long cloudId, long projectId, String scope, int requiredRole) {
        int role = projectRole(caller, cloudId, projectId);
        boolean projectToken = ProjectAccess.tokenProjectId(caller) >= 0;
        if (projectToken && requiredRole > AccessPolicy.ROLE_USER) {
            policy.requireScope(caller, scope);
            throw new ForbiddenException("A project access token cannot manage the project.");
        }
        policy.require(caller, scope, requiredRole, role, projectToken);
        return role;
    }

    /** For routes without a BIMData scope: visible is enough, the role must still reach {@code requiredRole}. */
    int requireRole(Caller caller, long cloudId, long projectId, int requiredRole) {
        int role = projectRole(caller, cloudId, projectId);
        if (role < requiredRole) {
            throw new ForbiddenException("Your project role (" + role + ") is below the required " + requiredRole + ".");
        }
        return role;
    }

    /** Cloud role check with a scope, for cloud-level writes. Applications have no cloud role. */
    int requireCloud(Caller caller, long cloudId, String scope, int requiredRole) {
        int role = cloudRole(caller, cloudId);
        policy.require(caller, scope, requiredRole, role, false);
        return role;
    }

    static NotFoundException cloudNotFound(long cloudId) {
        return new NotFoundException("No cloud with id " + cloudId + ".");
    }

    static NotFoundException projectNotFound(long cloudId, long projectId) {
        return new NotFoundException("No project with id " + projectId + " in cloud " + cloudId + ".");
    }
}
