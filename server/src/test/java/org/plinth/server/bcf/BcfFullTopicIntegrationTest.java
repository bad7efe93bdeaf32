package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BIMData's full topics over HTTP: a topic with its viewpoints and comments, written in one transaction. */
class BcfFullTopicIntegrationTest extends PlinthIntegrationTest {

    @Test
    void createsReadsAndListsATopicWithItsViewpointsAndComments() {
        BcfFixture f = new BcfFixture(this);
        String topicGuid = UUID.randomUUID().toString();
        String viewpointGuid = UUID.randomUUID().toString();
        byte[] png = BcfViewpointIntegrationTest.image("png");
        HttpResponse<String> created = sendJson("POST", f.projectPath() + "/full-topic", f.user.token(), """
                {"guid": "%s", "title": "Duct through beam", "topic_type": "Clash", "labels": ["MEP"],
                 "viewpoints": [{"guid": "%s",
                     "perspective_camera": {"camera_view_point": {"x": 1, "y": 2, "z": 3},
                         "camera_direction": {"x": 0, "y": 1, "z": 0}, "camera_up_vector": {"x": 0, "y": 0, "z": 1},
                         "field_of_view": 60},
                     "snapshot": {"snapshot_type": "png", "snapshot_data": "%s"}}],
                 "comments": [{"comment": "Seen on level 2", "viewpoint_guid": "%s"}, {"comment": "Second"}]}"""
                .formatted(topicGuid, viewpointGuid, Base64.getEncoder().encodeToString(png), viewpointGuid));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode full = json(created);
        assertThat(full.path("guid").asString()).isEqualTo(topicGuid);
        assertThat(full.path("title").asString()).isEqualTo("Duct through beam");
        assertThat(full.path("topic_type").asString()).isEqualTo("Clash");
        assertThat(full.path("labels")).extracting(JsonNode::asString).containsExactly("MEP");
        assertThat(full.path("creation_author").asString()).isEqualTo(f.user.email());
        assertThat(full.path("index").asInt()).isEqualTo(1);
        assertThat(full.path("format").asString()).isEqualTo("standard");
        // Every field BIMData's FullTopic requires is there, null or not.
        for (String field : new String[] {"modified_date", "title", "creation_author", "modified_author", "description",
                "reference_links", "topic_type", "topic_status", "stage", "priority", "index", "assigned_to", "due_date",
                "bimdata_viewer_layout"}) {
            assertThat(full.has(field)).as(field).isTrue();
        }
        assertThat(full.path("viewpoints").size()).isEqualTo(1);
        JsonNode vp = full.path("viewpoints").get(0);
        assertThat(vp.path("guid").asString()).isEqualTo(viewpointGuid);
        assertThat(vp.path("perspective_camera").path("field_of_view").asDouble()).isEqualTo(60.0);
        assertThat(Base64.getDecoder().decode(vp.path("snapshot").path("snapshot_data").asString())).isEqualTo(png);
        assertThat(full.path("comments")).extracting(c -> c.path("comment").asString())
                .containsExactly("Seen on level 2", "Second");
        assertThat(full.path("comments").get(0).path("viewpoint_guid").asString()).isEqualTo(viewpointGuid);
        assertThat(full.path("comments").get(0).path("author").asString()).isEqualTo(f.user.email());
        assertThat(full.path("comments").get(1).path("topic_guid").asString()).isEqualTo(topicGuid);

        String path = f.projectPath() + "/full-topic/" + topicGuid;
        assertThat(json(get(path, f.guest.token()))).isEqualTo(full);
        JsonNode byUrl = json(get(path + "?img_format=url", f.guest.token()));
        assertThat(byUrl.path("viewpoints").get(0).path("snapshot").path("snapshot_data").asString())
                .endsWith("/bcf/2.1/projects/" + f.projectId + "/topics/" + topicGuid + "/viewpoints/" + viewpointGuid
                        + "/snapshot");
        JsonNode list = json(get(f.projectPath() + "/full-topic", f.guest.token()));
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0)).isEqualTo(full);
        // The single routes see the same parts.
        assertThat(json(get(f.topics() + "/" + topicGuid + "/comments", f.guest.token())).size()).isEqualTo(2);
    }

    @Test
    void patchUpdatesKnownPartsAndAddsNewOnesPutClearsTopicFields() {
        BcfFixture f = new BcfFixture(this);
        JsonNode full = json(sendJson("POST", f.projectPath() + "/full-topic", f.user.token(), """
                {"title": "Door", "description": "too narrow", "comments": [{"comment": "first"}]}"""));
        String path = f.projectPath() + "/full-topic/" + full.path("guid").asString();
        String commentGuid = full.path("comments").get(0).path("guid").asString();

        HttpResponse<String> patched = sendJson("PATCH", path, f.admin.token(), """
                {"title": "Door 2", "comments": [{"guid": "%s", "comment": "first, edited"}, {"comment": "new"}],
                 "viewpoints": [{"index": 7}]}""".formatted(commentGuid));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode p = json(patched);
        assertThat(p.path("title").asString()).isEqualTo("Door 2");
        assertThat(p.path("description").asString()).isEqualTo("too narrow");
        assertThat(p.path("modified_author").asString()).isEqualTo(f.admin.email());
        assertThat(p.path("comments")).extracting(c -> c.path("comment").asString())
                .containsExactly("first, edited", "new");
        assertThat(p.path("comments").get(0).path("guid").asString()).isEqualTo(commentGuid);
        assertThat(p.path("viewpoints").size()).isEqualTo(1);
        assertThat(p.path("viewpoints").get(0).path("index").asInt()).isEqualTo(7);

        JsonNode put = json(sendJson("PUT", path, f.user.token(), "{\"title\": \"Door 3\"}"));
        assertThat(put.path("title").asString()).isEqualTo("Door 3");
        assertThat(put.path("description").isNull()).isTrue();
        assertThat(put.path("comments").size()).isEqualTo(2);

        problem(sendJson("PATCH", path, f.guest.token(), "{\"title\": \"Guest edit\"}"), 403);
        problem(get(f.projectPath() + "/full-topic/" + UUID.randomUUID(), f.user.token()), 404);
    }

    @Test
    void aFailingPartRejectsTheWholeTopic() {
        BcfFixture f = new BcfFixture(this);
        String topicGuid = UUID.randomUUID().toString();
        String missing = UUID.randomUUID().toString();
        // The topic and its viewpoint are valid and written first; the comment's viewpoint does not exist.
        JsonNode bad = problem(sendJson("POST", f.projectPath() + "/full-topic", f.user.token(), """
                {"guid": "%s", "title": "Half", "viewpoints": [{"index": 1}],
                 "comments": [{"comment": "points nowhere", "viewpoint_guid": "%s"}]}"""
                .formatted(topicGuid, missing)), 400);
        assertThat(bad.path("errors").path("viewpoint_guid").get(0).asString())
                .isEqualTo("no viewpoint " + missing + " in this topic");
        problem(get(f.topics() + "/" + topicGuid, f.user.token()), 404);
        assertThat(json(get(f.projectPath() + "/full-topic", f.user.token())).size()).isZero();

        JsonNode notAList = problem(sendJson("POST", f.projectPath() + "/full-topic", f.user.token(),
                "{\"title\": \"T\", \"comments\": {\"comment\": \"x\"}}"), 400);
        assertThat(notAList.path("errors").path("comments").get(0).asString()).isEqualTo("must be a list");
        problem(sendJson("POST", f.projectPath() + "/full-topic", f.user.token(), "{\"description\": \"no title\"}"), 400);
        assertThat(json(get(f.topics(), f.user.token())).size()).isZero();
    }
}
