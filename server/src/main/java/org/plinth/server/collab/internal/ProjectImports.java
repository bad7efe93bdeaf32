package org.plinth.server.collab.internal;

import java.util.List;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.internal.CollabRequests.ProjectImportRequest;
import org.plinth.server.collab.internal.CollabViews.ProjectView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BIMData {@code importFromProject}: copies groups from another project of the cloud. The DMS
 * folder tree ({@code import_dms}) comes with the documents feature; until then it is refused (400)
 * rather than silently skipped. {@code import_users} is accepted and ignored: members are not copied.
 */
@Service
class ProjectImports {

    private final GroupService groups;
    private final ProjectService projects;
    private final ProjectAccessCheck access;

    ProjectImports(GroupService groups, ProjectService projects, ProjectAccessCheck access) {
        this.groups = groups;
        this.projects = projects;
        this.access = access;
    }

    @Transactional
    ProjectView importFrom(Caller caller, long cloudId, long projectId, ProjectImportRequest request) {
        // Authorization first: a caller who may not administer the project learns nothing from the body checks.
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        if (Boolean.TRUE.equals(request.importDms())) {
            throw new InvalidRequestException("import_dms", "Importing the folder tree is not available yet.");
        }
        long source = request.projectId();
        if (source == projectId) {
            throw new InvalidRequestException("project_id", "A project cannot import from itself.");
        }
        access.require(caller, cloudId, source, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        if (Boolean.TRUE.equals(request.importGroups())) {
            groups.importGroups(caller, cloudId, projectId, source, List.of());
        }
        return projects.get(caller, cloudId, projectId);
    }
}
