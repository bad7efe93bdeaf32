package org.plinth.server.collab.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code cloud} and {@code cloud_member}. */
@Repository
class CloudRepository {

    private static final String CLOUD_SELECT = """
            SELECT c.id, c.name, c.stored_bytes, c.created_at, c.updated_at,
                   coalesce(cm.role, 0) AS creator_role, """ + UserSummary.COLUMNS + """

              FROM cloud c
              LEFT JOIN users u ON u.id = c.creator_id
              LEFT JOIN cloud_member cm ON cm.cloud_id = c.id AND cm.user_id = c.creator_id
            """;

    private static final String FIND = CLOUD_SELECT + " WHERE c.id = :id";

    private static final String FIND_OF_USER = CLOUD_SELECT
            + " WHERE c.id IN (SELECT cloud_id FROM cloud_member WHERE user_id = :userId) ORDER BY c.id";

    private static final String INSERT = """
            INSERT INTO cloud (name, creator_id) VALUES (:name, :creatorId) RETURNING id""";

    private static final String RENAME = """
            UPDATE cloud SET name = :name, updated_at = now() WHERE id = :id""";

    private static final String DELETE = "DELETE FROM cloud WHERE id = :id";

    private static final String ROLE = "SELECT role FROM cloud_member WHERE cloud_id = :cloudId AND user_id = :userId";

    private static final String MEMBERS = """
            SELECT m.role, m.in_all_projects, """ + UserSummary.COLUMNS + """

              FROM cloud_member m JOIN users u ON u.id = m.user_id
             WHERE m.cloud_id = :cloudId
               AND (CAST(:email AS TEXT) IS NULL OR lower(u.email) = lower(:email))
               AND (CAST(:contains AS TEXT) IS NULL OR strpos(lower(u.email), lower(:contains)) > 0)
               AND (CAST(:startsWith AS TEXT) IS NULL OR starts_with(lower(u.email), lower(:startsWith)))
               AND (CAST(:endsWith AS TEXT) IS NULL OR right(lower(u.email), length(:endsWith)) = lower(:endsWith))
             ORDER BY u.id""";

    private static final String MEMBER = """
            SELECT m.role, m.in_all_projects, """ + UserSummary.COLUMNS + """

              FROM cloud_member m JOIN users u ON u.id = m.user_id
             WHERE m.cloud_id = :cloudId AND m.user_id = :userId""";

    /** Adds a member or raises an existing one's role (never lowers it: an invitation is not a demotion). */
    private static final String UPSERT_MEMBER = """
            INSERT INTO cloud_member (cloud_id, user_id, role, in_all_projects)
            VALUES (:cloudId, :userId, :role, :inAllProjects)
            ON CONFLICT (cloud_id, user_id) DO UPDATE SET role = greatest(cloud_member.role, excluded.role)""";

    private static final String SET_ROLE = """
            UPDATE cloud_member SET role = :role WHERE cloud_id = :cloudId AND user_id = :userId""";

    private static final String DELETE_MEMBER = "DELETE FROM cloud_member WHERE cloud_id = :cloudId AND user_id = :userId";

    private static final String ADMIN_COUNT = """
            SELECT count(*) FROM cloud_member WHERE cloud_id = :cloudId AND role = 100""";

    /** Serialises the "last admin" checks of one cloud: two admins demoting each other at once. */
    private static final String LOCK = "SELECT id FROM cloud WHERE id = :id FOR UPDATE";

    private final JdbcClient jdbc;

    CloudRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CloudRow> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(CloudRepository::mapCloud).optional();
    }

    List<CloudRow> findOfUser(long userId) {
        return jdbc.sql(FIND_OF_USER).param("userId", userId).query(CloudRepository::mapCloud).list();
    }

    long insert(String name, @Nullable Long creatorId) {
        return jdbc.sql(INSERT).param("name", name).param("creatorId", creatorId).query(Long.class).single();
    }

    void rename(long id, String name) {
        jdbc.sql(RENAME).param("id", id).param("name", name).update();
    }

    void delete(long id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    void lock(long id) {
        jdbc.sql(LOCK).param("id", id).query().listOfRows();
    }

    Optional<Integer> role(long cloudId, long userId) {
        return jdbc.sql(ROLE).param("cloudId", cloudId).param("userId", userId).query(Integer.class).optional();
    }

    List<CloudMemberRow> members(long cloudId, @Nullable String email, @Nullable String contains,
            @Nullable String startsWith, @Nullable String endsWith) {
        return jdbc.sql(MEMBERS).param("cloudId", cloudId).param("email", email).param("contains", contains)
                .param("startsWith", startsWith).param("endsWith", endsWith)
                .query(CloudRepository::mapMember).list();
    }

    Optional<CloudMemberRow> member(long cloudId, long userId) {
        return jdbc.sql(MEMBER).param("cloudId", cloudId).param("userId", userId)
                .query(CloudRepository::mapMember).optional();
    }

    void upsertMember(long cloudId, long userId, int role, boolean inAllProjects) {
        jdbc.sql(UPSERT_MEMBER).param("cloudId", cloudId).param("userId", userId).param("role", role)
                .param("inAllProjects", inAllProjects).update();
    }

    void setRole(long cloudId, long userId, int role) {
        jdbc.sql(SET_ROLE).param("cloudId", cloudId).param("userId", userId).param("role", role).update();
    }

    void deleteMember(long cloudId, long userId) {
        jdbc.sql(DELETE_MEMBER).param("cloudId", cloudId).param("userId", userId).update();
    }

    long adminCount(long cloudId) {
        return jdbc.sql(ADMIN_COUNT).param("cloudId", cloudId).query(Long.class).single();
    }

    private static CloudRow mapCloud(ResultSet rs, int row) throws SQLException {
        return new CloudRow(rs.getLong("id"), rs.getString("name"), UserSummary.read(rs), rs.getInt("creator_role"),
                rs.getLong("stored_bytes"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static CloudMemberRow mapMember(ResultSet rs, int row) throws SQLException {
        UserSummary user = UserSummary.read(rs);
        if (user == null) {
            throw new IllegalStateException("cloud_member row without its user");
        }
        return new CloudMemberRow(user, rs.getInt("role"), rs.getBoolean("in_all_projects"));
    }
}
