package org.plinth.server.collab.internal;

/** A cloud membership with the member's user columns. */
record CloudMemberRow(UserSummary user, int role, boolean inAllProjects) {
}
