package org.plinth.server.collab;

import org.plinth.server.platform.Caller;

/**
 * The caller's standing in a cloud or project, for every feature's routes under
 * {@code /cloud/{cloud_pk}/project/{project_pk}/...}. An object the caller may not see is a 404
 * (never a 403 that would reveal it exists); a visible one with too low a role is a 403.
 * Project access tokens (BIMData {@code access-token}) work on their own project only, with the
 * role of a project user and their own scopes.
 */
public interface ProjectAccess {

    /** {@link org.plinth.server.platform.Caller#tokenType()} of a project access token. */
    String PROJECT_TOKEN_TYPE = "project_access_token";

    /** The caller's cloud role (100 or 50); 404 when not a member, 403 for a project access token. */
    int cloudRole(Caller caller, long cloudId);

    /** The caller's effective project role (100, 50 or 25; a cloud admin is 100); 404 when invisible. */
    int projectRole(Caller caller, long cloudId, long projectId);

    /**
     * 404 unless the project is visible, then 403 unless the token carries {@code scope} and the
     * role reaches {@code requiredRole}. Project access tokens pass up to the user role (50).
     *
     * @return the caller's effective project role
     */
    int require(Caller caller, long cloudId, long projectId, String scope, int requiredRole);

    /** The project a project access token is bound to, or -1 for any other caller. */
    static long tokenProjectId(Caller caller) {
        if (!PROJECT_TOKEN_TYPE.equals(caller.tokenType())) {
            return -1;
        }
        return Long.parseLong(caller.subject().substring(caller.subject().indexOf(':') + 1));
    }
}
