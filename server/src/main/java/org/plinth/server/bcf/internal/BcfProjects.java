package org.plinth.server.bcf.internal;

import java.util.List;
import java.util.Optional;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * BCF routes name a project without its cloud ({@code /bcf/2.1/projects/{id}}); this finds the cloud
 * and the caller's role there through {@link ProjectAccess}. The collab feature exposes no lookup by
 * project id, so the cloud id, the name and the visible projects are read from its {@code project},
 * {@code project_member} and {@code cloud_member} tables (read only, except the name a BCF client
 * may change, which is the Plinth project's name).
 */
@Component
class BcfProjects {

    /** A Plinth project as BCF sees it, with the caller's effective role. */
    record Project(long id, long cloudId, String name, int role) {
    }

    private final JdbcClient jdbc;
    private final ProjectAccess access;

    BcfProjects(JdbcClient jdbc, ProjectAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * 404 unless the caller sees the project, 403 unless the token carries {@code scope} and the
     * role reaches {@code requiredRole}.
     */
    Project require(Caller caller, long projectId, String scope, int requiredRole) {
        Optional<CloudAndName> row = jdbc.sql("SELECT cloud_id, name FROM project WHERE id = ? AND status = 'A'")
                .param(projectId)
                .query((rs, n) -> new CloudAndName(rs.getLong(1), rs.getString(2)))
                .optional();
        if (row.isEmpty()) {
            throw notFound(projectId);
        }
        int role = access.require(caller, row.get().cloudId(), projectId, scope, requiredRole);
        return new Project(projectId, row.get().cloudId(), row.get().name(), role);
    }

    /** The projects a user sees: direct members, and every project of a cloud they administer or see wholly. */
    List<Project> visibleTo(long userId) {
        return jdbc.sql("""
                SELECT p.id, p.cloud_id, p.name,
                       GREATEST(COALESCE(pm.role, 0),
                                CASE WHEN cm.role = 100 THEN 100 WHEN cm.in_all_projects THEN 50 ELSE 0 END) AS role
                FROM project p
                LEFT JOIN project_member pm ON pm.project_id = p.id AND pm.user_id = :user
                LEFT JOIN cloud_member cm ON cm.cloud_id = p.cloud_id AND cm.user_id = :user
                WHERE p.status = 'A' AND (pm.user_id IS NOT NULL OR cm.role = 100 OR cm.in_all_projects)
                ORDER BY p.id""")
                .param("user", userId)
                .query((rs, n) -> new Project(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    void rename(long projectId, String name) {
        jdbc.sql("UPDATE project SET name = ?, updated_at = now() WHERE id = ?").params(name, projectId).update();
    }

    /** Whether {@code email} belongs to a user who may see the project (a member or a cloud admin). */
    boolean isProjectUser(long projectId, long cloudId, String email) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM users u
                    WHERE lower(u.email) = lower(:email)
                      AND (EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = :project AND pm.user_id = u.id)
                        OR EXISTS (SELECT 1 FROM cloud_member cm WHERE cm.cloud_id = :cloud AND cm.user_id = u.id
                                   AND (cm.role = 100 OR cm.in_all_projects))))""")
                .param("email", email).param("project", projectId).param("cloud", cloudId)
                .query(Boolean.class).single();
    }

    /** The e-mails of the project's users (members and cloud admins), sorted. */
    List<String> userEmails(long projectId, long cloudId) {
        return jdbc.sql("""
                SELECT u.email FROM users u
                WHERE EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = :project AND pm.user_id = u.id)
                   OR EXISTS (SELECT 1 FROM cloud_member cm WHERE cm.cloud_id = :cloud AND cm.user_id = u.id
                              AND (cm.role = 100 OR cm.in_all_projects))
                ORDER BY u.email""")
                .param("project", projectId).param("cloud", cloudId)
                .query(String.class).list();
    }

    /** The e-mail and display name of a user (authors are e-mails in BIMData's BCF). */
    Optional<Person> person(long userId) {
        return jdbc.sql("SELECT email, firstname, lastname FROM users WHERE id = ?").param(userId)
                .query((rs, n) -> new Person(rs.getString(1), (rs.getString(2) + " " + rs.getString(3)).strip()))
                .optional();
    }

    record Person(String email, String name) {
    }

    private record CloudAndName(long cloudId, String name) {
    }

    static NotFoundException notFound(long projectId) {
        return new NotFoundException("BCF project " + projectId + " not found.");
    }

    static boolean canManage(Project project) {
        return project.role() >= AccessPolicy.ROLE_ADMIN;
    }
}
