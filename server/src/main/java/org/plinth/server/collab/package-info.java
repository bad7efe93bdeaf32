/**
 * Collaboration: clouds, projects (with sub-projects), members and roles, invitations, groups,
 * project classifications, project access tokens and the project activity log.
 * Other features use {@link org.plinth.server.collab.ProjectAccess} to check a caller against a
 * project (role x scope, project access tokens included), {@link org.plinth.server.collab.ProjectActivity}
 * to log their writes, and listen to {@link org.plinth.server.collab.ProjectDeleted} /
 * {@link org.plinth.server.collab.CloudDeleted} to delete what they keep under a project or cloud.
 */
@NullMarked
package org.plinth.server.collab;

import org.jspecify.annotations.NullMarked;
