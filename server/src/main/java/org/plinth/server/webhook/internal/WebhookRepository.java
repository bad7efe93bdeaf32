package org.plinth.server.webhook.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the {@code webhook} table (the subscriptions). */
@Repository
public class WebhookRepository {

    private static final String COLUMNS = "id, cloud_id, project_id, url, secret, events, enabled, disabled_reason";

    private static final String INSERT = """
            INSERT INTO webhook (cloud_id, project_id, url, secret, events)
            VALUES (:cloudId, :projectId, :url, :secret, :events)
            RETURNING """ + " " + COLUMNS;

    private static final String FIND_IN_SCOPE = "SELECT " + COLUMNS + """
             FROM webhook
            WHERE id = :id AND cloud_id = :cloudId AND project_id IS NOT DISTINCT FROM :projectId
            """;

    private static final String LIST_IN_SCOPE = "SELECT " + COLUMNS + """
             FROM webhook
            WHERE cloud_id = :cloudId AND project_id IS NOT DISTINCT FROM :projectId
            ORDER BY id
            """;

    // Any change by the owner switches a disabled webhook back on: they have looked at it.
    private static final String UPDATE = """
            UPDATE webhook
               SET url = :url, secret = :secret, events = :events, enabled = TRUE, disabled_reason = NULL,
                   updated_at = now()
             WHERE id = :id
            RETURNING""" + " " + COLUMNS;

    private static final String DELETE_IN_SCOPE = """
            DELETE FROM webhook WHERE id = :id AND cloud_id = :cloudId AND project_id IS NOT DISTINCT FROM :projectId
            """;

    private static final String DELETE_OF_CLOUD = "DELETE FROM webhook WHERE cloud_id = :cloudId";
    private static final String DELETE_OF_PROJECT = "DELETE FROM webhook WHERE project_id = :projectId";

    private static final String DISABLE = """
            UPDATE webhook SET enabled = FALSE, disabled_reason = :reason, updated_at = now()
             WHERE id = :id AND enabled
            RETURNING""" + " " + COLUMNS;

    private final JdbcClient jdbc;

    public WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WebhookRow insert(long cloudId, @Nullable Long projectId, String url, String secret, List<String> events) {
        return jdbc.sql(INSERT)
                .param("cloudId", cloudId).param("projectId", projectId, java.sql.Types.BIGINT).param("url", url).param("secret", secret)
                .param("events", events.toArray(String[]::new))
                .query(WebhookRepository::map).single();
    }

    public Optional<WebhookRow> find(long id, long cloudId, @Nullable Long projectId) {
        return jdbc.sql(FIND_IN_SCOPE).param("id", id).param("cloudId", cloudId).param("projectId", projectId, java.sql.Types.BIGINT)
                .query(WebhookRepository::map).optional();
    }

    public List<WebhookRow> list(long cloudId, @Nullable Long projectId) {
        return jdbc.sql(LIST_IN_SCOPE).param("cloudId", cloudId).param("projectId", projectId, java.sql.Types.BIGINT)
                .query(WebhookRepository::map).list();
    }

    public WebhookRow update(long id, String url, String secret, List<String> events) {
        return jdbc.sql(UPDATE).param("id", id).param("url", url).param("secret", secret)
                .param("events", events.toArray(String[]::new))
                .query(WebhookRepository::map).single();
    }

    public boolean delete(long id, long cloudId, @Nullable Long projectId) {
        return jdbc.sql(DELETE_IN_SCOPE).param("id", id).param("cloudId", cloudId)
                .param("projectId", projectId, java.sql.Types.BIGINT).update() > 0;
    }

    public void deleteOfCloud(long cloudId) {
        jdbc.sql(DELETE_OF_CLOUD).param("cloudId", cloudId).update();
    }

    public void deleteOfProject(long projectId) {
        jdbc.sql(DELETE_OF_PROJECT).param("projectId", projectId).update();
    }

    /** Switches the webhook off; empty when it was already off (another node got there first). */
    public Optional<WebhookRow> disable(long id, String reason) {
        return jdbc.sql(DISABLE).param("id", id).param("reason", reason).query(WebhookRepository::map).optional();
    }

    static WebhookRow map(ResultSet rs, int rowNum) throws SQLException {
        long projectId = rs.getLong("project_id");
        Long project = rs.wasNull() ? null : projectId;
        Array array = rs.getArray("events");
        List<String> events = Arrays.asList((String[]) array.getArray());
        return new WebhookRow(rs.getLong("id"), rs.getLong("cloud_id"), project, rs.getString("url"),
                rs.getString("secret"), List.copyOf(events), rs.getBoolean("enabled"), rs.getString("disabled_reason"));
    }
}
