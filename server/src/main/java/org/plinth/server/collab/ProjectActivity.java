package org.plinth.server.collab;

import java.util.Map;

import org.plinth.server.platform.Caller;

/** The project activity log (BIMData {@code getLogs}): every feature records its writes here. */
public interface ProjectActivity {

    /**
     * Records that {@code caller} did {@code action} (e.g. {@code project.update}) in the project, in
     * the caller's transaction. {@code description} is stored as JSON.
     */
    void record(long projectId, Caller caller, String action, Map<String, ?> description);
}
