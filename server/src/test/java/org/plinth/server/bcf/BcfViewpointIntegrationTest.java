package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BCF viewpoints over HTTP: every component kind, cameras, lines, clipping planes, pins and snapshots. */
class BcfViewpointIntegrationTest extends PlinthIntegrationTest {

    static final String WALL = "2O2Fr$t4X7Zf8NOew3FLOH";
    static final String DOOR = "0M6o2jW8z5UeHdGHmbmC_h";
    static final String SLAB = "1hOSvn6df7F8_7GcBWlR72";

    @Test
    void viewpointWithEveryPartRoundTrips() {
        BcfFixture f = new BcfFixture(this);
        String topic = topic(f);
        String guid = UUID.randomUUID().toString();
        byte[] png = image("png");
        HttpResponse<String> created = sendJson("POST", f.topics() + "/" + topic + "/viewpoints", f.user.token(), """
                {"guid": "%s", "originating_system": "Viewer", "authoring_tool_id": "v1",
                 "perspective_camera": {"camera_view_point": {"x": 1, "y": 2, "z": 3},
                     "camera_direction": {"x": 0, "y": 1, "z": 0}, "camera_up_vector": {"x": 0, "y": 0, "z": 1},
                     "field_of_view": 60},
                 "orthogonal_camera": {"camera_view_point": {"x": 0, "y": 0, "z": 10},
                     "camera_direction": {"x": 0, "y": 0, "z": -1}, "camera_up_vector": {"x": 0, "y": 1, "z": 0},
                     "view_to_world_scale": 2.5},
                 "lines": [{"start_point": {"x": 0, "y": 0, "z": 0}, "end_point": {"x": 1, "y": 1, "z": 1}}],
                 "clipping_planes": [{"location": {"x": 0, "y": 0, "z": 1.5}, "direction": {"x": 0, "y": 0, "z": 1}}],
                 "components": {
                     "selection": [{"ifc_guid": "%s", "originating_system": "Revit", "authoring_tool_id": "123"}],
                     "coloring": [{"color": "FF0000", "components": [{"ifc_guid": "%s"}]},
                                  {"color": "8000FF00", "components": [{"ifc_guid": "%s"}]}],
                     "visibility": {"default_visibility": false, "exceptions": [{"ifc_guid": "%s"}],
                         "view_setup_hints": {"spaces_visible": true, "openings_visible": false}}},
                 "pins": [{"name": "Here", "color": "00FF00", "point": {"x": 4, "y": 5, "z": 6}}],
                 "snapshot": {"snapshot_type": "png", "snapshot_data": "%s"}}"""
                .formatted(guid, WALL, DOOR, SLAB, WALL, Base64.getEncoder().encodeToString(png)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode vp = json(created);
        assertThat(vp.path("guid").asString()).isEqualTo(guid);
        assertThat(vp.path("index").asInt()).isEqualTo(1);
        assertThat(vp.path("originating_system").asString()).isEqualTo("Viewer");
        assertThat(vp.path("authoring_tool_id").asString()).isEqualTo("v1");
        assertThat(vp.path("perspective_camera").path("camera_view_point").path("z").asDouble()).isEqualTo(3.0);
        assertThat(vp.path("perspective_camera").path("field_of_view").asDouble()).isEqualTo(60.0);
        assertThat(vp.path("orthogonal_camera").path("view_to_world_scale").asDouble()).isEqualTo(2.5);
        assertThat(vp.path("lines").get(0).path("end_point").path("y").asDouble()).isEqualTo(1.0);
        assertThat(vp.path("clipping_planes").get(0).path("location").path("z").asDouble()).isEqualTo(1.5);
        JsonNode selection = vp.path("components").path("selection");
        assertThat(selection.get(0).path("ifc_guid").asString()).isEqualTo(WALL);
        assertThat(selection.get(0).path("originating_system").asString()).isEqualTo("Revit");
        assertThat(selection.get(0).path("authoring_tool_id").asString()).isEqualTo("123");
        assertThat(vp.path("components").path("coloring")).extracting(c -> c.path("color").asString())
                .containsExactly("FF0000", "8000FF00");
        JsonNode visibility = vp.path("components").path("visibility");
        assertThat(visibility.path("default_visibility").asBoolean()).isFalse();
        assertThat(visibility.path("exceptions").get(0).path("ifc_guid").asString()).isEqualTo(WALL);
        assertThat(visibility.path("view_setup_hints").path("spaces_visible").asBoolean()).isTrue();
        assertThat(visibility.path("view_setup_hints").path("space_boundaries_visible").asBoolean()).isFalse();
        assertThat(visibility.path("view_setup_hints").path("openings_visible").asBoolean()).isFalse();
        assertThat(vp.path("pins").get(0).path("name").asString()).isEqualTo("Here");
        assertThat(UUID.fromString(vp.path("pins").get(0).path("guid").asString())).isNotNull();
        assertThat(vp.path("snapshot").path("snapshot_type").asString()).isEqualTo("png");
        assertThat(Base64.getDecoder().decode(vp.path("snapshot").path("snapshot_data").asString())).isEqualTo(png);

        String path = f.topics() + "/" + topic + "/viewpoints/" + guid;
        assertThat(json(get(path, f.guest.token()))).isEqualTo(vp);
        JsonNode byUrl = json(get(path + "?img_format=url", f.guest.token()));
        assertThat(byUrl.path("snapshot").path("snapshot_data").asString()).isEqualTo(BASE_URL + path + "/snapshot");

        HttpResponse<byte[]> snapshot = sendBytes(path + "/snapshot", f.guest.token());
        assertThat(snapshot.statusCode()).isEqualTo(200);
        assertThat(snapshot.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(snapshot.body()).isEqualTo(png);

        assertThat(json(get(path + "/selection", f.guest.token())).path("selection").get(0).path("ifc_guid").asString())
                .isEqualTo(WALL);
        assertThat(json(get(path + "/coloring", f.guest.token())).path("coloring").size()).isEqualTo(2);
        JsonNode visibilities = json(get(path + "/visibility", f.guest.token())).path("visibility");
        assertThat(visibilities.size()).isEqualTo(1);
        assertThat(visibilities.get(0).path("exceptions").get(0).path("ifc_guid").asString()).isEqualTo(WALL);
    }

    @Test
    void viewpointsOfCommentsAreNotTopicViewpointsAndDeletionKeepsTheComment() {
        BcfFixture f = new BcfFixture(this);
        String topic = topic(f);
        String viewpoints = f.topics() + "/" + topic + "/viewpoints";
        JsonNode bare = json(sendJson("POST", viewpoints, f.user.token(), "{}"));
        assertThat(bare.path("components").isNull()).isTrue();
        assertThat(bare.path("snapshot").isNull()).isTrue();
        assertThat(bare.path("pins").size()).isZero();
        JsonNode second = json(sendJson("POST", viewpoints, f.user.token(), """
                {"perspective_camera": {"camera_view_point": {"x": 1, "y": 2, "z": 3},
                  "camera_direction": {"x": 0, "y": 1, "z": 0}, "camera_up_vector": {"x": 0, "y": 0, "z": 1},
                  "field_of_view": 45}}"""));
        assertThat(second.path("index").asInt()).isEqualTo(2);
        String comments = f.topics() + "/" + topic + "/comments";
        JsonNode comment = json(sendJson("POST", comments, f.guest.token(),
                "{\"comment\": \"see here\", \"viewpoint_guid\": \"" + second.path("guid").asString() + "\"}"));
        assertThat(comment.path("viewpoint_guid").asString()).isEqualTo(second.path("guid").asString());
        problem(sendJson("POST", comments, f.guest.token(),
                "{\"comment\": \"x\", \"viewpoint_guid\": \"" + UUID.randomUUID() + "\"}"), 400);

        assertThat(json(get(viewpoints, f.guest.token())).size()).isEqualTo(2);
        JsonNode topicViewpoints = json(get(f.topics() + "/" + topic + "/topic-viewpoints", f.guest.token()));
        assertThat(topicViewpoints).extracting(v -> v.path("guid").asString()).containsExactly(bare.path("guid").asString());

        // An empty viewpoint still answers the component routes: nothing selected, everything visible.
        String barePath = viewpoints + "/" + bare.path("guid").asString();
        assertThat(json(get(barePath + "/selection", f.guest.token())).path("selection").size()).isZero();
        assertThat(json(get(barePath + "/visibility", f.guest.token())).path("visibility").get(0)
                .path("default_visibility").asBoolean()).isTrue();
        problem(send(request(barePath + "/snapshot", f.guest.token()).GET()), 404);

        JsonNode patched = json(sendJson("PATCH", barePath, f.user.token(),
                "{\"components\": {\"selection\": [{\"ifc_guid\": \"" + DOOR + "\"}]}}"));
        assertThat(patched.path("components").path("selection").get(0).path("ifc_guid").asString()).isEqualTo(DOOR);
        assertThat(patched.path("components").path("visibility").path("default_visibility").asBoolean()).isTrue();

        problem(send(request(barePath, f.guest.token()).DELETE()), 403);
        String secondPath = viewpoints + "/" + second.path("guid").asString();
        assertThat(send(request(secondPath, f.user.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(get(secondPath, f.user.token()), 404);
        JsonNode kept = json(get(comments + "/" + comment.path("guid").asString(), f.user.token()));
        assertThat(kept.path("comment").asString()).isEqualTo("see here");
        assertThat(kept.path("viewpoint_guid").isNull()).isTrue();
    }

    @Test
    void badViewpointsAreRefusedWithThePathOfTheError() {
        BcfFixture f = new BcfFixture(this);
        String viewpoints = f.topics() + "/" + topic(f) + "/viewpoints";
        JsonNode bad = problem(sendJson("POST", viewpoints, f.user.token(), """
                {"perspective_camera": {"camera_view_point": {"x": "a", "y": 2}, "camera_direction": {"x": 0, "y": 1, "z": 0},
                   "camera_up_vector": {"x": 0, "y": 0, "z": 1}, "field_of_view": 400},
                 "components": {"coloring": [{"color": "red", "components": [{}]}]},
                 "lines": {}}"""), 400);
        JsonNode errors = bad.path("errors");
        assertThat(errors.path("perspective_camera.camera_view_point.x").get(0).asString()).isEqualTo("must be a number");
        assertThat(errors.path("perspective_camera.camera_view_point.z").get(0).asString()).isEqualTo("is required");
        assertThat(errors.path("perspective_camera.field_of_view").get(0).asString()).contains("between 0 and 180");
        assertThat(errors.path("components.coloring[0].color").get(0).asString()).contains("not a colour");
        assertThat(errors.path("components.coloring[0].components[0]").get(0).asString()).contains("needs an ifc_guid");
        assertThat(errors.path("lines").get(0).asString()).isEqualTo("must be a list");

        String pngAsJpg = Base64.getEncoder().encodeToString(image("png"));
        JsonNode mismatch = problem(sendJson("POST", viewpoints, f.user.token(),
                "{\"snapshot\": {\"snapshot_type\": \"jpg\", \"snapshot_data\": \"" + pngAsJpg + "\"}}"), 400);
        assertThat(mismatch.path("errors").path("snapshot.snapshot_type").get(0).asString())
                .isEqualTo("is jpg but the data is a png image");
        String text = Base64.getEncoder().encodeToString("GIF89a not allowed".getBytes());
        JsonNode notImage = problem(sendJson("POST", viewpoints, f.user.token(),
                "{\"snapshot\": {\"snapshot_type\": \"png\", \"snapshot_data\": \"" + text + "\"}}"), 400);
        assertThat(notImage.path("errors").path("snapshot.snapshot_data").get(0).asString()).contains("neither a PNG nor a JPEG");
        problem(sendJson("POST", viewpoints, f.user.token(),
                "{\"snapshot\": {\"snapshot_type\": \"png\", \"snapshot_data\": \"***\"}}"), 400);

        JsonNode jpeg = json(sendJson("POST", viewpoints, f.user.token(), "{\"snapshot\": {\"snapshot_type\": \"jpg\", "
                + "\"snapshot_data\": \"" + Base64.getEncoder().encodeToString(image("jpg")) + "\"}}"));
        HttpResponse<byte[]> jpegBytes = sendBytes(viewpoints + "/" + jpeg.path("guid").asString() + "/snapshot",
                f.user.token());
        assertThat(jpegBytes.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");

        String guid = jpeg.path("guid").asString();
        problem(sendJson("POST", viewpoints, f.user.token(), "{\"guid\": \"" + guid + "\"}"), 409);
        problem(sendJson("POST", viewpoints, f.guest.token(), "{}"), 403);
        problem(get(viewpoints, f.stranger.token()), 404);
    }

    @Test
    void oversizedSnapshotIs413() {
        BcfFixture f = new BcfFixture(this);
        String viewpoints = f.topics() + "/" + topic(f) + "/viewpoints";
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0x89;
        big[1] = 'P';
        big[2] = 'N';
        big[3] = 'G';
        HttpResponse<String> response = sendJson("POST", viewpoints, f.user.token(),
                "{\"snapshot\": {\"snapshot_type\": \"png\", \"snapshot_data\": \""
                        + Base64.getEncoder().encodeToString(big) + "\"}}");
        problem(response, 413);
        assertThat(json(get(viewpoints, f.user.token())).size()).isZero();
    }

    private String topic(BcfFixture f) {
        HttpResponse<String> created = sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Viewpoints\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("guid").asString();
    }

    private HttpResponse<byte[]> sendBytes(String path, String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
