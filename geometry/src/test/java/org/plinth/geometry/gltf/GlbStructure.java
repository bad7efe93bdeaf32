package org.plinth.geometry.gltf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GLB back and lists every structural problem: header and chunk lengths, buffer views inside the buffer,
 * accessors inside their views, POSITION min/max equal to the data, indices below the vertex count, node, mesh and
 * material references in range. An empty list means the file is sound as far as these checks go.
 */
public final class GlbStructure {

    public final JsonNode json;
    public final ByteBuffer bin;
    public final List<String> problems = new ArrayList<>();

    private GlbStructure(JsonNode json, ByteBuffer bin) {
        this.json = json;
        this.bin = bin;
    }

    public static GlbStructure read(byte[] glb) {
        ByteBuffer b = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
        List<String> early = new ArrayList<>();
        if (b.getInt(0) != 0x46546C67) {
            early.add("bad magic");
        }
        if (b.getInt(4) != 2) {
            early.add("version " + b.getInt(4));
        }
        if (b.getInt(8) != glb.length) {
            early.add("header length " + b.getInt(8) + " != file length " + glb.length);
        }
        int jsonLength = b.getInt(12);
        if (b.getInt(16) != 0x4E4F534A) {
            early.add("first chunk is not JSON");
        }
        if (jsonLength % 4 != 0) {
            early.add("JSON chunk length not a multiple of 4");
        }
        String text = new String(glb, 20, jsonLength, StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);
        ByteBuffer bin = ByteBuffer.allocate(0);
        int at = 20 + jsonLength;
        if (at < glb.length) {
            int binLength = b.getInt(at);
            if (b.getInt(at + 4) != 0x004E4942) {
                early.add("second chunk is not BIN");
            }
            if (at + 8 + binLength != glb.length) {
                early.add("BIN chunk length " + binLength + " does not end the file");
            }
            bin = ByteBuffer.wrap(glb, at + 8, binLength).slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        GlbStructure s = new GlbStructure(json, bin);
        s.problems.addAll(early);
        s.check();
        return s;
    }

    private void check() {
        if (!"2.0".equals(json.path("asset").path("version").asString())) {
            problems.add("asset.version is not 2.0");
        }
        JsonNode buffers = json.path("buffers");
        if (buffers.size() > 0 && buffers.get(0).path("byteLength").asInt() > bin.capacity()) {
            problems.add("buffer 0 longer than the BIN chunk");
        }
        JsonNode views = json.path("bufferViews");
        for (int i = 0; i < views.size(); i++) {
            JsonNode v = views.get(i);
            long end = v.path("byteOffset").asLong() + v.path("byteLength").asLong();
            if (end > bin.capacity()) {
                problems.add("bufferView " + i + " ends at " + end + " beyond BIN " + bin.capacity());
            }
            if (v.path("byteOffset").asLong() % 4 != 0) {
                problems.add("bufferView " + i + " not 4-byte aligned");
            }
        }
        JsonNode accessors = json.path("accessors");
        for (int i = 0; i < accessors.size(); i++) {
            JsonNode a = accessors.get(i);
            int width = switch (a.path("type").asString()) {
                case "VEC3" -> 3;
                case "SCALAR" -> 1;
                default -> -1;
            };
            JsonNode v = views.get(a.path("bufferView").asInt());
            if (v == null || width < 0) {
                problems.add("accessor " + i + " has no view or an unknown type");
                continue;
            }
            long need = (long) a.path("count").asInt() * width * 4;
            if (need > v.path("byteLength").asLong()) {
                problems.add("accessor " + i + " needs " + need + " bytes, view has " + v.path("byteLength").asLong());
            }
        }
        JsonNode meshes = json.path("meshes");
        int materials = json.path("materials").size();
        for (int m = 0; m < meshes.size(); m++) {
            for (JsonNode p : meshes.get(m).path("primitives")) {
                JsonNode pos = accessors.get(p.path("attributes").path("POSITION").asInt());
                JsonNode idx = accessors.get(p.path("indices").asInt());
                int vertices = pos.path("count").asInt();
                checkMinMax(m, pos, views.get(pos.path("bufferView").asInt()));
                if (p.path("material").asInt() >= materials) {
                    problems.add("mesh " + m + " material out of range");
                }
                JsonNode iv = views.get(idx.path("bufferView").asInt());
                int base = iv.path("byteOffset").asInt();
                for (int k = 0; k < idx.path("count").asInt(); k++) {
                    int value = bin.getInt(base + k * 4);
                    if (value < 0 || value >= vertices) {
                        problems.add("mesh " + m + " index " + value + " outside 0.." + (vertices - 1));
                        break;
                    }
                }
                if (idx.path("count").asInt() % 3 != 0) {
                    problems.add("mesh " + m + " index count not a multiple of 3");
                }
            }
        }
        JsonNode nodes = json.path("nodes");
        for (int n = 0; n < nodes.size(); n++) {
            JsonNode node = nodes.get(n);
            if (node.has("mesh") && node.path("mesh").asInt() >= meshes.size()) {
                problems.add("node " + n + " mesh out of range");
            }
            if (node.has("children") && node.path("children").isEmpty()) {
                problems.add("node " + n + " has an empty children array (glTF forbids empty arrays)");
            }
            for (JsonNode c : node.path("children")) {
                if (c.asInt() <= 0 || c.asInt() >= nodes.size()) {
                    problems.add("node " + n + " child " + c.asInt() + " out of range");
                }
            }
            if (node.has("matrix") && node.path("matrix").size() != 16) {
                problems.add("node " + n + " matrix has " + node.path("matrix").size() + " values");
            }
        }
    }

    private void checkMinMax(int mesh, JsonNode pos, JsonNode view) {
        int base = view.path("byteOffset").asInt();
        int count = pos.path("count").asInt();
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int v = 0; v < count; v++) {
            for (int k = 0; k < 3; k++) {
                float f = bin.getFloat(base + (v * 3 + k) * 4);
                if (!Float.isFinite(f)) {
                    problems.add("mesh " + mesh + " has a non-finite position");
                    return;
                }
                min[k] = Math.min(min[k], f);
                max[k] = Math.max(max[k], f);
            }
        }
        for (int k = 0; k < 3; k++) {
            if ((float) pos.path("min").get(k).asDouble() != min[k] || (float) pos.path("max").get(k).asDouble() != max[k]) {
                problems.add("mesh " + mesh + " POSITION min/max differ from the data on axis " + k);
                return;
            }
        }
    }
}
