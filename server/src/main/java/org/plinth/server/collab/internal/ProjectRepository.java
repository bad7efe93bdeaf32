package org.plinth.server.collab.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code project} and {@code project_member}. */
@Repository
class ProjectRepository {

    private static final String COLUMNS = """
            p.id, p.cloud_id, p.parent_id, p.name, p.description, p.status, p.root_folder_id, p.main_model_id,
            p.stored_bytes, p.created_at, p.updated_at""";

    private static final String FIND = "SELECT " + COLUMNS + " FROM project p WHERE p.id = :id AND p.cloud_id = :cloudId";

    private static final String FIND_OF_CLOUD = "SELECT " + COLUMNS + " FROM project p WHERE p.cloud_id = :cloudId ORDER BY p.id";

    /** Projects of a cloud the user sees: all for a cloud admin, else those with a membership. */
    private static final String FIND_VISIBLE_IN_CLOUD = "SELECT " + COLUMNS + """
             FROM project p
            WHERE p.cloud_id = :cloudId
              AND (EXISTS (SELECT 1 FROM cloud_member cm
                            WHERE cm.cloud_id = p.cloud_id AND cm.user_id = :userId AND cm.role = 100)
                   OR EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = p.id AND pm.user_id = :userId))
            ORDER BY p.id""";

    private static final String FIND_VISIBLE = "SELECT " + COLUMNS + """
             FROM project p
            WHERE EXISTS (SELECT 1 FROM cloud_member cm
                           WHERE cm.cloud_id = p.cloud_id AND cm.user_id = :userId AND cm.role = 100)
               OR EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = p.id AND pm.user_id = :userId)
            ORDER BY p.id""";

    /** The effective role: a cloud admin is admin of every project; null when not a member. */
    private static final String EFFECTIVE_ROLE = """
            SELECT CASE WHEN cm.role = 100 THEN 100 ELSE pm.role END
              FROM project p
              LEFT JOIN cloud_member cm ON cm.cloud_id = p.cloud_id AND cm.user_id = :userId
              LEFT JOIN project_member pm ON pm.project_id = p.id AND pm.user_id = :userId
             WHERE p.id = :projectId AND p.cloud_id = :cloudId""";

    private static final String EXISTS_IN = "SELECT EXISTS (SELECT 1 FROM project WHERE id = :id AND cloud_id = :cloudId)";

    private static final String INSERT = """
            INSERT INTO project (cloud_id, parent_id, name, description, status)
            VALUES (:cloudId, :parentId, :name, :description, :status)
            RETURNING id""";

    private static final String UPDATE = """
            UPDATE project SET name = :name, description = :description, status = :status,
                   main_model_id = :mainModelId, parent_id = :parentId, updated_at = now()
             WHERE id = :id""";

    private static final String DELETE = "DELETE FROM project WHERE id = :id";

    /** The project and every project below it, deepest first (the order their deletions are announced). */
    private static final String SUBTREE_DEEPEST_FIRST = """
            WITH RECURSIVE tree (id, depth) AS (
                SELECT id, 0 FROM project WHERE id = :id
                UNION ALL
                SELECT p.id, t.depth + 1 FROM project p JOIN tree t ON p.parent_id = t.id
            )
            SELECT id FROM tree ORDER BY depth DESC, id""";

    private static final String OF_CLOUD_DEEPEST_FIRST = """
            WITH RECURSIVE tree (id, depth) AS (
                SELECT id, 0 FROM project WHERE cloud_id = :cloudId AND parent_id IS NULL
                UNION ALL
                SELECT p.id, t.depth + 1 FROM project p JOIN tree t ON p.parent_id = t.id
            )
            SELECT id FROM tree ORDER BY depth DESC, id""";

    private static final String MEMBER_COLUMNS = """
            SELECT pm.id AS pm_id, pm.project_id, pm.role, coalesce(cm.role, 0) AS cloud_role,
                   coalesce(cm.in_all_projects, FALSE) AS in_all_projects, """ + UserSummary.COLUMNS + """

              FROM project_member pm
              JOIN project p ON p.id = pm.project_id
              JOIN users u ON u.id = pm.user_id
              LEFT JOIN cloud_member cm ON cm.cloud_id = p.cloud_id AND cm.user_id = pm.user_id
            """;

