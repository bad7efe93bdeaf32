package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.server.OidcFlow;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The invitation flow end to end: a real SMTP server (GreenMail) in this JVM receives the mail,
 * the test follows the link in it, for an address that has an account and for a new one.
 */
class InvitationMailIntegrationTest extends PlinthIntegrationTest {

    private static GreenMail smtp;

    private final CollabFixture fixture = new CollabFixture(this);

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // The server reads plinth.smtp.* at each send, so the running context picks this up.
        System.setProperty("plinth.smtp.host", "127.0.0.1");
        System.setProperty("plinth.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        System.setProperty("plinth.smtp.from", "invitations@plinth.test");
    }

    @AfterAll
    static void stopSmtp() {
        System.clearProperty("plinth.smtp.host");
        System.clearProperty("plinth.smtp.port");
        System.clearProperty("plinth.smtp.from");
        smtp.stop();
    }

    @Test
    void existingUserFollowsTheLinkAndAcceptsInTheirInvitations() throws Exception {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created invited = fixture.user("invited");
        long cloud = fixture.cloud(owner, "Mailed");
        HttpResponse<String> invitation = sendJson("POST", "/cloud/" + cloud + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/welcome", "role": 50}""".formatted(invited.email()));
        assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(201);
        long id = json(invitation).path("id").asLong();

        MimeMessage mail = receivedBy(invited.email());
        assertThat(mail.getSubject()).contains("Mailed");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("invitations@plinth.test");
        HttpResponse<String> opened = browser().send(HttpRequest.newBuilder(URI.create(linkIn(mail))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).contains("http://127.0.0.1:9/welcome");

        JsonNode mine = json(get("/user/invitations", invited.token()));
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).path("status").asString()).isEqualTo("P");
        assertThat(mine.get(0).path("cloud_name").asString()).isEqualTo("Mailed");
        assertThat(mine.get(0).path("sender").path("email").asString()).isEqualTo(owner.email());
        fixture.accept(invited, id);
        assertThat(json(get("/user/invitations/" + id, invited.token())).path("status").asString()).isEqualTo("A");
        assertThat(json(get("/user", invited.token())).path("clouds").get(0).path("role").asInt()).isEqualTo(50);
        CollabFixture.problem(send(request("/user/invitations/" + id + "/accept", invited.token())
                .POST(HttpRequest.BodyPublishers.noBody())), 409);
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/welcome"}""".formatted(invited.email())), 409);
    }

    @Test
    void newAddressSignsUpThroughTheLinkAndLandsOnRedirectUriAsAMember() throws Exception {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Newcomers");
        long project = fixture.project(owner, cloud, "Bridge");
        String email = CollabFixture.unique("newcomer") + "@collab.test";
        String base = "/cloud/" + cloud + "/project/" + project;
        HttpResponse<String> first = sendJson("POST", base + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/first", "role": 25}""".formatted(email));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String staleLink = linkIn(receivedBy(email));
        // Re-inviting the pending address updates the invitation: new role, new link, same id.
        HttpResponse<String> again = sendJson("POST", base + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/bridge", "role": 50}""".formatted(email));
        assertThat(json(again).path("id").asLong()).isEqualTo(json(first).path("id").asLong());
        assertThat(json(again).path("role").asInt()).isEqualTo(50);
        assertThat(json(get(base + "/invitation", owner.token())).size()).isEqualTo(1);
        MimeMessage mail = lastReceivedBy(email);
        String link = linkIn(mail);
        assertThat(link).isNotEqualTo(staleLink);
        HttpClient browser = browser();
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(staleLink)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Join Bridge").contains(email).contains("name=\"password\"");
        String password = "a-new-password-123";
        HttpResponse<String> signedUp = browser.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("firstname=Nora&lastname=New&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(303);
        assertThat(signedUp.headers().firstValue("Location")).contains("http://127.0.0.1:9/bridge");

        // The app signs the new user in through our OIDC provider; they are a project user already.
        OidcFlow.Client client = OidcFlow.registerClient(this, CollabFixture.unique("invite-app"));
        String accessToken = new OidcFlow(BASE_URL).signIn(client, email, password, "openid user:read cloud:read")
                .path("access_token").asString();
        JsonNode self = json(get("/user", accessToken));
        assertThat(self.path("firstname").asString()).isEqualTo("Nora");
        assertThat(self.path("projects").get(0).path("project").asLong()).isEqualTo(project);
        assertThat(self.path("projects").get(0).path("role").asInt()).isEqualTo(50);
        assertThat(json(get("/cloud/" + cloud + "/project/" + project, accessToken)).path("name").asString())
                .isEqualTo("Bridge");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);
        assertThat(json(get(base + "/invitation", owner.token())).size()).isZero();
    }

    @Test
    void expiredInvitationsCannotBeAccepted() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created late = fixture.user("late");
        long cloud = fixture.cloud(owner, "Expiring");
        HttpResponse<String> invitation = sendJson("POST", "/cloud/" + cloud + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/x"}""".formatted(late.email()));
        long id = json(invitation).path("id").asLong();
        jdbc.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = :id").param("id", id)
                .update();
        JsonNode problem = CollabFixture.problem(send(request("/user/invitations/" + id + "/accept", late.token())
                .POST(HttpRequest.BodyPublishers.noBody())), 409);
        assertThat(problem.path("detail").asString()).contains("expired");
        assertThat(json(get("/cloud/" + cloud + "/invitation", owner.token())).size()).isZero();
        CollabFixture.problem(get("/cloud/" + cloud, late.token()), 404);
    }

    @Test
    void deniedInvitationGivesNoMembershipAndOutboxKeepsEveryMail() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created invited = fixture.user("denier");
        long cloud = fixture.cloud(owner, "Denied");
        long id = json(sendJson("POST", "/cloud/" + cloud + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/x"}""".formatted(invited.email())))
                .path("id").asLong();
        assertThat(send(request("/user/invitations/" + id + "/deny", invited.token())
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(json(get("/user/invitations/" + id, invited.token())).path("status").asString()).isEqualTo("D");
        CollabFixture.problem(get("/cloud/" + cloud, invited.token()), 404);
        CollabFixture.problem(get("/user/invitations/" + id, owner.token()), 404);

        JsonNode outbox = json(get("/admin/mail", ADMIN_TOKEN));
        assertThat(outbox.get(0).path("recipient").asString()).isEqualTo(invited.email());
        assertThat(outbox.get(0).path("sent").asBoolean()).isTrue();
        assertThat(outbox.get(0).path("body").asString()).contains(BASE_URL + "/invitation/");
        CollabFixture.problem(get("/admin/mail", owner.token()), 403);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static MimeMessage receivedBy(String email) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        return lastReceivedBy(email);
    }

    private static MimeMessage lastReceivedBy(String email) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                found = message;
            }
        }
        assertThat(found).as("mail to " + email).isNotNull();
        return found;
    }

    private static String linkIn(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        int start = body.indexOf(BASE_URL + "/invitation/");
        assertThat(start).as(body).isNotNegative();
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end);
    }
}
