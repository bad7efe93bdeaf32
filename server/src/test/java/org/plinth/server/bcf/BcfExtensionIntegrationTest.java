package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BIMData's extension routes over HTTP: CRUD of the five vocabularies, renames reach the topics. */
class BcfExtensionIntegrationTest extends PlinthIntegrationTest {

    @Test
    void everyVocabularyIsCreatedListedRenamedAndDeleted() {
        BcfFixture f = new BcfFixture(this);
        String base = f.projectPath() + "/extension/";
        long label = created(sendJson("POST", base + "label", f.admin.token(), "{\"label\": \"MEP\"}"), "label", "MEP");
        long priority = created(sendJson("POST", base + "priority", f.admin.token(),
                "{\"priority\": \"High\", \"color\": \"FF0000\"}"), "priority", "High");
        long stage = created(sendJson("POST", base + "stage", f.admin.token(), "{\"stage\": \"Design\"}"), "stage", "Design");
        long status = created(sendJson("POST", base + "status", f.admin.token(),
                "{\"topic_status\": \"Open\", \"color\": \"00FF00\"}"), "topic_status", "Open");
        long type = created(sendJson("POST", base + "type", f.admin.token(), "{\"topic_type\": \"Clash\"}"), "topic_type", "Clash");

        JsonNode extensions = json(get(f.projectPath() + "/extensions", f.guest.token()));
        assertThat(extensions.path("topic_label")).extracting(JsonNode::asString).containsExactly("MEP");
        assertThat(extensions.path("priority")).extracting(JsonNode::asString).containsExactly("High");
        assertThat(extensions.path("priority_colors")).extracting(JsonNode::asString).containsExactly("FF0000");
        assertThat(extensions.path("stage")).extracting(JsonNode::asString).containsExactly("Design");
        assertThat(extensions.path("topic_status")).extracting(JsonNode::asString).containsExactly("Open");
        assertThat(extensions.path("topic_status_colors")).extracting(JsonNode::asString).containsExactly("00FF00");
        assertThat(extensions.path("topic_type")).extracting(JsonNode::asString).containsExactly("Clash");

        JsonNode detailed = json(get(f.projectPath() + "/detailed-extensions", f.guest.token()));
        assertThat(detailed.path("topic_labels").get(0).path("id").asLong()).isEqualTo(label);
        assertThat(detailed.path("priorities").get(0).path("color").asString()).isEqualTo("FF0000");
        assertThat(detailed.path("stages").get(0).path("stage").asString()).isEqualTo("Design");
        assertThat(detailed.path("topic_statuses").get(0).path("id").asLong()).isEqualTo(status);
        assertThat(detailed.path("topic_types").get(0).path("topic_type").asString()).isEqualTo("Clash");

        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), """
                {"title": "T", "labels": ["MEP", "Arch"], "priority": "High", "stage": "Design",
                 "topic_status": "Open", "topic_type": "Clash"}"""));
        String topicPath = f.topics() + "/" + topic.path("guid").asString();

        assertThat(json(sendJson("PATCH", base + "label/" + label, f.admin.token(), "{\"label\": \"HVAC\"}"))
                .path("label").asString()).isEqualTo("HVAC");
        JsonNode renamedPriority = json(sendJson("PATCH", base + "priority/" + priority, f.admin.token(),
                "{\"priority\": \"Critical\"}"));
        assertThat(renamedPriority.path("color").asString()).isEqualTo("FF0000");
        sendJson("PATCH", base + "stage/" + stage, f.admin.token(), "{\"stage\": \"Build\"}");
        sendJson("PATCH", base + "status/" + status, f.admin.token(), "{\"topic_status\": \"Active\", \"color\": null}");
        sendJson("PATCH", base + "type/" + type, f.admin.token(), "{\"topic_type\": \"Issue\"}");

        JsonNode after = json(get(topicPath, f.user.token()));
        assertThat(after.path("labels")).extracting(JsonNode::asString).containsExactly("HVAC", "Arch");
        assertThat(after.path("priority").asString()).isEqualTo("Critical");
        assertThat(after.path("stage").asString()).isEqualTo("Build");
        assertThat(after.path("topic_status").asString()).isEqualTo("Active");
        assertThat(after.path("topic_type").asString()).isEqualTo("Issue");
        assertThat(json(get(f.projectPath() + "/detailed-extensions", f.user.token()))
                .path("topic_statuses").get(0).path("color").isNull()).isTrue();

        assertThat(send(request(base + "type/" + type, f.admin.token()).DELETE()).statusCode()).isEqualTo(204);
        assertThat(json(get(f.projectPath() + "/extensions", f.user.token())).path("topic_type").size()).isZero();
        assertThat(json(get(topicPath, f.user.token())).path("topic_type").asString()).isEqualTo("Issue");
        problem(send(request(base + "type/" + type, f.admin.token()).DELETE()), 404);
    }

    @Test
    void labelRenameOntoALabelTheTopicHasKeepsOneCopy() {
        BcfFixture f = new BcfFixture(this);
        String base = f.projectPath() + "/extension/";
        long mep = json(sendJson("POST", base + "label", f.admin.token(), "{\"label\": \"MEP\"}")).path("id").asLong();
        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"T\", \"labels\": [\"A\", \"MEP\", \"B\", \"HVAC\"]}"));
        sendJson("PATCH", base + "label/" + mep, f.admin.token(), "{\"label\": \"HVAC\"}");
        assertThat(json(get(f.topics() + "/" + topic.path("guid").asString(), f.user.token())).path("labels"))
                .extracting(JsonNode::asString).containsExactly("A", "HVAC", "B");
    }

    @Test
    void onlyProjectAdminsChangeVocabulariesAndValuesAreUnique() {
        BcfFixture f = new BcfFixture(this);
        String labels = f.projectPath() + "/extension/label";
        problem(sendJson("POST", labels, f.user.token(), "{\"label\": \"X\"}"), 403);
        problem(sendJson("POST", labels, f.guest.token(), "{\"label\": \"X\"}"), 403);
        problem(sendJson("POST", labels, f.stranger.token(), "{\"label\": \"X\"}"), 404);
        assertThat(sendJson("POST", labels, f.admin.token(), "{\"label\": \"X\"}").statusCode()).isEqualTo(201);
        long y = json(sendJson("POST", labels, f.admin.token(), "{\"label\": \"Y\"}")).path("id").asLong();
        problem(sendJson("POST", labels, f.admin.token(), "{\"label\": \"X\"}"), 409);
        problem(sendJson("PATCH", labels + "/" + y, f.admin.token(), "{\"label\": \"X\"}"), 409);
        JsonNode missing = problem(sendJson("POST", labels, f.admin.token(), "{}"), 400);
        assertThat(missing.path("errors").path("label").get(0).asString()).isEqualTo("is required");
        problem(sendJson("PATCH", labels + "/999999999", f.admin.token(), "{\"label\": \"Z\"}"), 404);
        // An id of another kind is not found under this kind.
        problem(sendJson("PATCH", f.projectPath() + "/extension/stage/" + y, f.admin.token(), "{\"stage\": \"Z\"}"), 404);
    }

    private long created(HttpResponse<String> response, String field, String value) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.path(field).asString()).isEqualTo(value);
        assertThat(body.path("id").asLong()).isPositive();
        return body.path("id").asLong();
    }
}
