package org.plinth.server.bcf.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
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

/** BIMData's pins (not standard BCF-API): points of interest of a viewpoint; and related topics. */
@RestController
@Tag(name = "BcfApi")
class PinController {

    private static final String TOPICS = "/bcf/2.1/projects/{projects_pk}/topics";
    private static final String PINS = TOPICS + "/{topics_guid}/viewpoints/{viewpoints_guid}/pin";

    private final ViewpointService viewpoints;
    private final TopicService topics;

    PinController(ViewpointService viewpoints, TopicService topics) {
        this.viewpoints = viewpoints;
        this.topics = topics;
    }

    @GetMapping(PINS)
    @Operation(operationId = "getPins", summary = "Retrieve all Pins of a viewpoint")
    List<JsonNode> getPins(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid) {
        return viewpoints.pins(caller, projectId, topicGuid, viewpointGuid);
    }

    @PostMapping(PINS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPin", summary = "Create a Pin")
    JsonNode createPin(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return viewpoints.savePin(caller, projectId, topicGuid, viewpointGuid, null, body, true);
    }

    @GetMapping(PINS + "/{guid}")
    @Operation(operationId = "getViewpoinPin", summary = "Retrieve a Pin")
    JsonNode getViewpoinPin(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid,
            @PathVariable String guid) {
        return viewpoints.pin(caller, projectId, topicGuid, viewpointGuid, guid);
    }

    @PatchMapping(PINS + "/{guid}")
    @Operation(operationId = "updatePin", summary = "Update some fields of a Pin")
    JsonNode updatePin(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid,
            @PathVariable String guid, @RequestBody(required = false) @Nullable JsonNode body) {
        return viewpoints.savePin(caller, projectId, topicGuid, viewpointGuid, guid, body, false);
    }

    @PutMapping(PINS + "/{guid}")
    @Operation(operationId = "fullUpdatePin", summary = "Update all fields of a Pin")
    JsonNode fullUpdatePin(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid,
            @PathVariable String guid, @RequestBody(required = false) @Nullable JsonNode body) {
        return viewpoints.savePin(caller, projectId, topicGuid, viewpointGuid, guid, body, true);
    }

    @DeleteMapping(PINS + "/{guid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePin", summary = "Delete a Pin")
    void deletePin(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable("viewpoints_guid") String viewpointGuid,
            @PathVariable String guid) {
        viewpoints.deletePin(caller, projectId, topicGuid, viewpointGuid, guid);
    }

    @GetMapping(TOPICS + "/pins")
    @Operation(operationId = "getTopicsPins", summary = "Get pins of all or many topics (topics=guid,guid)")
    List<Map<String, Object>> getTopicsPins(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestParam(name = "topics", required = false) @Nullable String topicGuids,
            @RequestParam(name = "format", defaultValue = "standard") String format) {
        return viewpoints.topicPins(caller, projectId, topicGuids, format);
    }

    /** BIMData: related topics are not supported and always answer an empty list (the topic must exist). */
    @GetMapping(TOPICS + "/{guid}/related_topics")
    @Operation(operationId = "getRelatedTopics", summary = "Get all related topics (always empty, as BIMData)")
    List<String> getRelatedTopics(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable String guid) {
        topics.get(caller, projectId, guid);
        return List.of();
    }
}
