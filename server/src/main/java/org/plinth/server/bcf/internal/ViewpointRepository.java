package org.plinth.server.bcf.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code bcf_viewpoint}. */
@Repository
class ViewpointRepository {

    private static final String COLUMNS = """
            id, topic_id, guid, viewpoint_index, originating_system, authoring_tool_id,
            orthogonal_camera::text AS ortho, perspective_camera::text AS persp, lines::text AS lines,
            clipping_planes::text AS planes, components::text AS components, pins::text AS pins,
            snapshot_type, snapshot""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ViewpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ViewpointRow> list(long topicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_viewpoint WHERE topic_id = ? ORDER BY viewpoint_index NULLS LAST, id")
                .param(topicId).query(ViewpointRepository::row).list();
    }

    /** The viewpoints of the topic no comment points at (BIMData's topic-viewpoints). */
    List<ViewpointRow> listWithoutComment(long topicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_viewpoint v WHERE topic_id = ? AND NOT EXISTS ("
                + "SELECT 1 FROM bcf_comment c WHERE c.topic_id = v.topic_id AND c.viewpoint_guid = v.guid)"
                + " ORDER BY viewpoint_index NULLS LAST, id")
                .param(topicId).query(ViewpointRepository::row).list();
    }

    Optional<ViewpointRow> find(long topicId, UUID guid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bcf_viewpoint WHERE topic_id = ? AND guid = ?")
                .params(topicId, guid).query(ViewpointRepository::row).optional();
    }

    boolean exists(long topicId, UUID guid) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bcf_viewpoint WHERE topic_id = ? AND guid = ?)")
                .params(topicId, guid).query(Boolean.class).single();
    }

    int nextIndex(long topicId) {
        return jdbc.sql("SELECT COALESCE(MAX(viewpoint_index), 0) + 1 FROM bcf_viewpoint WHERE topic_id = ?")
                .param(topicId).query(Integer.class).single();
    }

    void insert(ViewpointRow v) {
        jdbc.sql("""
                INSERT INTO bcf_viewpoint (topic_id, guid, viewpoint_index, originating_system, authoring_tool_id,
                    orthogonal_camera, perspective_camera, lines, clipping_planes, components, pins, snapshot_type, snapshot)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb),
                    CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""")
                .params(v.topicId(), v.guid(), v.index(), v.originatingSystem(), v.authoringToolId(),
                        text(v.orthogonalCamera()), text(v.perspectiveCamera()), text(v.lines()), text(v.clippingPlanes()),
                        text(v.components()), text(v.pins()), v.snapshotType(), v.snapshot())
                .update();
    }

    void update(ViewpointRow v) {
        jdbc.sql("""
                UPDATE bcf_viewpoint SET viewpoint_index = ?, originating_system = ?, authoring_tool_id = ?,
                    orthogonal_camera = CAST(? AS jsonb), perspective_camera = CAST(? AS jsonb), lines = CAST(? AS jsonb),
                    clipping_planes = CAST(? AS jsonb), components = CAST(? AS jsonb), pins = CAST(? AS jsonb),
                    snapshot_type = ?, snapshot = ?
                WHERE id = ?""")
                .params(v.index(), v.originatingSystem(), v.authoringToolId(), text(v.orthogonalCamera()),
                        text(v.perspectiveCamera()), text(v.lines()), text(v.clippingPlanes()), text(v.components()),
                        text(v.pins()), v.snapshotType(), v.snapshot(), v.id())
                .update();
    }

    /** Deletes the viewpoint; comments that pointed at it lose the pointer (BCF: the comment stays). */
    boolean delete(long topicId, UUID guid) {
        jdbc.sql("UPDATE bcf_comment SET viewpoint_guid = NULL WHERE topic_id = ? AND viewpoint_guid = ?")
                .params(topicId, guid).update();
        return jdbc.sql("DELETE FROM bcf_viewpoint WHERE topic_id = ? AND guid = ?").params(topicId, guid).update() == 1;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null ? null : JSON.writeValueAsString(node);
    }

    private static @Nullable JsonNode tree(@Nullable String text) {
        return text == null ? null : JSON.readTree(text);
    }

    private static ViewpointRow row(ResultSet rs, int n) throws SQLException {
        JsonNode pins = tree(rs.getString("pins"));
        return new ViewpointRow(rs.getLong("id"), rs.getLong("topic_id"), rs.getObject("guid", UUID.class),
                (Integer) rs.getObject("viewpoint_index"), rs.getString("originating_system"),
                rs.getString("authoring_tool_id"), tree(rs.getString("ortho")), tree(rs.getString("persp")),
                tree(rs.getString("lines")), tree(rs.getString("planes")), tree(rs.getString("components")),
                pins == null ? JSON.createArrayNode() : pins, rs.getString("snapshot_type"), rs.getBytes("snapshot"));
    }
}
