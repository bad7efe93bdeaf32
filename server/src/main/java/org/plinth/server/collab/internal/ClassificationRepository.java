package org.plinth.server.collab.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code project_classification}. */
@Repository
class ClassificationRepository {

    private static final String OF_PROJECT = """
            SELECT id, name, notation, title FROM project_classification WHERE project_id = :projectId ORDER BY id""";

    private static final String FIND = """
            SELECT id, name, notation, title FROM project_classification WHERE project_id = :projectId AND id = :id""";

    private static final String INSERT = """
            INSERT INTO project_classification (project_id, name, notation, title)
            VALUES (:projectId, :name, :notation, :title) RETURNING id""";

    private static final String UPDATE = """
            UPDATE project_classification SET name = :name, notation = :notation, title = :title WHERE id = :id""";

    private static final String DELETE = "DELETE FROM project_classification WHERE id = :id";

    private final JdbcClient jdbc;

    ClassificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** BIMData {@code Classification}; also the row. */
    record ClassificationView(long id, @Nullable String name, @Nullable String notation, @Nullable String title) {
    }

    List<ClassificationView> ofProject(long projectId) {
        return jdbc.sql(OF_PROJECT).param("projectId", projectId).query(ClassificationView.class).list();
    }

    Optional<ClassificationView> find(long projectId, long id) {
        return jdbc.sql(FIND).param("projectId", projectId).param("id", id).query(ClassificationView.class).optional();
    }

    long insert(long projectId, @Nullable String name, @Nullable String notation, @Nullable String title) {
        return jdbc.sql(INSERT).param("projectId", projectId).param("name", name).param("notation", notation)
                .param("title", title).query(Long.class).single();
    }

    void update(ClassificationView classification) {
        jdbc.sql(UPDATE).param("id", classification.id()).param("name", classification.name())
                .param("notation", classification.notation()).param("title", classification.title()).update();
    }

    void delete(long id) {
        jdbc.sql(DELETE).param("id", id).update();
    }
}
