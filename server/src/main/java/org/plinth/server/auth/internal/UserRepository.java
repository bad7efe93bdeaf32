package org.plinth.server.auth.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code users}. */
@Repository
class UserRepository {

    private static final String COLUMNS = """
            id, sub, email, firstname, lastname, password_hash, platform_admin, provider, provider_sub,
            profile_picture, created_at, updated_at""";

    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = :id";

    private static final String FIND_BY_SUB = "SELECT " + COLUMNS + " FROM users WHERE sub = :sub";

    private static final String FIND_BY_EMAIL = "SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:email)";

    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM users ORDER BY id";

    private static final String ANY_ADMIN = "SELECT EXISTS (SELECT 1 FROM users WHERE platform_admin)";

    private static final String INSERT = """
            INSERT INTO users (email, firstname, lastname, password_hash, platform_admin)
            VALUES (:email, :firstname, :lastname, :passwordHash, :platformAdmin)
            RETURNING """ + " " + COLUMNS;

    private static final String UPDATE = """
            UPDATE users
               SET email = :email, firstname = :firstname, lastname = :lastname, provider_sub = :providerSub,
                   platform_admin = :platformAdmin, updated_at = now()
             WHERE id = :id
            RETURNING """ + " " + COLUMNS;

    private static final String UPDATE_PASSWORD = """
            UPDATE users SET password_hash = :passwordHash, updated_at = now() WHERE id = :id""";

    private static final String DELETE = "DELETE FROM users WHERE id = :id";

    /** Serialises first-start bootstrap across nodes starting at once on one database. */
    private static final String LOCK_BOOTSTRAP = "SELECT pg_advisory_xact_lock(hashtext('plinth.admin-bootstrap'))";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRow> findById(long id) {
        return jdbc.sql(FIND_BY_ID).param("id", id).query(UserRepository::map).optional();
    }

    Optional<UserRow> findBySub(UUID sub) {
        return jdbc.sql(FIND_BY_SUB).param("sub", sub).query(UserRepository::map).optional();
    }

    Optional<UserRow> findByEmail(String email) {
        return jdbc.sql(FIND_BY_EMAIL).param("email", email).query(UserRepository::map).optional();
    }

    List<UserRow> findAll() {
        return jdbc.sql(FIND_ALL).query(UserRepository::map).list();
    }

    boolean anyAdmin() {
        return Boolean.TRUE.equals(jdbc.sql(ANY_ADMIN).query(Boolean.class).single());
    }

    void lockBootstrap() {
        jdbc.sql(LOCK_BOOTSTRAP).query().singleRow();
    }

    UserRow insert(String email, String firstname, String lastname, @Nullable String passwordHash,
            boolean platformAdmin) {
        return jdbc.sql(INSERT)
                .param("email", email)
                .param("firstname", firstname)
                .param("lastname", lastname)
                .param("passwordHash", passwordHash)
                .param("platformAdmin", platformAdmin)
                .query(UserRepository::map)
                .single();
    }

    UserRow update(long id, String email, String firstname, String lastname, @Nullable String providerSub,
            boolean platformAdmin) {
        return jdbc.sql(UPDATE)
                .param("id", id)
                .param("email", email)
                .param("firstname", firstname)
                .param("lastname", lastname)
                .param("providerSub", providerSub)
                .param("platformAdmin", platformAdmin)
                .query(UserRepository::map)
                .single();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql(UPDATE_PASSWORD).param("id", id).param("passwordHash", passwordHash).update();
    }

    boolean delete(long id) {
        return jdbc.sql(DELETE).param("id", id).update() > 0;
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        return new UserRow(
                rs.getLong("id"),
                rs.getObject("sub", UUID.class),
                rs.getString("email"),
                rs.getString("firstname"),
                rs.getString("lastname"),
                rs.getString("password_hash"),
                rs.getBoolean("platform_admin"),
                rs.getString("provider"),
                rs.getString("provider_sub"),
                rs.getString("profile_picture"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
