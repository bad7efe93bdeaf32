package org.plinth.server.bcf.internal;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the parts of a BCF viewpoint request (cameras, lines, clipping planes, components, pins)
 * and rebuilds each as a fresh JSON tree holding only the fields BIMData's models define, so what
 * is stored is exactly what the API answers with. Errors go to {@link RequestFields} with the path
 * of the bad value ({@code perspective_camera.camera_view_point.x}).
 */
final class ViewpointShapes {

    static final int MAX_COMPONENTS = 1_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RequestFields errors;

    ViewpointShapes(RequestFields errors) {
        this.errors = errors;
    }

    @Nullable ObjectNode orthogonalCamera(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        ObjectNode camera = NODES.objectNode();
        camera.set("camera_view_point", point(node.path("camera_view_point"), path + ".camera_view_point"));
        camera.set("camera_direction", point(node.path("camera_direction"), path + ".camera_direction"));
        camera.set("camera_up_vector", point(node.path("camera_up_vector"), path + ".camera_up_vector"));
        camera.put("view_to_world_scale", number(node.path("view_to_world_scale"), path + ".view_to_world_scale"));
        return camera;
    }

    @Nullable ObjectNode perspectiveCamera(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        ObjectNode camera = NODES.objectNode();
        camera.set("camera_view_point", point(node.path("camera_view_point"), path + ".camera_view_point"));
        camera.set("camera_direction", point(node.path("camera_direction"), path + ".camera_direction"));
        camera.set("camera_up_vector", point(node.path("camera_up_vector"), path + ".camera_up_vector"));
        double fieldOfView = number(node.path("field_of_view"), path + ".field_of_view");
        if (fieldOfView < 0 || fieldOfView > 180) {
            errors.error(path + ".field_of_view", "must be between 0 and 180 degrees");
        }
        camera.put("field_of_view", fieldOfView);
        JsonNode bimdata = node.path("bimdata_camera_direction");
        if (!bimdata.isMissingNode() && !bimdata.isNull()) {
            camera.set("bimdata_camera_direction", point(bimdata, path + ".bimdata_camera_direction"));
        }
        return camera;
    }

    @Nullable ArrayNode lines(JsonNode node, String path) {
        if (!array(node, path)) {
            return null;
        }
        ArrayNode lines = NODES.arrayNode();
        int i = 0;
        for (JsonNode item : node) {
            String at = path + "[" + i++ + "]";
            if (object(item, at)) {
                ObjectNode line = NODES.objectNode();
                line.set("start_point", point(item.path("start_point"), at + ".start_point"));
                line.set("end_point", point(item.path("end_point"), at + ".end_point"));
                lines.add(line);
            }
        }
        return lines;
    }

    @Nullable ArrayNode clippingPlanes(JsonNode node, String path) {
        if (!array(node, path)) {
            return null;
        }
        ArrayNode planes = NODES.arrayNode();
        int i = 0;
        for (JsonNode item : node) {
            String at = path + "[" + i++ + "]";
            if (object(item, at)) {
                ObjectNode plane = NODES.objectNode();
                plane.set("location", point(item.path("location"), at + ".location"));
                plane.set("direction", point(item.path("direction"), at + ".direction"));
                planes.add(plane);
            }
        }
        return planes;
    }

    /** BIMData {@code ComponentsParent}: selection, coloring, visibility (all optional). */
    @Nullable ObjectNode components(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        ObjectNode components = NODES.objectNode();
        JsonNode selection = node.path("selection");
        components.set("selection", present(selection) ? componentList(selection, path + ".selection") : NODES.arrayNode());
        ArrayNode colorings = NODES.arrayNode();
        JsonNode coloring = node.path("coloring");
        if (present(coloring) && array(coloring, path + ".coloring")) {
            int i = 0;
            for (JsonNode item : coloring) {
                String at = path + ".coloring[" + i++ + "]";
                if (object(item, at)) {
                    ObjectNode out = NODES.objectNode();
                    out.put("color", color(item.path("color"), at + ".color"));
                    out.set("components", componentList(item.path("components"), at + ".components"));
                    colorings.add(out);
                }
            }
        }
        components.set("coloring", colorings);
        JsonNode visibility = node.path("visibility");
        components.set("visibility", present(visibility) ? visibility(visibility, path + ".visibility") : defaultVisibility());
        return components;
    }

