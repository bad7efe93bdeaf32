package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BIMData's pins over HTTP (per viewpoint and per topic) and the related-topics stub. */
class BcfPinIntegrationTest extends PlinthIntegrationTest {

    @Test
    void pinsAreCreatedPatchedReplacedAndDeleted() {
        BcfFixture f = new BcfFixture(this);
        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Pinned\"}"));
        String topicGuid = topic.path("guid").asString();
        JsonNode viewpoint = json(sendJson("POST", f.topics() + "/" + topicGuid + "/viewpoints", f.user.token(), "{}"));
        String pins = f.topics() + "/" + topicGuid + "/viewpoints/" + viewpoint.path("guid").asString() + "/pin";

        String guid = UUID.randomUUID().toString();
        HttpResponse<String> created = sendJson("POST", pins, f.user.token(), """
                {"guid": "%s", "name": "Leak", "color": "FF0000", "point": {"x": 1, "y": 2, "z": 3}, "index": 7}"""
                .formatted(guid));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pin = json(created);
        assertThat(pin.path("guid").asString()).isEqualTo(guid);
        assertThat(pin.path("name").asString()).isEqualTo("Leak");
        assertThat(pin.path("color").asString()).isEqualTo("FF0000");
        assertThat(pin.path("point").path("z").asDouble()).isEqualTo(3.0);
        assertThat(pin.path("index").asInt()).isEqualTo(7);
        problem(sendJson("POST", pins, f.user.token(), "{\"guid\": \"" + guid + "\", \"point\": {\"x\": 0, \"y\": 0, \"z\": 0}}"), 409);
        JsonNode noPoint = problem(sendJson("POST", pins, f.user.token(), "{\"name\": \"x\"}"), 400);
        assertThat(noPoint.path("errors").path("pin.point").get(0).asString()).isEqualTo("is required");
        problem(sendJson("POST", pins, f.guest.token(), "{\"point\": {\"x\": 0, \"y\": 0, \"z\": 0}}"), 403);

        JsonNode patched = json(sendJson("PATCH", pins + "/" + guid, f.user.token(), "{\"name\": \"Dry\"}"));
        assertThat(patched.path("name").asString()).isEqualTo("Dry");
        assertThat(patched.path("color").asString()).isEqualTo("FF0000");
        assertThat(patched.path("point").path("x").asDouble()).isEqualTo(1.0);

        JsonNode replaced = json(sendJson("PUT", pins + "/" + guid, f.user.token(), "{\"point\": {\"x\": 9, \"y\": 9, \"z\": 9}}"));
        assertThat(replaced.path("guid").asString()).isEqualTo(guid);
        assertThat(replaced.path("name").isNull()).isTrue();
        assertThat(replaced.path("color").isNull()).isTrue();
        assertThat(replaced.path("point").path("x").asDouble()).isEqualTo(9.0);

        assertThat(json(get(pins, f.guest.token())).size()).isEqualTo(1);
        assertThat(json(get(pins + "/" + guid, f.guest.token()))).isEqualTo(replaced);
        JsonNode all = json(get(f.topics() + "/pins", f.guest.token()));
        assertThat(all.size()).isEqualTo(1);
        assertThat(all.get(0).path("topic_guid").asString()).isEqualTo(topicGuid);
        assertThat(all.get(0).path("pins").get(0).path("guid").asString()).isEqualTo(guid);
        assertThat(all.get(0).path("pins").get(0).path("model_ids").isArray()).isTrue();
        assertThat(json(get(f.topics() + "/pins?topics=" + UUID.randomUUID(), f.guest.token())).size()).isZero();

        assertThat(send(request(pins + "/" + guid, f.user.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(get(pins + "/" + guid, f.user.token()), 404);
        assertThat(json(get(pins, f.user.token())).size()).isZero();
        problem(get(pins, f.stranger.token()), 404);

        assertThat(json(get(f.topics() + "/" + topicGuid + "/related_topics", f.guest.token())).size()).isZero();
        problem(get(f.topics() + "/" + UUID.randomUUID() + "/related_topics", f.guest.token()), 404);
    }
}
