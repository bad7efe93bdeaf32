package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One {@code bcf_topic} row; {@code bimdataViewerLayout} is the parsed JSON (a Jackson tree) or null. */
record TopicRow(long id, long projectId, UUID guid, @Nullable Integer index, String title,
        @Nullable String topicType, @Nullable String topicStatus, @Nullable String priority, @Nullable String stage,
        List<String> labels, @Nullable List<String> referenceLinks, @Nullable String description,
        @Nullable OffsetDateTime dueDate, @Nullable String assignedTo, OffsetDateTime creationDate,
        @Nullable String creationAuthor, @Nullable OffsetDateTime modifiedDate, @Nullable String modifiedAuthor,
        String format, @Nullable Object bimdataViewerLayout) {
}
