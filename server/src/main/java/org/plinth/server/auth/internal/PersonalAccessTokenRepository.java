package org.plinth.server.auth.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code personal_access_token}. */
@Repository
class PersonalAccessTokenRepository {

    private static final String COLUMNS = """
            id, user_id, name, token_prefix, scopes, created_at, expires_at, last_used_at, revoked_at""";

    private static final String INSERT = """
            INSERT INTO personal_access_token (user_id, name, token_hash, token_prefix, scopes, expires_at)
            VALUES (:userId, :name, :tokenHash, :tokenPrefix, :scopes::text[], :expiresAt)
            RETURNING """ + " " + COLUMNS;

    private static final String FIND_BY_HASH =
            "SELECT " + COLUMNS + " FROM personal_access_token WHERE token_hash = :tokenHash";

    private static final String EXISTS_BY_HASH =
            "SELECT EXISTS (SELECT 1 FROM personal_access_token WHERE token_hash = :tokenHash)";

    private static final String FIND_BY_USER = "SELECT " + COLUMNS
            + " FROM personal_access_token WHERE user_id = :userId AND revoked_at IS NULL ORDER BY id";

    private static final String REVOKE = """
            UPDATE personal_access_token SET revoked_at = now()
             WHERE id = :id AND user_id = :userId AND revoked_at IS NULL""";

    /**
     * At most one write a minute per token: {@code last_used_at} is for people ("used today?"),
     * not an audit log, and a write per request would double the cost of every API call.
     */
    private static final String TOUCH = """
            UPDATE personal_access_token SET last_used_at = now()
             WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""";

    private final JdbcClient jdbc;

    PersonalAccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PersonalAccessTokenRow insert(long userId, String name, String tokenHash, String tokenPrefix, List<String> scopes,
            @Nullable OffsetDateTime expiresAt) {
        return jdbc.sql(INSERT)
                .param("userId", userId)
                .param("name", name)
                .param("tokenHash", tokenHash)
                .param("tokenPrefix", tokenPrefix)
                .param("scopes", scopes.toArray(String[]::new))
                .param("expiresAt", expiresAt)
                .query(PersonalAccessTokenRepository::map)
                .single();
    }

    Optional<PersonalAccessTokenRow> findByHash(String tokenHash) {
        return jdbc.sql(FIND_BY_HASH).param("tokenHash", tokenHash).query(PersonalAccessTokenRepository::map).optional();
    }

    boolean existsByHash(String tokenHash) {
        return Boolean.TRUE.equals(jdbc.sql(EXISTS_BY_HASH).param("tokenHash", tokenHash).query(Boolean.class).single());
    }

    List<PersonalAccessTokenRow> findActiveByUser(long userId) {
        return jdbc.sql(FIND_BY_USER).param("userId", userId).query(PersonalAccessTokenRepository::map).list();
    }

    boolean revoke(long userId, long id) {
        return jdbc.sql(REVOKE).param("id", id).param("userId", userId).update() > 0;
    }

    void touch(long id) {
        jdbc.sql(TOUCH).param("id", id).update();
    }

    private static PersonalAccessTokenRow map(ResultSet rs, int row) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new PersonalAccessTokenRow(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                List.of((String[]) scopes.getArray()),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
