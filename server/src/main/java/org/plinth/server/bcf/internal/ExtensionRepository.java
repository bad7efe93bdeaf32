package org.plinth.server.bcf.internal;

import java.util.List;

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
}