    private static final String MEMBERS = MEMBER_COLUMNS + """
             WHERE pm.project_id = :projectId
               AND (CAST(:email AS TEXT) IS NULL OR lower(u.email) = lower(:email))
               AND (CAST(:contains AS TEXT) IS NULL OR strpos(lower(u.email), lower(:contains)) > 0)
               AND (CAST(:startsWith AS TEXT) IS NULL OR starts_with(lower(u.email), lower(:startsWith)))
               AND (CAST(:endsWith AS TEXT) IS NULL OR right(lower(u.email), length(:endsWith)) = lower(:endsWith))
             ORDER BY pm.id""";

    private static final String MEMBER = MEMBER_COLUMNS + " WHERE pm.project_id = :projectId AND pm.id = :id";

    private static final String MEMBER_OF_USER = MEMBER_COLUMNS + " WHERE pm.project_id = :projectId AND pm.user_id = :userId";

    private static final String UPSERT_MEMBER = """
            INSERT INTO project_member (project_id, user_id, role) VALUES (:projectId, :userId, :role)
            ON CONFLICT (project_id, user_id) DO UPDATE SET role = greatest(project_member.role, excluded.role)""";

    /** A new cloud admin becomes an explicit admin of every project (so every listed member has a UserProject id). */
    private static final String ADMIN_OF_ALL = """
            INSERT INTO project_member (project_id, user_id, role)
            SELECT id, :userId, 100 FROM project WHERE cloud_id = :cloudId
            ON CONFLICT (project_id, user_id) DO UPDATE SET role = 100""";

    private static final String CLOUD_ADMINS_INTO = """
            INSERT INTO project_member (project_id, user_id, role)
            SELECT :projectId, user_id, 100 FROM cloud_member WHERE cloud_id = :cloudId AND role = 100
            ON CONFLICT (project_id, user_id) DO UPDATE SET role = 100""";

    private static final String SET_ROLE = "UPDATE project_member SET role = :role WHERE id = :id";

    private static final String DELETE_MEMBER = "DELETE FROM project_member WHERE id = :id";

    private static final String DELETE_USER_FROM_CLOUD = """
            DELETE FROM project_member WHERE user_id = :userId
               AND project_id IN (SELECT id FROM project WHERE cloud_id = :cloudId)""";

    private static final String ROLES_OF_USER = """
            SELECT p.id, CASE WHEN cm.role = 100 THEN 100 ELSE pm.role END AS role
              FROM project p
              LEFT JOIN cloud_member cm ON cm.cloud_id = p.cloud_id AND cm.user_id = :userId
              LEFT JOIN project_member pm ON pm.project_id = p.id AND pm.user_id = :userId
             WHERE cm.role = 100 OR pm.role IS NOT NULL
             ORDER BY p.id""";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectRow> find(long cloudId, long id) {
        return jdbc.sql(FIND).param("cloudId", cloudId).param("id", id).query(ProjectRepository::map).optional();
    }

    List<ProjectRow> findOfCloud(long cloudId) {
        return jdbc.sql(FIND_OF_CLOUD).param("cloudId", cloudId).query(ProjectRepository::map).list();
    }

    List<ProjectRow> findVisibleInCloud(long cloudId, long userId) {
        return jdbc.sql(FIND_VISIBLE_IN_CLOUD).param("cloudId", cloudId).param("userId", userId)
                .query(ProjectRepository::map).list();
    }

    List<ProjectRow> findVisible(long userId) {
        return jdbc.sql(FIND_VISIBLE).param("userId", userId).query(ProjectRepository::map).list();
    }

    Optional<Integer> effectiveRole(long cloudId, long projectId, long userId) {
        return jdbc.sql(EFFECTIVE_ROLE).param("cloudId", cloudId).param("projectId", projectId)
                .param("userId", userId).query((rs, n) -> {
                    int role = rs.getInt(1);
                    return rs.wasNull() ? 0 : role;
                }).optional().filter(role -> role > 0);
    }

