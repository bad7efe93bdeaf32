package org.plinth.server.collab.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code project_group} and {@code project_group_member}. */
@Repository
class GroupRepository {

    private static final String COLUMNS = "g.id, g.project_id, g.name, g.short_name, g.color";

    private static final String OF_PROJECT = "SELECT " + COLUMNS + " FROM project_group g WHERE g.project_id = :projectId ORDER BY g.id";

    private static final String OF_MEMBER = "SELECT " + COLUMNS + """
             FROM project_group g
            WHERE g.project_id = :projectId
              AND EXISTS (SELECT 1 FROM project_group_member gm JOIN project_member pm ON pm.id = gm.project_member_id
                           WHERE gm.group_id = g.id AND pm.user_id = :userId)
            ORDER BY g.id""";

    private static final String FIND = "SELECT " + COLUMNS + " FROM project_group g WHERE g.project_id = :projectId AND g.id = :id";

    private static final String INSERT = """
            INSERT INTO project_group (project_id, name, short_name, color) VALUES (:projectId, :name, :shortName, :color)
            RETURNING id""";

    private static final String UPDATE = """
            UPDATE project_group SET name = :name, short_name = :shortName, color = :color WHERE id = :id""";

    private static final String DELETE = "DELETE FROM project_group WHERE id = :id";

    private static final String MEMBER_IDS = """
            SELECT project_member_id FROM project_group_member WHERE group_id = :groupId ORDER BY project_member_id""";

    private static final String ADD_MEMBER = """
            INSERT INTO project_group_member (group_id, project_member_id) VALUES (:groupId, :memberId)
            ON CONFLICT DO NOTHING""";

    private static final String REMOVE_MEMBER = """
            DELETE FROM project_group_member WHERE group_id = :groupId AND project_member_id = :memberId""";

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record GroupRow(long id, long projectId, String name, @Nullable String shortName, @Nullable String color) {
    }

    List<GroupRow> ofProject(long projectId) {
        return jdbc.sql(OF_PROJECT).param("projectId", projectId).query(GroupRow.class).list();
    }

    List<GroupRow> ofMember(long projectId, long userId) {
        return jdbc.sql(OF_MEMBER).param("projectId", projectId).param("userId", userId).query(GroupRow.class).list();
    }

    Optional<GroupRow> find(long projectId, long id) {
        return jdbc.sql(FIND).param("projectId", projectId).param("id", id).query(GroupRow.class).optional();
    }

    long insert(long projectId, String name, @Nullable String shortName, @Nullable String color) {
        return jdbc.sql(INSERT).param("projectId", projectId).param("name", name).param("shortName", shortName)
                .param("color", color).query(Long.class).single();
    }

    void update(GroupRow group) {
        jdbc.sql(UPDATE).param("id", group.id()).param("name", group.name()).param("shortName", group.shortName())
                .param("color", group.color()).update();
    }

    void delete(long id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    List<Long> memberIds(long groupId) {
        return jdbc.sql(MEMBER_IDS).param("groupId", groupId).query(Long.class).list();
    }

    void addMember(long groupId, long memberId) {
        jdbc.sql(ADD_MEMBER).param("groupId", groupId).param("memberId", memberId).update();
    }

    boolean removeMember(long groupId, long memberId) {
        return jdbc.sql(REMOVE_MEMBER).param("groupId", groupId).param("memberId", memberId).update() > 0;
    }
}