    static ObjectNode defaultVisibility() {
        ObjectNode visibility = NODES.objectNode();
        visibility.put("default_visibility", true);
        visibility.set("exceptions", NODES.arrayNode());
        visibility.set("view_setup_hints", hints(NODES.objectNode()));
        return visibility;
    }

    private ObjectNode visibility(JsonNode node, String path) {
        ObjectNode visibility = defaultVisibility();
        if (!object(node, path)) {
            return visibility;
        }
        JsonNode defaultVisibility = node.path("default_visibility");
        if (present(defaultVisibility)) {
            if (!defaultVisibility.isBoolean()) {
                errors.error(path + ".default_visibility", "must be true or false");
            } else {
                visibility.put("default_visibility", defaultVisibility.asBoolean());
            }
        }
        JsonNode exceptions = node.path("exceptions");
        if (present(exceptions)) {
            visibility.set("exceptions", componentList(exceptions, path + ".exceptions"));
        }
        JsonNode hints = node.path("view_setup_hints");
        if (present(hints) && object(hints, path + ".view_setup_hints")) {
            for (String flag : new String[] { "spaces_visible", "space_boundaries_visible", "openings_visible" }) {
                JsonNode value = hints.path(flag);
                if (present(value) && !value.isBoolean()) {
                    errors.error(path + ".view_setup_hints." + flag, "must be true or false");
                }
            }
            visibility.set("view_setup_hints", hints(hints));
        }
        return visibility;
    }

    /** BCF 2.1 defaults: spaces, space boundaries and openings hidden unless said otherwise. */
    private static ObjectNode hints(JsonNode given) {
        ObjectNode hints = NODES.objectNode();
        hints.put("spaces_visible", given.path("spaces_visible").asBoolean(false));
        hints.put("space_boundaries_visible", given.path("space_boundaries_visible").asBoolean(false));
        hints.put("openings_visible", given.path("openings_visible").asBoolean(false));
        return hints;
    }

    /** BIMData {@code Component}s: ifc_guid, originating_system, authoring_tool_id (at least one set). */
    private ArrayNode componentList(JsonNode node, String path) {
        ArrayNode list = NODES.arrayNode();
        if (!array(node, path)) {
            return list;
        }
        if (node.size() > MAX_COMPONENTS) {
            errors.error(path, "has more than " + MAX_COMPONENTS + " components");
            return list;
        }
        int i = 0;
        for (JsonNode item : node) {
            String at = path + "[" + i++ + "]";
            if (!object(item, at)) {
                continue;
            }
            ObjectNode component = NODES.objectNode();
            boolean any = false;
            for (String field : new String[] { "ifc_guid", "originating_system", "authoring_tool_id" }) {
                JsonNode value = item.path(field);
                if (!present(value)) {
                    component.putNull(field);
                } else if (!value.isString() || value.asString().length() > TopicService.MAX_TEXT) {
                    errors.error(at + "." + field, "must be a string of at most " + TopicService.MAX_TEXT + " characters");
                } else {
                    component.put(field, value.asString());
                    any = true;
                }
            }
            if (!any) {
                errors.error(at, "needs an ifc_guid, originating_system or authoring_tool_id");
            }
            list.add(component);
        }
        return list;
    }

    /** BIMData {@code Pin}s: guid (generated when absent), name, color, point, index. */
    @Nullable ArrayNode pins(JsonNode node, String path) {
        if (!array(node, path)) {
            return null;
        }
        ArrayNode pins = NODES.arrayNode();
        Set<String> guids = new HashSet<>();
        int i = 0;
        for (JsonNode item : node) {
            ObjectNode pin = pin(item, path + "[" + i++ + "]", null);
            if (pin != null) {
                if (!guids.add(pin.path("guid").asString())) {
                    errors.error(path, "pin guid " + pin.path("guid").asString() + " appears twice");
                }
                pins.add(pin);
            }
        }
        return pins;
    }

