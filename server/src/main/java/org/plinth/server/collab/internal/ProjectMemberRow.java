package org.plinth.server.collab.internal;

/** A project membership (its id is BIMData's UserProject id) with the member's user columns and cloud role. */
record ProjectMemberRow(long id, long projectId, UserSummary user, int role, int cloudRole, boolean inAllProjects) {
}
