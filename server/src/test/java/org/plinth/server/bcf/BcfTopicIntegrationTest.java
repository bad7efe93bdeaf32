package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BCF topics and comments over HTTP: fields, guids, indexes, authors, PATCH vs PUT, roles and scopes. */
class BcfTopicIntegrationTest extends PlinthIntegrationTest {

    @Test
    void createdTopicCarriesEveryFieldAndAnIndex() {
        BcfFixture f = new BcfFixture(this);
        String guid = UUID.randomUUID().toString();
        HttpResponse<String> created = sendJson("POST", f.topics(), f.user.token(), """
                {"guid": "%s", "title": "Wall clashes with duct", "topic_type": "Clash", "topic_status": "Open",
                 "priority": "High", "stage": "Design", "labels": ["MEP", "Structure", "MEP"],
                 "reference_links": ["https://example.test/1"], "description": "Level 2",
                 "due_date": "2030-01-02T03:04:05Z", "assigned_to": "%s",
                 "bimdata_viewer_layout": {"panes": [1, 2]}}""".formatted(guid, f.guest.email()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode topic = json(created);
        assertThat(topic.path("guid").asString()).isEqualTo(guid);
        assertThat(topic.path("title").asString()).isEqualTo("Wall clashes with duct");
        assertThat(topic.path("topic_type").asString()).isEqualTo("Clash");
        assertThat(topic.path("topic_status").asString()).isEqualTo("Open");
        assertThat(topic.path("priority").asString()).isEqualTo("High");
        assertThat(topic.path("stage").asString()).isEqualTo("Design");
        assertThat(topic.path("labels")).extracting(JsonNode::asString).containsExactly("MEP", "Structure");
        assertThat(topic.path("reference_links")).extracting(JsonNode::asString).containsExactly("https://example.test/1");
        assertThat(topic.path("description").asString()).isEqualTo("Level 2");
        assertThat(OffsetDateTime.parse(topic.path("due_date").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2030-01-02T03:04:05Z").toInstant());
        assertThat(topic.path("assigned_to").asString()).isEqualTo(f.guest.email());
        assertThat(topic.path("creation_author").asString()).isEqualTo(f.user.email());
        assertThat(topic.path("creation_date").asString()).isNotEmpty();
        assertThat(topic.has("modified_date")).isTrue();
        assertThat(topic.path("modified_date").isNull()).isTrue();
        assertThat(topic.path("index").asInt()).isEqualTo(1);
        assertThat(topic.path("format").asString()).isEqualTo("standard");
        assertThat(topic.path("bimdata_viewer_layout").path("panes").size()).isEqualTo(2);
        assertThat(topic.path("ifcs").isArray()).isTrue();
        assertThat(topic.path("models").isArray()).isTrue();
        assertThat(topic.path("groups").isArray()).isTrue();

        JsonNode second = json(sendJson("POST", f.topics(), f.admin.token(), "{\"title\": \"Second\"}"));
        assertThat(second.path("index").asInt()).isEqualTo(2);
        assertThat(UUID.fromString(second.path("guid").asString())).isNotNull();

        JsonNode read = json(get(f.topics() + "/" + guid, f.guest.token()));
        assertThat(read).isEqualTo(topic);
        JsonNode list = json(get(f.topics(), f.guest.token()));
        assertThat(list).extracting(t -> t.path("title").asString()).containsExactly("Wall clashes with duct", "Second");
    }

    @Test
    void guidsAreCheckedAndDuplicatesConflict() {
        BcfFixture f = new BcfFixture(this);
        String guid = UUID.randomUUID().toString();
        assertThat(sendJson("POST", f.topics(), f.user.token(), "{\"guid\": \"" + guid + "\", \"title\": \"A\"}")
                .statusCode()).isEqualTo(201);
        JsonNode conflict = problem(sendJson("POST", f.topics(), f.user.token(),
                "{\"guid\": \"" + guid + "\", \"title\": \"B\"}"), 409);
        assertThat(conflict.path("detail").asString()).contains(guid);

        JsonNode bad = problem(sendJson("POST", f.topics(), f.user.token(),
                "{\"guid\": \"not-a-guid\", \"title\": \"\", \"labels\": \"x\", \"due_date\": \"soon\"}"), 400);
        assertThat(bad.path("errors").path("guid").get(0).asString()).contains("not a GUID");
        assertThat(bad.path("errors").path("title").get(0).asString()).isEqualTo("may not be blank");
        assertThat(bad.path("errors").path("labels").get(0).asString()).contains("list of strings");
        assertThat(bad.path("errors").path("due_date").get(0).asString()).contains("ISO 8601");

        JsonNode stranger = problem(sendJson("POST", f.topics(), f.user.token(),
                "{\"title\": \"C\", \"assigned_to\": \"" + f.stranger.email() + "\"}"), 400);
        assertThat(stranger.path("errors").path("assigned_to").get(0).asString()).contains("not a user of this project");
        problem(sendJson("POST", f.topics(), f.user.token(), "[1]"), 400);
        problem(get(f.topics() + "/" + UUID.randomUUID(), f.user.token()), 404);
        problem(get(f.topics() + "/nonsense", f.user.token()), 404);
    }

    @Test
    void patchKeepsAbsentFieldsAndPutClearsThem() {
        BcfFixture f = new BcfFixture(this);
        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), """
                {"title": "Door", "description": "too narrow", "labels": ["Arch"], "priority": "Low"}"""));
        String path = f.topics() + "/" + topic.path("guid").asString();

        HttpResponse<String> patched = sendJson("PATCH", path, f.admin.token(), "{\"title\": \"Door 2\", \"priority\": null}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode p = json(patched);
        assertThat(p.path("title").asString()).isEqualTo("Door 2");
        assertThat(p.path("priority").isNull()).isTrue();
        assertThat(p.path("description").asString()).isEqualTo("too narrow");
        assertThat(p.path("labels")).extracting(JsonNode::asString).containsExactly("Arch");
        assertThat(p.path("modified_author").asString()).isEqualTo(f.admin.email());
        assertThat(p.path("modified_date").asString()).isNotEmpty();
        assertThat(p.path("creation_author").asString()).isEqualTo(f.user.email());
        assertThat(p.path("creation_date").asString()).isEqualTo(topic.path("creation_date").asString());
        assertThat(p.path("index").asInt()).isEqualTo(topic.path("index").asInt());

        JsonNode put = json(sendJson("PUT", path, f.user.token(), "{\"title\": \"Door 3\"}"));
        assertThat(put.path("title").asString()).isEqualTo("Door 3");
        assertThat(put.path("description").isNull()).isTrue();
        assertThat(put.path("labels").size()).isZero();
        assertThat(put.path("index").asInt()).isEqualTo(topic.path("index").asInt());
        assertThat(put.path("modified_author").asString()).isEqualTo(f.user.email());
        problem(sendJson("PUT", path, f.user.token(), "{\"description\": \"no title\"}"), 400);

        assertThat(send(request(path, f.user.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(get(path, f.user.token()), 404);
        problem(send(request(path, f.user.token()).DELETE()), 404);
    }

    @Test
    void otherFormatsAreListedOnlyWhenAsked() {
        BcfFixture f = new BcfFixture(this);
        sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Issue\"}");
        sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Saved view\", \"format\": \"bookmark\"}");
        assertThat(json(get(f.topics(), f.user.token()))).extracting(t -> t.path("title").asString())
                .containsExactly("Issue");
        assertThat(json(get(f.topics() + "?format=bookmark", f.user.token()))).extracting(t -> t.path("title").asString())
                .containsExactly("Saved view");
    }

    @Test
    void guestsReadAndCommentButDoNotWriteTopics() {
        BcfFixture f = new BcfFixture(this);
        problem(sendJson("POST", f.topics(), f.guest.token(), "{\"title\": \"Guest topic\"}"), 403);
        problem(sendJson("POST", f.topics(), f.stranger.token(), "{\"title\": \"Stranger topic\"}"), 404);
        problem(get(f.topics(), f.stranger.token()), 404);
        String readOnly = BcfFixture.tokenWithScopes(this, f.user, "bcf:read");
        problem(sendJson("POST", f.topics(), readOnly, "{\"title\": \"Read-only token\"}"), 403);
        String writeOnly = BcfFixture.tokenWithScopes(this, f.user, "bcf:write");
        problem(get(f.topics(), writeOnly), 403);

        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Roof\"}"));
        String path = f.topics() + "/" + topic.path("guid").asString();
        problem(sendJson("PATCH", path, f.guest.token(), "{\"title\": \"Guest edit\"}"), 403);
        problem(send(request(path, f.guest.token()).DELETE()), 403);
        assertThat(get(path, f.guest.token()).statusCode()).isEqualTo(200);
        assertThat(get(path, readOnly).statusCode()).isEqualTo(200);
    }

    @Test
    void commentsByGuestsAndUsers() {
        BcfFixture f = new BcfFixture(this);
        JsonNode topic = json(sendJson("POST", f.topics(), f.user.token(), "{\"title\": \"Stair\"}"));
        String comments = f.topics() + "/" + topic.path("guid").asString() + "/comments";

        String guid = UUID.randomUUID().toString();
        HttpResponse<String> created = sendJson("POST", comments, f.guest.token(), """
                {"guid": "%s", "comment": "Handrail missing"}""".formatted(guid));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode comment = json(created);
        assertThat(comment.path("guid").asString()).isEqualTo(guid);
        assertThat(comment.path("comment").asString()).isEqualTo("Handrail missing");
        assertThat(comment.path("author").asString()).isEqualTo(f.guest.email());
        assertThat(comment.path("topic_guid").asString()).isEqualTo(topic.path("guid").asString());
        assertThat(comment.path("modified_date").asString()).isEqualTo(comment.path("date").asString());
        assertThat(comment.path("viewpoint_guid").isNull()).isTrue();
        assertThat(comment.path("reply_to_comment_guid").isNull()).isTrue();
        problem(sendJson("POST", comments, f.guest.token(), "{\"guid\": \"" + guid + "\", \"comment\": \"again\"}"), 409);

        JsonNode reply = json(sendJson("POST", comments, f.user.token(), """
                {"comment": "Agreed", "reply_to_comment_guid": "%s", "date": "2026-01-01T10:00:00Z"}""".formatted(guid)));
        assertThat(reply.path("reply_to_comment_guid").asString()).isEqualTo(guid);
        assertThat(OffsetDateTime.parse(reply.path("date").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-01-01T10:00:00Z").toInstant());
        JsonNode badReply = problem(sendJson("POST", comments, f.user.token(), """
                {"comment": "?", "reply_to_comment_guid": "%s"}""".formatted(UUID.randomUUID())), 400);
        assertThat(badReply.path("errors").path("reply_to_comment_guid").get(0).asString()).contains("no comment");
        problem(sendJson("POST", comments, f.user.token(), "{}"), 400);

        // Comments are listed oldest first: the reply is dated 2026-01-01, before the guest's comment.
        assertThat(json(get(comments, f.guest.token()))).extracting(c -> c.path("comment").asString())
                .containsExactly("Agreed", "Handrail missing");

        String guestComment = comments + "/" + guid;
        String userComment = comments + "/" + reply.path("guid").asString();
        JsonNode edited = json(sendJson("PATCH", guestComment, f.guest.token(), "{\"comment\": \"Handrail missing (east)\"}"));
        assertThat(edited.path("comment").asString()).isEqualTo("Handrail missing (east)");
        assertThat(edited.path("modified_author").asString()).isEqualTo(f.guest.email());
        assertThat(edited.path("author").asString()).isEqualTo(f.guest.email());
        problem(sendJson("PATCH", userComment, f.guest.token(), "{\"comment\": \"hijack\"}"), 403);
        problem(send(request(userComment, f.guest.token()).DELETE()), 403);

        JsonNode full = json(sendJson("PUT", userComment, f.admin.token(), "{\"comment\": \"Agreed, fix it\"}"));
        assertThat(full.path("comment").asString()).isEqualTo("Agreed, fix it");
        assertThat(full.path("reply_to_comment_guid").isNull()).isTrue();
        assertThat(full.path("modified_author").asString()).isEqualTo(f.admin.email());
        assertThat(json(get(userComment, f.guest.token())).path("comment").asString()).isEqualTo("Agreed, fix it");

        assertThat(send(request(guestComment, f.guest.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(get(guestComment, f.user.token()), 404);
        problem(get(comments, f.stranger.token()), 404);

        // Deleting the topic deletes its comments.
        assertThat(send(request(f.topics() + "/" + topic.path("guid").asString(), f.user.token()).DELETE())
                .statusCode()).isEqualTo(204);
        problem(get(userComment, f.user.token()), 404);
    }
}
