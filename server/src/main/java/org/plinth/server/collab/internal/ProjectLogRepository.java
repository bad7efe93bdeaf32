package org.plinth.server.collab.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code project_log}. */
@Repository
class ProjectLogRepository {

    private static final String INSERT = """
            INSERT INTO project_log (project_id, user_id, user_email, app_name, action, description)
            VALUES (:projectId, :userId, coalesce((SELECT email FROM users WHERE id = :userId), ''), :appName, :action,
                    CAST(:description AS JSONB))""";

    private static final String OF_PROJECT = """
            SELECT l.id, l.user_id, l.user_email, l.app_name, p.name AS project_name, l.created_at, l.action,
                   l.description::text AS description
              FROM project_log l JOIN project p ON p.id = l.project_id
             WHERE l.project_id = :projectId
             ORDER BY l.id DESC""";

    private final JdbcClient jdbc;

    ProjectLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long projectId, @Nullable Long userId, String appName, String action, String descriptionJson) {
        jdbc.sql(INSERT).param("projectId", projectId).param("userId", userId).param("appName", appName)
                .param("action", action).param("description", descriptionJson).update();
    }

    List<LogRow> ofProject(long projectId) {
        return jdbc.sql(OF_PROJECT).param("projectId", projectId).query(ProjectLogRepository::map).list();
    }

    record LogRow(long id, @Nullable Long userId, String userEmail, String appName, String projectName,
            OffsetDateTime date, String action, String descriptionJson) {
    }

    private static LogRow map(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        return new LogRow(rs.getLong("id"), userId, rs.getString("user_email"), rs.getString("app_name"),
                rs.getString("project_name"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("action"),
                rs.getString("description"));
    }
}
