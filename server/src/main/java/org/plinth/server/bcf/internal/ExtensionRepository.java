package org.plinth.server.bcf.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code bcf_extension}: the project's topic types, statuses, priorities, labels and stages. */
@Repository
class ExtensionRepository {

    /** One vocabulary value; {@code kind} is type, status, priority, label or stage. */
    record ExtensionRow(long id, String kind, String value, @Nullable String color) {
    }

    private final JdbcClient jdbc;

    ExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All values of the project, by kind then in creation order. */
    List<ExtensionRow> list(long projectId) {
        return jdbc.sql("SELECT id, kind, value, color FROM bcf_extension WHERE project_id = ? ORDER BY kind, id")
                .param(projectId)
                .query((rs, n) -> new ExtensionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<ExtensionRow> find(long projectId, ExtensionKind kind, long id) {
        return jdbc.sql("SELECT id, kind, value, color FROM bcf_extension WHERE project_id = ? AND kind = ? AND id = ?")
                .params(projectId, kind.kind, id)
                .query((rs, n) -> new ExtensionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    boolean exists(long projectId, ExtensionKind kind, String value) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bcf_extension WHERE project_id = ? AND kind = ? AND value = ?)")
                .params(projectId, kind.kind, value).query(Boolean.class).single();
    }

    long insert(long projectId, ExtensionKind kind, String value, @Nullable String color) {
        return jdbc.sql("INSERT INTO bcf_extension (project_id, kind, value, color) VALUES (?, ?, ?, ?) RETURNING id")
                .params(projectId, kind.kind, value, color).query(Long.class).single();
    }

    void update(long id, String value, @Nullable String color) {
        jdbc.sql("UPDATE bcf_extension SET value = ?, color = ? WHERE id = ?").params(value, color, id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM bcf_extension WHERE id = ?").param(id).update();
    }

    /**
     * Renames the value on every topic of the project that uses it, so topics keep their
     * type/status/... through a rename. The column name comes from {@link ExtensionKind}, never
     * from the request.
     */
    int renameOnTopics(long projectId, ExtensionKind kind, String from, String to) {
        if (kind == ExtensionKind.LABEL) {
            // array_replace could leave the label twice when the topic already had the new one.
            return jdbc.sql("""
                    UPDATE bcf_topic SET labels = ARRAY(
                        SELECT v FROM (SELECT v, min(o) AS first FROM unnest(array_replace(labels, :from, :to))
                                       WITH ORDINALITY AS l(v, o) GROUP BY v) AS d
                        ORDER BY first)
                    WHERE project_id = :project AND :from = ANY (labels)""")
                    .param("from", from).param("to", to).param("project", projectId).update();
        }
        return jdbc.sql("UPDATE bcf_topic SET " + kind.topicColumn + " = ? WHERE project_id = ? AND "
                + kind.topicColumn + " = ?").params(to, projectId, from).update();
    }
}
