package org.plinth.server.collab.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code project_access_token}. */
@Repository
class ProjectAccessTokenRepository {

    private static final String COLUMNS = "token, project_id, scopes, expires_at, email_impersonation";

    private static final String OF_PROJECT = "SELECT " + COLUMNS
            + " FROM project_access_token WHERE project_id = :projectId ORDER BY created_at, token";

    private static final String FIND = "SELECT " + COLUMNS + " FROM project_access_token WHERE token = :token";

    private static final String INSERT = """
            INSERT INTO project_access_token (token, project_id, scopes, expires_at, email_impersonation, created_by)
            VALUES (:token, :projectId, :scopes, :expiresAt, :emailImpersonation, :createdBy)""";

    private static final String DELETE = "DELETE FROM project_access_token WHERE token = :token AND project_id = :projectId";

    private final JdbcClient jdbc;

    ProjectAccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TokenRow(String token, long projectId, List<String> scopes, OffsetDateTime expiresAt,
            @Nullable String emailImpersonation) {
    }

    List<TokenRow> ofProject(long projectId) {
        return jdbc.sql(OF_PROJECT).param("projectId", projectId).query(ProjectAccessTokenRepository::map).list();
    }

    Optional<TokenRow> find(String token) {
        return jdbc.sql(FIND).param("token", token).query(ProjectAccessTokenRepository::map).optional();
    }

    void insert(TokenRow token, @Nullable Long createdBy) {
        jdbc.sql(INSERT).param("token", token.token()).param("projectId", token.projectId())
                .param("scopes", token.scopes().toArray(new String[0])).param("expiresAt", token.expiresAt())
                .param("emailImpersonation", token.emailImpersonation()).param("createdBy", createdBy).update();
    }

    boolean delete(long projectId, String token) {
        return jdbc.sql(DELETE).param("projectId", projectId).param("token", token).update() > 0;
    }

    private static TokenRow map(ResultSet rs, int row) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new TokenRow(rs.getString("token"), rs.getLong("project_id"), List.of((String[]) scopes.getArray()),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getString("email_impersonation"));
    }
}
