package org.plinth.server.collab.internal;

import java.util.ArrayList;
import java.util.List;

import org.plinth.server.auth.UserMemberships;
import org.springframework.stereotype.Component;

/** Fills {@code clouds} and {@code projects} of {@code GET /user} from the memberships. */
@Component
class CollabUserMemberships implements UserMemberships {

    private final CloudRepository clouds;
    private final ProjectRepository projects;

    CollabUserMemberships(CloudRepository clouds, ProjectRepository projects) {
        this.clouds = clouds;
        this.projects = projects;
    }

    @Override
    public Roles of(long userId) {
        List<CloudRole> cloudRoles = new ArrayList<>();
        for (CloudRow cloud : clouds.findOfUser(userId)) {
            cloudRoles.add(new CloudRole(cloud.id(), clouds.role(cloud.id(), userId).orElse(0)));
        }
        List<ProjectRole> projectRoles = new ArrayList<>();
        for (long[] role : projects.rolesOfUser(userId)) {
            projectRoles.add(new ProjectRole(role[0], (int) role[1]));
        }
        return new Roles(cloudRoles, projectRoles);
    }
}