    boolean existsIn(long cloudId, long id) {
        return Boolean.TRUE.equals(jdbc.sql(EXISTS_IN).param("cloudId", cloudId).param("id", id)
                .query(Boolean.class).single());
    }

    long insert(long cloudId, @Nullable Long parentId, String name, @Nullable String description, String status) {
        return jdbc.sql(INSERT).param("cloudId", cloudId).param("parentId", parentId).param("name", name)
                .param("description", description).param("status", status).query(Long.class).single();
    }

    void update(ProjectRow project) {
        jdbc.sql(UPDATE).param("id", project.id()).param("name", project.name())
                .param("description", project.description()).param("status", project.status())
                .param("mainModelId", project.mainModelId()).param("parentId", project.parentId()).update();
    }

    void delete(long id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    List<Long> subtreeDeepestFirst(long id) {
        return jdbc.sql(SUBTREE_DEEPEST_FIRST).param("id", id).query(Long.class).list();
    }

    List<Long> ofCloudDeepestFirst(long cloudId) {
        return jdbc.sql(OF_CLOUD_DEEPEST_FIRST).param("cloudId", cloudId).query(Long.class).list();
    }

    List<ProjectMemberRow> members(long projectId, @Nullable String email, @Nullable String contains,
            @Nullable String startsWith, @Nullable String endsWith) {
        return jdbc.sql(MEMBERS).param("projectId", projectId).param("email", email).param("contains", contains)
                .param("startsWith", startsWith).param("endsWith", endsWith)
                .query(ProjectRepository::mapMember).list();
    }

    Optional<ProjectMemberRow> member(long projectId, long memberId) {
        return jdbc.sql(MEMBER).param("projectId", projectId).param("id", memberId)
                .query(ProjectRepository::mapMember).optional();
    }

    Optional<ProjectMemberRow> memberOfUser(long projectId, long userId) {
        return jdbc.sql(MEMBER_OF_USER).param("projectId", projectId).param("userId", userId)
                .query(ProjectRepository::mapMember).optional();
    }

    void upsertMember(long projectId, long userId, int role) {
        jdbc.sql(UPSERT_MEMBER).param("projectId", projectId).param("userId", userId).param("role", role).update();
    }

    void makeAdminOfAll(long cloudId, long userId) {
        jdbc.sql(ADMIN_OF_ALL).param("cloudId", cloudId).param("userId", userId).update();
    }

    void addCloudAdmins(long cloudId, long projectId) {
        jdbc.sql(CLOUD_ADMINS_INTO).param("cloudId", cloudId).param("projectId", projectId).update();
    }

    void setRole(long memberId, int role) {
        jdbc.sql(SET_ROLE).param("id", memberId).param("role", role).update();
    }

    void deleteMember(long memberId) {
        jdbc.sql(DELETE_MEMBER).param("id", memberId).update();
    }

    void deleteUserFromCloud(long cloudId, long userId) {
        jdbc.sql(DELETE_USER_FROM_CLOUD).param("cloudId", cloudId).param("userId", userId).update();
    }

    List<long[]> rolesOfUser(long userId) {
        return jdbc.sql(ROLES_OF_USER).param("userId", userId)
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) }).list();
    }

    private static ProjectRow map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long model = rs.getLong("main_model_id");
        Long mainModelId = rs.wasNull() ? null : model;
        return new ProjectRow(rs.getLong("id"), rs.getLong("cloud_id"), parentId, rs.getString("name"),
                rs.getString("description"), rs.getString("status"), rs.getLong("root_folder_id"), mainModelId,
                rs.getLong("stored_bytes"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static ProjectMemberRow mapMember(ResultSet rs, int row) throws SQLException {
        UserSummary user = UserSummary.read(rs);
        if (user == null) {
            throw new IllegalStateException("project_member row without its user");
        }
        return new ProjectMemberRow(rs.getLong("pm_id"), rs.getLong("project_id"), user, rs.getInt("role"),
                rs.getInt("cloud_role"), rs.getBoolean("in_all_projects"));
    }
}
