package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.plinth.server.bcf.internal.BcfViews.CommentView;
import org.plinth.server.bcf.internal.BcfViews.TopicView;
import org.plinth.server.bcf.internal.FullTopicService.FullTopic;
import org.plinth.server.bcf.internal.ViewpointController.ViewpointView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** BIMData's non-standard full topic routes: a topic with its comments and viewpoints in one JSON. */
@RestController
@Tag(name = "BcfApi")
class FullTopicController {

    private static final String FULL_TOPICS = "/bcf/2.1/projects/{projects_pk}/full-topic";

    /** BIMData {@code FullTopic}: the {@code Topic} fields plus its {@code comments} and {@code viewpoints}. */
    record FullTopicView(String guid, @Nullable String topicType, @Nullable String topicStatus, String title,
            @Nullable String priority, List<String> labels, OffsetDateTime creationDate,
            @Nullable String creationAuthor, @Nullable OffsetDateTime modifiedDate, @Nullable String modifiedAuthor,
            @Nullable String assignedTo, @Nullable List<String> referenceLinks, @Nullable String stage,
            @Nullable String description, @Nullable OffsetDateTime dueDate, List<Long> ifcs, List<Long> models,
            String format, @Nullable Integer index, @Nullable Object bimdataViewerLayout, List<Long> groups,
            List<CommentView> comments, List<ViewpointView> viewpoints) {
    }

    private final FullTopicService fullTopics;
    // The viewpoint controller owns the Viewpoint shape (snapshot inline or as URL): reused, not copied.
    private final ViewpointController viewpointViews;

    FullTopicController(FullTopicService fullTopics, ViewpointController viewpointViews) {
        this.fullTopics = fullTopics;
        this.viewpointViews = viewpointViews;
    }

    @GetMapping(FULL_TOPICS)
    @Operation(operationId = "getFullTopics", summary = "Retrieve all full topics (format=standard unless asked)")
    List<FullTopicView> getFullTopics(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @RequestParam(name = "format", defaultValue = "standard") String format,
            @RequestParam(name = "img_format", required = false) @Nullable String imgFormat) {
        List<FullTopic> all = fullTopics.list(caller, projectId, format);
        List<FullTopicView> views = new ArrayList<>(all.size());
        for (FullTopic full : all) {
            views.add(view(full, projectId, imgFormat));
        }
        return views;
    }

    @PostMapping(FULL_TOPICS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createFullTopic", summary = "Create a topic with viewpoints and comments")
    FullTopicView createFullTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @RequestParam(name = "img_format", required = false) @Nullable String imgFormat,
            @RequestBody JsonNode body) {
        return view(fullTopics.create(caller, projectId, body), projectId, imgFormat);
    }

    @GetMapping(FULL_TOPICS + "/{guid}")
    @Operation(operationId = "getFullTopic", summary = "Retrieve a topic with its viewpoints and comments")
    FullTopicView getFullTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid, @RequestParam(name = "img_format", required = false) @Nullable String imgFormat) {
        return view(fullTopics.get(caller, projectId, guid), projectId, imgFormat);
    }

    @PatchMapping(FULL_TOPICS + "/{guid}")
    @Operation(operationId = "updateFullTopic", summary = "Update some fields of a topic, its viewpoints and comments")
    FullTopicView updateFullTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid, @RequestParam(name = "img_format", required = false) @Nullable String imgFormat,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return view(fullTopics.update(caller, projectId, guid, body, false), projectId, imgFormat);
    }

    @PutMapping(FULL_TOPICS + "/{guid}")
    @Operation(operationId = "fullUpdateFullTopic", summary = "Update all fields of a topic, its viewpoints and comments")
    FullTopicView fullUpdateFullTopic(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid, @RequestParam(name = "img_format", required = false) @Nullable String imgFormat,
            @RequestBody JsonNode body) {
        return view(fullTopics.update(caller, projectId, guid, body, true), projectId, imgFormat);
    }

    private FullTopicView view(FullTopic full, long projectId, @Nullable String imgFormat) {
        TopicView t = TopicView.of(full.topic());
        List<CommentView> comments = new ArrayList<>(full.comments().size());
        for (CommentRow comment : full.comments()) {
            comments.add(CommentView.of(comment));
        }
        List<ViewpointView> viewpoints = new ArrayList<>(full.viewpoints().size());
        for (ViewpointRow viewpoint : full.viewpoints()) {
            viewpoints.add(viewpointViews.view(viewpoint, projectId, t.guid(), imgFormat));
        }
        return new FullTopicView(t.guid(), t.topicType(), t.topicStatus(), t.title(), t.priority(), t.labels(),
                t.creationDate(), t.creationAuthor(), t.modifiedDate(), t.modifiedAuthor(), t.assignedTo(),
                t.referenceLinks(), t.stage(), t.description(), t.dueDate(), t.ifcs(), t.models(), t.format(),
                t.index(), t.bimdataViewerLayout(), t.groups(), comments, viewpoints);
    }
}
