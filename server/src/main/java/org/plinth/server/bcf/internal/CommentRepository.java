package org.plinth.server.bcf.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code bcf_comment}. */
@Repository
class CommentRepository {

    private static final String SELECT = """
            SELECT c.id, c.topic_id, t.guid AS topic_guid, c.guid, c.date, c.author, c.comment, c.viewpoint_guid,
                   c.reply_to_comment_guid, c.modified_date, c.modified_author
            FROM bcf_comment c JOIN bcf_topic t ON t.id = c.topic_id
            """;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommentRow> list(long topicId) {
        return jdbc.sql(SELECT + "WHERE c.topic_id = ? ORDER BY c.date, c.id").param(topicId)
                .query(CommentRepository::row).list();
    }

    Optional<CommentRow> find(long topicId, UUID guid) {
        return jdbc.sql(SELECT + "WHERE c.topic_id = ? AND c.guid = ?").params(topicId, guid)
                .query(CommentRepository::row).optional();
    }

    boolean exists(long topicId, UUID guid) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bcf_comment WHERE topic_id = ? AND guid = ?)")
                .params(topicId, guid).query(Boolean.class).single();
    }

    void insert(CommentRow c) {
        jdbc.sql("""
                INSERT INTO bcf_comment (topic_id, guid, date, author, comment, viewpoint_guid, reply_to_comment_guid,
                    modified_date, modified_author)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.topicId(), c.guid(), c.date(), c.author(), c.comment(), c.viewpointGuid(),
                        c.replyToCommentGuid(), c.modifiedDate(), c.modifiedAuthor())
                .update();
    }

    void update(CommentRow c) {
        jdbc.sql("""
                UPDATE bcf_comment SET date = ?, author = ?, comment = ?, viewpoint_guid = ?, reply_to_comment_guid = ?,
                    modified_date = ?, modified_author = ?
                WHERE id = ?""")
                .params(c.date(), c.author(), c.comment(), c.viewpointGuid(), c.replyToCommentGuid(), c.modifiedDate(),
                        c.modifiedAuthor(), c.id())
                .update();
    }

    boolean delete(long topicId, UUID guid) {
        return jdbc.sql("DELETE FROM bcf_comment WHERE topic_id = ? AND guid = ?").params(topicId, guid).update() == 1;
    }

    private static CommentRow row(ResultSet rs, int n) throws SQLException {
        return new CommentRow(rs.getLong("id"), rs.getLong("topic_id"), rs.getObject("topic_guid", UUID.class),
                rs.getObject("guid", UUID.class), rs.getObject("date", OffsetDateTime.class), rs.getString("author"),
                rs.getString("comment"), rs.getObject("viewpoint_guid", UUID.class),
                rs.getObject("reply_to_comment_guid", UUID.class), rs.getObject("modified_date", OffsetDateTime.class),
                rs.getString("modified_author"));
    }
}
