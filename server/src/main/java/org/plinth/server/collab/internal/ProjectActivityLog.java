package org.plinth.server.collab.internal;

import java.util.Map;

import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.platform.Caller;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** {@link ProjectActivity} in {@code project_log}. */
@Service
class ProjectActivityLog implements ProjectActivity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectLogRepository logs;

    ProjectActivityLog(ProjectLogRepository logs) {
        this.logs = logs;
    }

    @Override
    public void record(long projectId, Caller caller, String action, Map<String, ?> description) {
        String app;
        if (ProjectAccess.tokenProjectId(caller) >= 0) {
            app = "project access token";
        } else {
            app = caller.clientId() == null ? "" : caller.clientId();
        }
        logs.insert(projectId, caller.userId(), app, action, JSON.writeValueAsString(description));
    }
}
