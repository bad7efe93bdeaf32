package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One {@code bcf_comment} row with its topic's guid. */
record CommentRow(long id, long topicId, UUID topicGuid, UUID guid, OffsetDateTime date, @Nullable String author,
        String comment, @Nullable UUID viewpointGuid, @Nullable UUID replyToCommentGuid, OffsetDateTime modifiedDate,
        @Nullable String modifiedAuthor) {
}
