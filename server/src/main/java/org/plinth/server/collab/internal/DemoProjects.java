package org.plinth.server.collab.internal;

import java.util.Map;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.internal.CollabViews.ProjectView;
import org.plinth.server.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BIMData {@code createDemo}: a project named "Demo". The already processed sample model comes
 * with the model feature (it will listen to {@code ProjectCreated}); until then the project alone.
 */
@Service
class DemoProjects {

    static final String NAME = "Demo";

    private final ProjectAccessCheck access;
    private final ProjectService projects;
    private final ProjectActivity activity;

    DemoProjects(ProjectAccessCheck access, ProjectService projects, ProjectActivity activity) {
        this.access = access;
        this.projects = projects;
        this.activity = activity;
    }

    @Transactional
    ProjectView create(Caller caller, long cloudId) {
        access.requireCloud(caller, cloudId, Scopes.CLOUD_MANAGE, AccessPolicy.ROLE_USER);
        ProjectView project = projects.insert(caller, cloudId, null, NAME, "A demonstration project.", "A");
        activity.record(project.id(), caller, "project.create", Map.of("name", NAME, "demo", true));
        return project;
    }
}