    /** One pin; {@code base} is the current pin for a PATCH (absent fields kept), null otherwise. */
    @Nullable ObjectNode pin(JsonNode item, String path, @Nullable JsonNode base) {
        if (!object(item, path)) {
            return null;
        }
        ObjectNode pin = NODES.objectNode();
        JsonNode guid = item.path("guid");
        if (base != null) {
            pin.put("guid", base.path("guid").asString());
        } else if (present(guid)) {
            RequestFields one = new RequestFields(item);
            java.util.UUID parsed = one.guid("guid");
            if (parsed == null) {
                errors.error(path + ".guid", "'" + guid.asString() + "' is not a GUID (8-4-4-4-12 hexadecimal digits)");
                return null;
            }
            pin.put("guid", parsed.toString());
        } else {
            pin.put("guid", java.util.UUID.randomUUID().toString());
        }
        pin.set("name", textOrKeep(item, base, "name", path));
        JsonNode color = item.has("color") ? item.path("color") : base == null ? NODES.nullNode() : base.path("color");
        if (present(color)) {
            pin.put("color", color(color, path + ".color"));
        } else {
            pin.putNull("color");
        }
        JsonNode point = item.has("point") || base == null ? item.path("point") : base.path("point");
        pin.set("point", point(point, path + ".point"));
        JsonNode index = item.has("index") || base == null ? item.path("index") : base.path("index");
        if (present(index)) {
            if (!index.isIntegralNumber() || !index.canConvertToInt()) {
                errors.error(path + ".index", "must be an integer");
                pin.putNull("index");
            } else {
                pin.put("index", index.asInt());
            }
        } else {
            pin.putNull("index");
        }
        return pin;
    }

    private JsonNode textOrKeep(JsonNode item, @Nullable JsonNode base, String field, String path) {
        JsonNode value = item.has(field) || base == null ? item.path(field) : base.path(field);
        if (!present(value)) {
            return NODES.nullNode();
        }
        if (!value.isString() || value.asString().length() > TopicService.MAX_TEXT) {
            errors.error(path + "." + field, "must be a string of at most " + TopicService.MAX_TEXT + " characters");
            return NODES.nullNode();
        }
        return NODES.stringNode(value.asString());
    }

    /** A colour as BCF writes it: 6 or 8 hexadecimal digits (RRGGBB or AARRGGBB), an optional leading '#'. */
    private String color(JsonNode node, String path) {
        if (!node.isString()) {
            errors.error(path, "must be a colour such as FF0000 or 80FF0000");
            return "";
        }
        String value = node.asString();
        String digits = value.startsWith("#") ? value.substring(1) : value;
        boolean hex = digits.length() == 6 || digits.length() == 8;
        for (int i = 0; hex && i < digits.length(); i++) {
            char c = digits.charAt(i);
            hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        if (!hex) {
            errors.error(path, "'" + value + "' is not a colour such as FF0000 or 80FF0000");
        }
        return value;
    }

    private ObjectNode point(JsonNode node, String path) {
        ObjectNode point = NODES.objectNode();
        if (!object(node, path)) {
            return point;
        }
        point.put("x", number(node.path("x"), path + ".x"));
        point.put("y", number(node.path("y"), path + ".y"));
        point.put("z", number(node.path("z"), path + ".z"));
        return point;
    }

    private double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            errors.error(path, present(node) ? "must be a number" : "is required");
            return 0;
        }
        double value = node.asDouble();
        if (!Double.isFinite(value)) {
            errors.error(path, "must be a finite number");
            return 0;
        }
        return value;
    }

    private boolean object(JsonNode node, String path) {
        if (node.isObject()) {
            return true;
        }
        errors.error(path, present(node) ? "must be an object" : "is required");
        return false;
    }

    private boolean array(JsonNode node, String path) {
        if (node.isArray()) {
            return true;
        }
        errors.error(path, present(node) ? "must be a list" : "is required");
        return false;
    }

    static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }
}
