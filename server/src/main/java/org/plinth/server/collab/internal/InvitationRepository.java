package org.plinth.server.collab.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code invitation}. */
@Repository
class InvitationRepository {

    private static final String SELECT = """
            SELECT i.id, i.cloud_id, c.name AS cloud_name, i.project_id, p.name AS project_name, i.email, i.redirect_uri,
                   i.role, i.project_role, i.in_all_projects, i.status, i.client_name, i.created_at, i.expires_at,
                   i.responded_at, """ + UserSummary.COLUMNS + """

              FROM invitation i
              JOIN cloud c ON c.id = i.cloud_id
              LEFT JOIN project p ON p.id = i.project_id
              LEFT JOIN users u ON u.id = i.sender_id
            """;

    private static final String PENDING_OF_CLOUD = SELECT
            + " WHERE i.cloud_id = :cloudId AND i.project_id IS NULL AND i.status = 'P' AND i.expires_at > now() ORDER BY i.id";

    private static final String PENDING_OF_PROJECT = SELECT
            + " WHERE i.project_id = :projectId AND i.status = 'P' AND i.expires_at > now() ORDER BY i.id";

    private static final String FIND = SELECT + " WHERE i.id = :id";

    private static final String FIND_BY_SECRET = SELECT + " WHERE i.secret_hash = :secretHash";

    private static final String OF_USER = SELECT + """
             WHERE lower(i.email) = (SELECT lower(email) FROM users WHERE id = :userId)
             ORDER BY i.id""";

    private static final String FIND_PENDING_FOR = """
            SELECT id FROM invitation
             WHERE cloud_id = :cloudId AND coalesce(project_id, 0) = coalesce(CAST(:projectId AS BIGINT), 0)
               AND lower(email) = lower(:email) AND status = 'P'""";

    private static final String INSERT = """
            INSERT INTO invitation (cloud_id, project_id, email, redirect_uri, role, project_role, in_all_projects,
                                    sender_id, secret_hash, expires_at)
            VALUES (:cloudId, :projectId, :email, :redirectUri, :role, :projectRole, :inAllProjects, :senderId,
                    :secretHash, :expiresAt)
            RETURNING id""";

    /** Re-inviting a pending address: new role, link and expiry; the old link stops working. */
    private static final String RENEW = """
            UPDATE invitation SET redirect_uri = :redirectUri, role = :role, project_role = :projectRole,
                   in_all_projects = :inAllProjects, sender_id = :senderId, secret_hash = :secretHash,
                   expires_at = :expiresAt, created_at = now()
             WHERE id = :id""";

    private static final String RESPOND = """
            UPDATE invitation SET status = :status, responded_at = now() WHERE id = :id AND status = 'P'""";

    private static final String DELETE_PENDING = "DELETE FROM invitation WHERE id = :id AND status = 'P'";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InvitationRow> pendingOfCloud(long cloudId) {
        return jdbc.sql(PENDING_OF_CLOUD).param("cloudId", cloudId).query(InvitationRepository::map).list();
    }

    List<InvitationRow> pendingOfProject(long projectId) {
        return jdbc.sql(PENDING_OF_PROJECT).param("projectId", projectId).query(InvitationRepository::map).list();
    }

    Optional<InvitationRow> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(InvitationRepository::map).optional();
    }

    Optional<InvitationRow> findBySecretHash(String secretHash) {
        return jdbc.sql(FIND_BY_SECRET).param("secretHash", secretHash).query(InvitationRepository::map).optional();
    }

    List<InvitationRow> ofUser(long userId) {
        return jdbc.sql(OF_USER).param("userId", userId).query(InvitationRepository::map).list();
    }

    Optional<Long> findPendingFor(long cloudId, @Nullable Long projectId, String email) {
        return jdbc.sql(FIND_PENDING_FOR).param("cloudId", cloudId).param("projectId", projectId)
                .param("email", email).query(Long.class).optional();
    }

    long insert(long cloudId, @Nullable Long projectId, String email, String redirectUri, int role,
            @Nullable Integer projectRole, boolean inAllProjects, @Nullable Long senderId, String secretHash,
            OffsetDateTime expiresAt) {
        return jdbc.sql(INSERT).param("cloudId", cloudId).param("projectId", projectId).param("email", email)
                .param("redirectUri", redirectUri).param("role", role).param("projectRole", projectRole)
                .param("inAllProjects", inAllProjects).param("senderId", senderId).param("secretHash", secretHash)
                .param("expiresAt", expiresAt).query(Long.class).single();
    }

    void renew(long id, String redirectUri, int role, @Nullable Integer projectRole, boolean inAllProjects,
            @Nullable Long senderId, String secretHash, OffsetDateTime expiresAt) {
        jdbc.sql(RENEW).param("id", id).param("redirectUri", redirectUri).param("role", role)
                .param("projectRole", projectRole).param("inAllProjects", inAllProjects).param("senderId", senderId)
                .param("secretHash", secretHash).param("expiresAt", expiresAt).update();
    }

    boolean respond(long id, String status) {
        return jdbc.sql(RESPOND).param("id", id).param("status", status).update() > 0;
    }

    boolean deletePending(long id) {
        return jdbc.sql(DELETE_PENDING).param("id", id).update() > 0;
    }

    private static InvitationRow map(ResultSet rs, int row) throws SQLException {
        long project = rs.getLong("project_id");
        Long projectId = rs.wasNull() ? null : project;
        int projectRoleValue = rs.getInt("project_role");
        Integer projectRole = rs.wasNull() ? null : projectRoleValue;
        return new InvitationRow(rs.getLong("id"), rs.getLong("cloud_id"), rs.getString("cloud_name"), projectId,
                rs.getString("project_name"), rs.getString("email"), rs.getString("redirect_uri"), rs.getInt("role"),
                projectRole, rs.getBoolean("in_all_projects"), rs.getString("status"), rs.getString("client_name"),
                UserSummary.read(rs), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("responded_at", OffsetDateTime.class));
    }
}
