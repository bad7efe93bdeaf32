package org.plinth.server.bcf.internal;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.bcf.BinaryContent;
import org.plinth.bcf.ImageFormat;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;

/**
 * Viewpoints of a topic: cameras, lines, clipping planes, components (selection, coloring,
 * visibility with exceptions and view setup hints), pins and the snapshot. Read with any role,
 * written by project users. Snapshots are PNG or JPEG by signature and at most {@link #MAX_SNAPSHOT_BYTES}.
 */
@Service
class ViewpointService {

    static final int MAX_SNAPSHOT_BYTES = 10 * 1024 * 1024;

    private final BcfProjects projects;
    private final TopicRepository topics;
    private final ViewpointRepository viewpoints;
    private final ProjectActivity activity;

    ViewpointService(BcfProjects projects, TopicRepository topics, ViewpointRepository viewpoints,
            ProjectActivity activity) {
        this.projects = projects;
        this.topics = topics;
        this.viewpoints = viewpoints;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    List<ViewpointRow> list(Caller caller, long projectId, String topicGuid, boolean withoutComment) {
        TopicRow topic = topic(projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST), topicGuid);
        return withoutComment ? viewpoints.listWithoutComment(topic.id()) : viewpoints.list(topic.id());
    }

    @Transactional(readOnly = true)
    ViewpointRow get(Caller caller, long projectId, String topicGuid, String guid) {
        TopicRow topic = topic(projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST), topicGuid);
        return viewpoint(topic, guid);
    }

    @Transactional
    ViewpointRow create(Caller caller, long projectId, String topicGuid, @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        TopicRow topic = topic(project, topicGuid);
        RequestFields f = new RequestFields(body);
        UUID guid = f.has("guid") ? f.guid("guid") : UUID.randomUUID();
        ViewpointRow blank = new ViewpointRow(0, topic.id(), guid == null ? UUID.randomUUID() : guid, null, null, null,
                null, null, null, null, null, tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode(), null, null);
        ViewpointRow viewpoint = apply(blank, f);
        f.check();
        if (viewpoints.exists(topic.id(), viewpoint.guid())) {
            throw new ConflictException("A viewpoint with guid " + viewpoint.guid() + " already exists in this topic.");
        }
        if (viewpoint.index() == null) {
            viewpoint = withIndex(viewpoint, viewpoints.nextIndex(topic.id()));
        }
        viewpoints.insert(viewpoint);
        activity.record(project.id(), caller, "bcf.viewpoint.create",
                Map.of("topic_guid", topicGuid, "guid", viewpoint.guid().toString()));
        return viewpoints.find(topic.id(), viewpoint.guid()).orElseThrow(() -> viewpointNotFound(topicGuid));
    }

    @Transactional
    ViewpointRow update(Caller caller, long projectId, String topicGuid, String guid, @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        TopicRow topic = topic(project, topicGuid);
        ViewpointRow current = viewpoint(topic, guid);
        RequestFields f = new RequestFields(body);
        ViewpointRow updated = apply(current, f);
        f.check();
        if (updated.index() == null) {
            updated = withIndex(updated, viewpoints.nextIndex(topic.id()));
        }
        viewpoints.update(updated);
        activity.record(project.id(), caller, "bcf.viewpoint.update", Map.of("topic_guid", topicGuid, "guid", guid));
        return viewpoints.find(topic.id(), current.guid()).orElseThrow(() -> viewpointNotFound(guid));
    }

    @Transactional
    void delete(Caller caller, long projectId, String topicGuid, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        TopicRow topic = topic(project, topicGuid);
        if (!viewpoints.delete(topic.id(), TopicService.parseGuid(guid, "viewpoint"))) {
            throw viewpointNotFound(guid);
        }
        activity.record(project.id(), caller, "bcf.viewpoint.delete", Map.of("topic_guid", topicGuid, "guid", guid));
    }

    // ---- pins (BIMData extension): kept in the viewpoint's pin list

    @Transactional(readOnly = true)
    List<JsonNode> pins(Caller caller, long projectId, String topicGuid, String viewpointGuid) {
        ViewpointRow viewpoint = get(caller, projectId, topicGuid, viewpointGuid);
        List<JsonNode> pins = new java.util.ArrayList<>(viewpoint.pins().size());
        for (JsonNode pin : viewpoint.pins()) {
            pins.add(pin);
        }
        return pins;
    }

    @Transactional(readOnly = true)
    JsonNode pin(Caller caller, long projectId, String topicGuid, String viewpointGuid, String guid) {
        ViewpointRow viewpoint = get(caller, projectId, topicGuid, viewpointGuid);
        int at = pinIndex(viewpoint, guid);
        if (at < 0) {
            throw pinNotFound(guid);
        }
        return viewpoint.pins().get(at);
    }

    /**
     * Creates ({@code guid} null), replaces ({@code full}) or patches a pin of the viewpoint.
     *
     * @return the pin as stored
     */
    @Transactional
    JsonNode savePin(Caller caller, long projectId, String topicGuid, String viewpointGuid, @Nullable String guid,
            @Nullable JsonNode body, boolean full) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        ViewpointRow viewpoint = viewpoint(topic(project, topicGuid), viewpointGuid);
        RequestFields f = new RequestFields(body);
        ViewpointShapes shapes = new ViewpointShapes(f);
        tools.jackson.databind.node.ArrayNode pins = viewpoint.pins().isArray()
                ? ((tools.jackson.databind.node.ArrayNode) viewpoint.pins()).deepCopy()
                : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        int at = -1;
        JsonNode base = null;
        if (guid != null) {
            at = pinIndex(viewpoint, guid);
            if (at < 0) {
                throw pinNotFound(guid);
            }
            base = full ? null : pins.get(at);
        }
        JsonNode given = body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
        tools.jackson.databind.node.ObjectNode pin = shapes.pin(given, "pin", base);
        f.check();
        if (pin == null) {
            throw new IllegalStateException("pin without errors but not built");
        }
        if (guid != null) {
            pin.put("guid", pins.get(at).path("guid").asString());
            pins.set(at, pin);
        } else {
            if (pinIndex(viewpoint, pin.path("guid").asString()) >= 0) {
                throw new ConflictException("A pin with guid " + pin.path("guid").asString() + " already exists here.");
            }
            pins.add(pin);
        }
        viewpoints.update(new ViewpointRow(viewpoint.id(), viewpoint.topicId(), viewpoint.guid(), viewpoint.index(),
                viewpoint.originatingSystem(), viewpoint.authoringToolId(), viewpoint.orthogonalCamera(),
                viewpoint.perspectiveCamera(), viewpoint.lines(), viewpoint.clippingPlanes(), viewpoint.components(),
                pins, viewpoint.snapshotType(), viewpoint.snapshot()));
        activity.record(project.id(), caller, guid == null ? "bcf.pin.create" : "bcf.pin.update",
                Map.of("topic_guid", topicGuid, "viewpoint_guid", viewpointGuid, "guid", pin.path("guid").asString()));
        return pin;
    }

    @Transactional
    void deletePin(Caller caller, long projectId, String topicGuid, String viewpointGuid, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        ViewpointRow viewpoint = viewpoint(topic(project, topicGuid), viewpointGuid);
        int at = pinIndex(viewpoint, guid);
        if (at < 0) {
            throw pinNotFound(guid);
        }
        tools.jackson.databind.node.ArrayNode pins = ((tools.jackson.databind.node.ArrayNode) viewpoint.pins()).deepCopy();
        pins.remove(at);
        viewpoints.update(new ViewpointRow(viewpoint.id(), viewpoint.topicId(), viewpoint.guid(), viewpoint.index(),
                viewpoint.originatingSystem(), viewpoint.authoringToolId(), viewpoint.orthogonalCamera(),
                viewpoint.perspectiveCamera(), viewpoint.lines(), viewpoint.clippingPlanes(), viewpoint.components(),
                pins, viewpoint.snapshotType(), viewpoint.snapshot()));
        activity.record(project.id(), caller, "bcf.pin.delete",
                Map.of("topic_guid", topicGuid, "viewpoint_guid", viewpointGuid, "guid", guid));
    }

    /** BIMData {@code TopicPin}s: per topic (all, or those whose guids are listed), the pins of its viewpoints. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> topicPins(Caller caller, long projectId, @Nullable String topicGuids, String format) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        java.util.Set<String> wanted = null;
        if (topicGuids != null && !topicGuids.isBlank()) {
            wanted = new java.util.HashSet<>();
            for (String guid : topicGuids.split(",")) {
                wanted.add(guid.strip().toLowerCase());
            }
        }
        List<Map<String, Object>> result = new java.util.ArrayList<>();
        for (TopicRow topic : topics.list(project.id(), format)) {
            if (wanted != null && !wanted.contains(topic.guid().toString())) {
                continue;
            }
            List<JsonNode> pins = new java.util.ArrayList<>();
            for (ViewpointRow viewpoint : viewpoints.list(topic.id())) {
                for (JsonNode pin : viewpoint.pins()) {
                    tools.jackson.databind.node.ObjectNode withModels = ((tools.jackson.databind.node.ObjectNode) pin).deepCopy();
                    withModels.set("model_ids", withModels.arrayNode());
                    pins.add(withModels);
                }
            }
            result.add(Map.of("topic_guid", topic.guid().toString(), "pins", pins));
        }
        return result;
    }

    private static int pinIndex(ViewpointRow viewpoint, String guid) {
        for (int i = 0; i < viewpoint.pins().size(); i++) {
            if (viewpoint.pins().get(i).path("guid").asString().equalsIgnoreCase(guid)) {
                return i;
            }
        }
        return -1;
    }

    private static NotFoundException pinNotFound(String guid) {
        return new NotFoundException("No pin " + guid + " in this viewpoint.");
    }

    /** The fields present in the request applied to {@code base} (PATCH semantics; create starts from blank). */
    private static ViewpointRow apply(ViewpointRow base, RequestFields f) {
        ViewpointShapes shapes = new ViewpointShapes(f);
        Integer index = f.has("index") ? f.integer("index") : base.index();
        String originating = f.has("originating_system") ? f.text("originating_system", TopicService.MAX_TEXT)
                : base.originatingSystem();
        String tool = f.has("authoring_tool_id") ? f.text("authoring_tool_id", TopicService.MAX_TEXT) : base.authoringToolId();
        JsonNode ortho = base.orthogonalCamera();
        if (f.has("orthogonal_camera")) {
            JsonNode given = f.any("orthogonal_camera");
            ortho = given == null ? null : shapes.orthogonalCamera(given, "orthogonal_camera");
        }
        JsonNode persp = base.perspectiveCamera();
        if (f.has("perspective_camera")) {
            JsonNode given = f.any("perspective_camera");
            persp = given == null ? null : shapes.perspectiveCamera(given, "perspective_camera");
        }
        JsonNode lines = base.lines();
        if (f.has("lines")) {
            JsonNode given = f.any("lines");
            lines = given == null ? null : shapes.lines(given, "lines");
        }
        JsonNode planes = base.clippingPlanes();
        if (f.has("clipping_planes")) {
            JsonNode given = f.any("clipping_planes");
            planes = given == null ? null : shapes.clippingPlanes(given, "clipping_planes");
        }
        JsonNode components = base.components();
        if (f.has("components")) {
            JsonNode given = f.any("components");
            components = given == null ? null : shapes.components(given, "components");
        }
        JsonNode pins = base.pins();
        if (f.has("pins")) {
            JsonNode given = f.any("pins");
            JsonNode checked = given == null ? null : shapes.pins(given, "pins");
            pins = checked == null ? tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode() : checked;
        }
        String snapshotType = base.snapshotType();
        byte[] snapshot = base.snapshot();
        if (f.has("snapshot")) {
            JsonNode given = f.any("snapshot");
            if (given == null) {
                snapshotType = null;
                snapshot = null;
            } else {
                Snapshot decoded = snapshot(given, f);
                snapshotType = decoded == null ? null : decoded.type();
                snapshot = decoded == null ? null : decoded.bytes();
            }
        }
        return new ViewpointRow(base.id(), base.topicId(), base.guid(), index, originating, tool, ortho, persp, lines,
                planes, components, pins, snapshotType, snapshot);
    }

    private record Snapshot(String type, byte[] bytes) {
    }

    /**
     * {@code {snapshot_type: png|jpg, snapshot_data: base64}}: the bytes must be the image the type
     * says (checked by signature) and at most {@link #MAX_SNAPSHOT_BYTES} (413 beyond).
     */
    private static @Nullable Snapshot snapshot(JsonNode node, RequestFields f) {
        if (!node.isObject()) {
            f.error("snapshot", "must be an object with snapshot_type and snapshot_data");
            return null;
        }
        String type = node.path("snapshot_type").isString() ? node.path("snapshot_type").asString().toLowerCase() : "";
        if (type.equals("jpeg")) {
            type = "jpg";
        }
        if (!type.equals("png") && !type.equals("jpg")) {
            f.error("snapshot.snapshot_type", "must be png or jpg");
            return null;
        }
        if (!node.path("snapshot_data").isString()) {
            f.error("snapshot.snapshot_data", "must be the image as a base64 string");
            return null;
        }
        String data = node.path("snapshot_data").asString();
        int comma = data.startsWith("data:") ? data.indexOf(',') : -1;
        if (comma >= 0) {
            data = data.substring(comma + 1);
        }
        if ((long) data.length() * 3 / 4 > MAX_SNAPSHOT_BYTES + 3L) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            f.error("snapshot.snapshot_data", "is not valid base64: " + e.getMessage());
            return null;
        }
        if (bytes.length > MAX_SNAPSHOT_BYTES) {
            throw tooLarge();
        }
        Optional<ImageFormat> actual = ImageFormat.ofContent(BinaryContent.copyOf(bytes));
        if (actual.isEmpty()) {
            f.error("snapshot.snapshot_data", "is neither a PNG nor a JPEG image");
            return null;
        }
        String actualType = actual.get() == ImageFormat.PNG ? "png" : "jpg";
        if (!actualType.equals(type)) {
            f.error("snapshot.snapshot_type", "is " + type + " but the data is a " + actualType + " image");
            return null;
        }
        return new Snapshot(type, bytes);
    }

    private static ErrorResponseException tooLarge() {
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The snapshot is larger than " + MAX_SNAPSHOT_BYTES + " bytes."), null);
    }

    private static ViewpointRow withIndex(ViewpointRow v, int index) {
        return new ViewpointRow(v.id(), v.topicId(), v.guid(), index, v.originatingSystem(), v.authoringToolId(),
                v.orthogonalCamera(), v.perspectiveCamera(), v.lines(), v.clippingPlanes(), v.components(), v.pins(),
                v.snapshotType(), v.snapshot());
    }

    private TopicRow topic(BcfProjects.Project project, String guid) {
        return topics.find(project.id(), TopicService.parseGuid(guid, "topic"))
                .orElseThrow(() -> new NotFoundException("No topic " + guid + " in this project."));
    }

    private ViewpointRow viewpoint(TopicRow topic, String guid) {
        return viewpoints.find(topic.id(), TopicService.parseGuid(guid, "viewpoint"))
                .orElseThrow(() -> viewpointNotFound(guid));
    }

    private static NotFoundException viewpointNotFound(String guid) {
        return new NotFoundException("No viewpoint " + guid + " in this topic.");
    }
}
