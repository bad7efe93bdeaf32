package org.plinth.server.bcf.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.plinth.server.bcf.internal.BcfViews.CommentView;
import org.plinth.server.bcf.internal.BcfViews.TopicView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** BCF topics and comments (BcfApi). Bodies are JSON trees so PATCH can tell absent from null. */
@RestController
@Tag(name = "BcfApi")
class TopicController {

    private static final String TOPICS = "/bcf/2.1/projects/{projects_pk}/topics";
    private static final String COMMENTS = TOPICS + "/{topics_guid}/comments";

    private final TopicService topics;

    TopicController(TopicService topics) {
        this.topics = topics;
    }

    @GetMapping(TOPICS)
    @Operation(operationId = "getTopics", summary = "Retrieve all topics (format=standard unless asked)")
    List<TopicView> getTopics(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @RequestParam(name = "format", defaultValue = "standard") String format) {
        List<TopicRow> rows = topics.list(caller, projectId, format);
        List<TopicView> views = new ArrayList<>(rows.size());
        for (TopicRow row : rows) {
            views.add(TopicView.of(row));
        }
        return views;
    }

    @PostMapping(TOPICS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTopic", summary = "Create a topic")
    TopicView createTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @RequestBody JsonNode body) {
        return TopicView.of(topics.create(caller, projectId, body));
    }

    @GetMapping(TOPICS + "/{guid}")
    @Operation(operationId = "getTopic", summary = "Retrieve a topic")
    TopicView getTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid) {
        return TopicView.of(topics.get(caller, projectId, guid));
    }

    @PatchMapping(TOPICS + "/{guid}")
    @Operation(operationId = "updateTopic", summary = "Update some fields of a topic")
    TopicView updateTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid, @RequestBody(required = false) @Nullable JsonNode body) {
        return TopicView.of(topics.update(caller, projectId, guid, body, false));
    }

    @PutMapping(TOPICS + "/{guid}")
    @Operation(operationId = "fullUpdateTopic", summary = "Update all fields of a topic")
    TopicView fullUpdateTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid, @RequestBody JsonNode body) {
        return TopicView.of(topics.update(caller, projectId, guid, body, true));
    }

    @DeleteMapping(TOPICS + "/{guid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTopic", summary = "Delete a topic with its comments")
    void deleteTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid) {
        topics.delete(caller, projectId, guid);
    }

    @GetMapping(COMMENTS)
    @Operation(operationId = "getComments", summary = "Retrieve all comments")
    List<CommentView> getComments(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid) {
        List<CommentRow> rows = topics.comments(caller, projectId, topicGuid);
        List<CommentView> views = new ArrayList<>(rows.size());
        for (CommentRow row : rows) {
            views.add(CommentView.of(row));
        }
        return views;
    }

    @PostMapping(COMMENTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createComment", summary = "Create a comment")
    CommentView createComment(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @RequestBody(required = false) @Nullable JsonNode body) {
        return CommentView.of(topics.createComment(caller, projectId, topicGuid, body));
    }

    @GetMapping(COMMENTS + "/{guid}")
    @Operation(operationId = "getComment", summary = "Retrieve a comment")
    CommentView getComment(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        return CommentView.of(topics.comment(caller, projectId, topicGuid, guid));
    }

    @PatchMapping(COMMENTS + "/{guid}")
    @Operation(operationId = "updateComment", summary = "Update some fields of a comment")
    CommentView updateComment(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return CommentView.of(topics.updateComment(caller, projectId, topicGuid, guid, body, false));
    }

    @PutMapping(COMMENTS + "/{guid}")
    @Operation(operationId = "fullUpdateComment", summary = "Update all fields of a comment")
    CommentView fullUpdateComment(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return CommentView.of(topics.updateComment(caller, projectId, topicGuid, guid, body, true));
    }

    @DeleteMapping(COMMENTS + "/{guid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteComment", summary = "Delete a comment")
    void deleteComment(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        topics.deleteComment(caller, projectId, topicGuid, guid);
    }
}
