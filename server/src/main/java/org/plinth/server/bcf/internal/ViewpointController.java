package org.plinth.server.bcf.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.platform.PlinthProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** BCF viewpoints, their components and snapshot (BcfApi). {@code img_format=url} links snapshots instead of inlining them. */
@RestController
@Tag(name = "BcfApi")
class ViewpointController {

    private static final String TOPIC = "/bcf/2.1/projects/{projects_pk}/topics/{topics_guid}";
    private static final String VIEWPOINTS = TOPIC + "/viewpoints";

    private final ViewpointService viewpoints;
    private final PlinthProperties properties;

    ViewpointController(ViewpointService viewpoints, PlinthProperties properties) {
        this.viewpoints = viewpoints;
        this.properties = properties;
    }

    /** BIMData {@code Snapshot}: the type and the image as base64, or its URL with {@code img_format=url}. */
    record SnapshotView(String snapshotType, String snapshotData) {
    }

    /** BIMData {@code Viewpoint}; JSON parts are stored in the API's shape. {@code models}: not linked yet. */
    record ViewpointView(@Nullable Integer index, String guid, @Nullable String originatingSystem,
            @Nullable String authoringToolId, @Nullable JsonNode orthogonalCamera, @Nullable JsonNode perspectiveCamera,
            @Nullable JsonNode lines, @Nullable JsonNode clippingPlanes, @Nullable SnapshotView snapshot,
            @Nullable JsonNode components, JsonNode pins, List<Long> models) {
    }

    @GetMapping(VIEWPOINTS)
    @Operation(operationId = "getViewpoints", summary = "Retrieve all Viewpoints of a topic")
    List<ViewpointView> getViewpoints(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @RequestParam(name = "img_format", required = false) @Nullable String imgFormat) {
        return views(viewpoints.list(caller, projectId, topicGuid, false), projectId, topicGuid, imgFormat);
    }

    @GetMapping(TOPIC + "/topic-viewpoints")
    @Operation(operationId = "getTopicViewpoints", summary = "Retrieve the viewpoints of the topic no comment is attached to")
    List<ViewpointView> getTopicViewpoints(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable("topics_guid") String topicGuid,
            @RequestParam(name = "img_format", required = false) @Nullable String imgFormat) {
        return views(viewpoints.list(caller, projectId, topicGuid, true), projectId, topicGuid, imgFormat);
    }

    @PostMapping(VIEWPOINTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createViewpoint", summary = "Create a Viewpoint")
    ViewpointView createViewpoint(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @RequestParam(name = "img_format", required = false) @Nullable String imgFormat,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return view(viewpoints.create(caller, projectId, topicGuid, body), projectId, topicGuid, imgFormat);
    }

    @GetMapping(VIEWPOINTS + "/{guid}")
    @Operation(operationId = "getViewpoint", summary = "Retrieve a Viewpoint")
    ViewpointView getViewpoint(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid,
            @RequestParam(name = "img_format", required = false) @Nullable String imgFormat) {
        return view(viewpoints.get(caller, projectId, topicGuid, guid), projectId, topicGuid, imgFormat);
    }

    @PatchMapping(VIEWPOINTS + "/{guid}")
    @Operation(operationId = "updateViewpoint", summary = "Update some fields of a Viewpoint")
    ViewpointView updateViewpoint(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid,
            @RequestParam(name = "img_format", required = false) @Nullable String imgFormat,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return view(viewpoints.update(caller, projectId, topicGuid, guid, body), projectId, topicGuid, imgFormat);
    }

    @DeleteMapping(VIEWPOINTS + "/{guid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteViewpoint", summary = "Delete a Viewpoint (comments pointing at it keep their text)")
    void deleteViewpoint(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        viewpoints.delete(caller, projectId, topicGuid, guid);
    }

    @GetMapping(VIEWPOINTS + "/{guid}/selection")
    @Operation(operationId = "getSelections", summary = "Retrieve all selections of a viewpoint")
    Map<String, JsonNode> getSelections(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        JsonNode components = components(viewpoints.get(caller, projectId, topicGuid, guid));
        return Map.of("selection", components.path("selection"));
    }

    @GetMapping(VIEWPOINTS + "/{guid}/coloring")
    @Operation(operationId = "getColorings", summary = "Retrieve all colorings of a viewpoint")
    Map<String, JsonNode> getColorings(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        JsonNode components = components(viewpoints.get(caller, projectId, topicGuid, guid));
        return Map.of("coloring", components.path("coloring"));
    }

    /** BIMData's {@code VisibilityDefinition} declares {@code visibility} a list: the one visibility in a list. */
    @GetMapping(VIEWPOINTS + "/{guid}/visibility")
    @Operation(operationId = "getVisibilities", summary = "Retrieve all visibilities of a viewpoint")
    Map<String, List<JsonNode>> getVisibilities(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable("topics_guid") String topicGuid,
            @PathVariable String guid) {
        JsonNode components = components(viewpoints.get(caller, projectId, topicGuid, guid));
        return Map.of("visibility", List.of(components.path("visibility")));
    }

    @GetMapping(VIEWPOINTS + "/{guid}/snapshot")
    @Operation(operationId = "getSnapshot", summary = "Retrieve the viewpoint' snapshot (PNG or JPEG bytes)")
    ResponseEntity<byte[]> getSnapshot(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable("topics_guid") String topicGuid, @PathVariable String guid) {
        ViewpointRow viewpoint = viewpoints.get(caller, projectId, topicGuid, guid);
        byte[] snapshot = viewpoint.snapshot();
        if (snapshot == null) {
            throw new NotFoundException("Viewpoint " + guid + " has no snapshot.");
        }
        MediaType type = "png".equals(viewpoint.snapshotType()) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
        return ResponseEntity.ok().contentType(type).body(snapshot);
    }

    /** A viewpoint without components answers the empty sets (default visibility: all visible). */
    private static JsonNode components(ViewpointRow viewpoint) {
        JsonNode components = viewpoint.components();
        if (components != null) {
            return components;
        }
        var empty = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        empty.set("selection", empty.arrayNode());
        empty.set("coloring", empty.arrayNode());
        empty.set("visibility", ViewpointShapes.defaultVisibility());
        return empty;
    }

    private List<ViewpointView> views(List<ViewpointRow> rows, long projectId, String topicGuid, @Nullable String imgFormat) {
        List<ViewpointView> views = new ArrayList<>(rows.size());
        for (ViewpointRow row : rows) {
            views.add(view(row, projectId, topicGuid, imgFormat));
        }
        return views;
    }

    ViewpointView view(ViewpointRow row, long projectId, String topicGuid, @Nullable String imgFormat) {
        SnapshotView snapshot = null;
        byte[] bytes = row.snapshot();
        if (bytes != null && row.snapshotType() != null) {
            String data = "url".equals(imgFormat)
                    ? properties.publicUrl() + "/bcf/2.1/projects/" + projectId + "/topics/" + topicGuid + "/viewpoints/"
                            + row.guid() + "/snapshot"
                    : Base64.getEncoder().encodeToString(bytes);
            snapshot = new SnapshotView(row.snapshotType(), data);
        }
        return new ViewpointView(row.index(), row.guid().toString(), row.originatingSystem(), row.authoringToolId(),
                row.orthogonalCamera(), row.perspectiveCamera(), row.lines(), row.clippingPlanes(), snapshot,
                row.components(), row.pins(), List.of());
    }
}
