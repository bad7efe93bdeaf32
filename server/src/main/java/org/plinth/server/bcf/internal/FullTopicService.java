package org.plinth.server.bcf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * BIMData's full topics: a topic with its viewpoints and comments in one call. Each part goes through
 * {@link TopicService} and {@link ViewpointService}, so the rules (roles, guids, indexes, authors,
 * snapshots) are the ones of the single routes; the outer transaction makes one failing part undo all.
 */
@Service
class FullTopicService {

    /** A topic with its parts, in the order the client sees them. */
    record FullTopic(TopicRow topic, List<CommentRow> comments, List<ViewpointRow> viewpoints) {
    }

    private final TopicService topics;
    private final ViewpointService viewpoints;
    private final CommentRepository commentRows;
    private final ViewpointRepository viewpointRows;

    FullTopicService(TopicService topics, ViewpointService viewpoints, CommentRepository commentRows,
            ViewpointRepository viewpointRows) {
        this.topics = topics;
        this.viewpoints = viewpoints;
        this.commentRows = commentRows;
        this.viewpointRows = viewpointRows;
    }

    @Transactional(readOnly = true)
    List<FullTopic> list(Caller caller, long projectId, String format) {
        List<TopicRow> rows = topics.list(caller, projectId, format);
        List<FullTopic> full = new ArrayList<>(rows.size());
        for (TopicRow row : rows) {
            full.add(parts(row));
        }
        return full;
    }

    @Transactional(readOnly = true)
    FullTopic get(Caller caller, long projectId, String guid) {
        return parts(topics.get(caller, projectId, guid));
    }

    @Transactional
    FullTopic create(Caller caller, long projectId, @Nullable JsonNode body) {
        List<JsonNode> viewpointBodies = list(body, "viewpoints");
        List<JsonNode> commentBodies = list(body, "comments");
        TopicRow topic = topics.create(caller, projectId, body);
        String topicGuid = topic.guid().toString();
        // Viewpoints first: the comments may point at them by viewpoint_guid.
        for (JsonNode viewpoint : viewpointBodies) {
            viewpoints.create(caller, projectId, topicGuid, viewpoint);
        }
        for (JsonNode comment : commentBodies) {
            topics.createComment(caller, projectId, topicGuid, comment);
        }
        return parts(topic);
    }

    /**
     * Updates the topic, then each viewpoint and comment sent: one whose guid the topic has is updated
     * (PATCH semantics for viewpoints, which have no PUT; {@code full} for comments), any other is created.
     * Parts not sent are kept: BIMData documents no deletion through this route.
     */
    @Transactional
    FullTopic update(Caller caller, long projectId, String guid, @Nullable JsonNode body, boolean full) {
        List<JsonNode> viewpointBodies = list(body, "viewpoints");
        List<JsonNode> commentBodies = list(body, "comments");
        TopicRow topic = topics.update(caller, projectId, guid, body, full);
        String topicGuid = topic.guid().toString();
        for (JsonNode viewpoint : viewpointBodies) {
            UUID existing = existingGuid(viewpoint);
            if (existing != null && viewpointRows.exists(topic.id(), existing)) {
                viewpoints.update(caller, projectId, topicGuid, existing.toString(), viewpoint);
            } else {
                viewpoints.create(caller, projectId, topicGuid, viewpoint);
            }
        }
        for (JsonNode comment : commentBodies) {
            UUID existing = existingGuid(comment);
            if (existing != null && commentRows.exists(topic.id(), existing)) {
                topics.updateComment(caller, projectId, topicGuid, existing.toString(), comment, full);
            } else {
                topics.createComment(caller, projectId, topicGuid, comment);
            }
        }
        return parts(topic);
    }

    private FullTopic parts(TopicRow topic) {
        return new FullTopic(topic, commentRows.list(topic.id()), viewpointRows.list(topic.id()));
    }

    /** The array {@code field} of the body (absent or null: none); checked before anything is written. */
    private static List<JsonNode> list(@Nullable JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            return List.of();
        }
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRequestException(field, "must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new InvalidRequestException(field, "every item must be a JSON object");
            }
            items.add(item);
        }
        return items;
    }

    /** The part's guid when it is a UUID; anything else is left to the create route to reject. */
    private static @Nullable UUID existingGuid(JsonNode part) {
        JsonNode guid = part.path("guid");
        if (!guid.isString() || guid.asString().length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(guid.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
