package org.plinth.server.dms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.plinth.server.dms.internal.DmsViews.TagView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code dms_tag} and {@code dms_document_tag}. */
@Repository
class TagRepository {

    private static final String TAGS = "SELECT id, name, color FROM dms_tag WHERE project_id = :project ORDER BY id";
    private static final String TAG = "SELECT id, name, color FROM dms_tag WHERE project_id = :project AND id = :id";
    private static final String INSERT = """
            INSERT INTO dms_tag (project_id, name, color) VALUES (:project, :name, :color) RETURNING id""";
    private static final String UPDATE = "UPDATE dms_tag SET name = :name, color = :color WHERE project_id = :project AND id = :id";
    private static final String DELETE = "DELETE FROM dms_tag WHERE project_id = :project AND id = :id";
    private static final String ATTACH = """
            INSERT INTO dms_document_tag (document_id, tag_id) VALUES (:document, :tag) ON CONFLICT DO NOTHING""";
    private static final String DETACH = "DELETE FROM dms_document_tag WHERE document_id = :document AND tag_id = :tag";
    /** A new head version takes the tags of the head it replaces. */
    private static final String MOVE_TO_NEW_HEAD = """
            INSERT INTO dms_document_tag (document_id, tag_id)
            SELECT :newHead, tag_id FROM dms_document_tag WHERE document_id = :previous ON CONFLICT DO NOTHING""";
    private static final String BY_DOCUMENT = """
            SELECT dt.document_id, t.id, t.name, t.color FROM dms_document_tag dt JOIN dms_tag t ON t.id = dt.tag_id
            WHERE t.project_id = :project ORDER BY t.id""";

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TagView> tags(long projectId) {
        return jdbc.sql(TAGS).param("project", projectId)
                .query((rs, n) -> new TagView(rs.getLong("id"), rs.getString("name"), rs.getString("color"))).list();
    }

    Optional<TagView> tag(long projectId, long id) {
        return jdbc.sql(TAG).param("project", projectId).param("id", id)
                .query((rs, n) -> new TagView(rs.getLong("id"), rs.getString("name"), rs.getString("color"))).optional();
    }

    long insert(long projectId, String name, @Nullable String color) {
        return jdbc.sql(INSERT).param("project", projectId).param("name", name).param("color", color)
                .query(Long.class).single();
    }

    void update(long projectId, long id, String name, @Nullable String color) {
        jdbc.sql(UPDATE).param("project", projectId).param("id", id).param("name", name).param("color", color).update();
    }

    int delete(long projectId, long id) {
        return jdbc.sql(DELETE).param("project", projectId).param("id", id).update();
    }

    void attach(long documentId, long tagId) {
        jdbc.sql(ATTACH).param("document", documentId).param("tag", tagId).update();
    }

    int detach(long documentId, long tagId) {
        return jdbc.sql(DETACH).param("document", documentId).param("tag", tagId).update();
    }

    void moveToNewHead(long previousHead, long newHead) {
        jdbc.sql(MOVE_TO_NEW_HEAD).param("previous", previousHead).param("newHead", newHead).update();
    }

    /** Tags per document id, for every tagged document of the project. */
    Map<Long, List<TagView>> byDocument(long projectId) {
        Map<Long, List<TagView>> tags = new HashMap<>();
        jdbc.sql(BY_DOCUMENT).param("project", projectId).query(rs -> {
            tags.computeIfAbsent(rs.getLong("document_id"), k -> new ArrayList<>())
                    .add(new TagView(rs.getLong("id"), rs.getString("name"), rs.getString("color")));
        });
        return tags;
    }
}
