package org.plinth.server.bcf.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code bcf_topic}. */
@Repository
class TopicRepository {

    private static final String COLUMNS = """
            id, project_id, guid, topic_index, title, topic_type, topic_status, priority, stage, labels,
            reference_links, description, due_date, assigned_to, creation_date, creation_author,
            modified_date, modified_author, format, bimdata_viewer_layout::text AS layout""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TopicRow> list(long projectId, String format) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_topic WHERE project_id = ? AND format = ?"
                + " ORDER BY topic_index NULLS LAST, id")
                .params(projectId, format).query(TopicRepository::row).list();
    }

    Optional<TopicRow> find(long projectId, UUID guid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_topic WHERE project_id = ? AND guid = ?")
                .params(projectId, guid).query(TopicRepository::row).optional();
    }

    /** Locks the topic row for an update in this transaction. */
    Optional<TopicRow> findForUpdate(long projectId, UUID guid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_topic WHERE project_id = ? AND guid = ? FOR UPDATE")
                .params(projectId, guid).query(TopicRepository::row).optional();
    }

    boolean exists(long projectId, UUID guid) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bcf_topic WHERE project_id = ? AND guid = ?)")
                .params(projectId, guid).query(Boolean.class).single();
    }

    /** The next free index of the project: one more than the largest. */
    int nextIndex(long projectId) {
        return jdbc.sql("SELECT COALESCE(MAX(topic_index), 0) + 1 FROM bcf_topic WHERE project_id = ?")
                .param(projectId).query(Integer.class).single();
    }

    /** Serialises index assignment per project (two creations must not take the same index). */
    void lockProject(long projectId) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, ?)) AS locked").params(0x0BCF, (int) projectId)
                .query(Integer.class).single();
    }

    long insert(TopicRow t) {
        return jdbc.sql("""
                INSERT INTO bcf_topic (project_id, guid, topic_index, title, topic_type, topic_status, priority, stage,
                    labels, reference_links, description, due_date, assigned_to, creation_date, creation_author,
                    modified_date, modified_author, format, bimdata_viewer_layout)
                VALUES (:project, :guid, :index, :title, :type, :status, :priority, :stage, :labels, :links,
                    :description, :due, :assigned, :created, :creator, :modified, :modifier, :format,
                    CAST(:layout AS jsonb))
                RETURNING id""")
                .param("project", t.projectId()).param("guid", t.guid())
                .params(fields(t))
                .query(Long.class).single();
    }

    void update(TopicRow t) {
        jdbc.sql("""
                UPDATE bcf_topic SET topic_index = :index, title = :title, topic_type = :type, topic_status = :status,
                    priority = :priority, stage = :stage, labels = :labels, reference_links = :links,
                    description = :description, due_date = :due, assigned_to = :assigned, creation_date = :created,
                    creation_author = :creator, modified_date = :modified, modified_author = :modifier,
                    format = :format, bimdata_viewer_layout = CAST(:layout AS jsonb)
                WHERE id = :id""")
                .param("id", t.id())
                .params(fields(t))
                .update();
    }

    boolean delete(long projectId, UUID guid) {
        return jdbc.sql("DELETE FROM bcf_topic WHERE project_id = ? AND guid = ?").params(projectId, guid).update() == 1;
    }

    private static java.util.Map<String, @Nullable Object> fields(TopicRow t) {
        java.util.Map<String, @Nullable Object> values = new java.util.HashMap<>();
        values.put("index", t.index());
        values.put("title", t.title());
        values.put("type", t.topicType());
        values.put("status", t.topicStatus());
        values.put("priority", t.priority());
        values.put("stage", t.stage());
        values.put("labels", t.labels().toArray(new String[0]));
        values.put("links", t.referenceLinks() == null ? null : t.referenceLinks().toArray(new String[0]));
        values.put("description", t.description());
        values.put("due", t.dueDate());
        values.put("assigned", t.assignedTo());
        values.put("created", t.creationDate());
        values.put("creator", t.creationAuthor());
        values.put("modified", t.modifiedDate());
        values.put("modifier", t.modifiedAuthor());
        values.put("format", t.format());
        values.put("layout", t.bimdataViewerLayout() == null ? null : JSON.writeValueAsString(t.bimdataViewerLayout()));
        return values;
    }

    static TopicRow row(ResultSet rs, int n) throws SQLException {
        String layout = rs.getString("layout");
        return new TopicRow(rs.getLong("id"), rs.getLong("project_id"), rs.getObject("guid", UUID.class),
                (Integer) rs.getObject("topic_index"), rs.getString("title"), rs.getString("topic_type"),
                rs.getString("topic_status"), rs.getString("priority"), rs.getString("stage"),
                texts(rs.getArray("labels")), nullableTexts(rs.getArray("reference_links")), rs.getString("description"),
                rs.getObject("due_date", OffsetDateTime.class), rs.getString("assigned_to"),
                rs.getObject("creation_date", OffsetDateTime.class), rs.getString("creation_author"),
                rs.getObject("modified_date", OffsetDateTime.class), rs.getString("modified_author"),
                rs.getString("format"), layout == null ? null : JSON.readTree(layout));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable List<String> nullableTexts(@Nullable Array array) throws SQLException {
        return array == null ? null : texts(array);
    }

}
