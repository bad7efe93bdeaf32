package org.plinth.server.auth;

import java.util.List;

/**
 * The clouds and projects a user belongs to, as {@code GET /user} (BIMData {@code SelfUser}) lists
 * them. Declared here so the auth feature needs no dependency on the feature that knows
 * memberships (collab provides the bean); without such a bean the lists are empty.
 */
public interface UserMemberships {

    Roles of(long userId);

    /** @param clouds BIMData {@code CloudRole}s; @param projects BIMData {@code ProjectRole}s */
    record Roles(List<CloudRole> clouds, List<ProjectRole> projects) {

        public static final Roles NONE = new Roles(List.of(), List.of());

        public Roles {
            clouds = List.copyOf(clouds);
            projects = List.copyOf(projects);
        }
    }

    /** BIMData {@code CloudRole}: {@code {"cloud": 1, "role": 100}}. */
    record CloudRole(long cloud, int role) {
    }

    /** BIMData {@code ProjectRole}: {@code {"project": 1, "role": 25}}. */
    record ProjectRole(long project, int role) {
    }
}
