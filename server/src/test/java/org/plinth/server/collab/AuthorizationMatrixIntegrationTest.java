package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the collaboration feature x every kind of caller -> the expected status, as one
 * table ({@link #MATRIX}). A later feature adds its routes as rows (placeholders below); the callers
 * and the scene they act in stay the same. For the cloud admin's successful calls, the response
 * must also carry every field of the BIMData model the row names (models.tsv).
 *
 * <p>Columns, in order: cloud admin, cloud user (in no project), project admin, project user, project
 * guest, non-member, project access token (read scopes), cloud admin's token without the needed
 * scope (only webhook:manage), anonymous.
 *
 * <p>Placeholders: {cloud} {project} {cloudUser} (user id) {projectUserMember} {guestMember}
 * (UserProject ids) {group} (contains the cloud admin and the project user) {classification} {token}. Rows marked fresh
 * run each cell in a new scene, because the call changes membership or deletes the scene.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest extends PlinthIntegrationTest {

    enum Persona { CLOUD_ADMIN, CLOUD_USER, PROJECT_ADMIN, PROJECT_USER, GUEST, NON_MEMBER, TOKEN_READ_ONLY,
        WRONG_SCOPE, ANONYMOUS }

    record Route(String operationId, String method, String path, String body, String model, boolean fresh,
            int[] expected) {

        @Override
        public String toString() {
            return operationId;
        }
    }

    private static final String NONE = "";
    private static final String P = "/cloud/{cloud}/project/{project}";
    /** A topic guid no project has: the full-topic routes answer it after their role and scope checks. */
    private static final String NO_TOPIC = "00000000-0000-4000-8000-000000000000";

    /** The matrix. Expected statuses in {@link Persona} order. */
    static final List<Route> MATRIX = List.of(
            row("getSelfUser", "GET", "/user", NONE, "SelfUser", 200, 200, 200, 200, 200, 200, 403, 403, 401),
            row("getClouds", "GET", "/cloud", NONE, "Cloud", 200, 200, 200, 200, 200, 200, 200, 200, 401),
            row("createCloud", "POST", "/cloud", "{\"name\": \"m\"}", "Cloud",
                    201, 201, 201, 201, 201, 201, 403, 403, 401),
            row("getCloud", "GET", "/cloud/{cloud}", NONE, "Cloud", 200, 200, 200, 200, 200, 404, 403, 200, 401),
            row("updateCloud", "PATCH", "/cloud/{cloud}", "{\"name\": \"Matrix\"}", "Cloud",
                    200, 403, 403, 403, 403, 404, 403, 403, 401),
            fresh("deleteCloud", "DELETE", "/cloud/{cloud}", NONE, 204, 403, 403, 403, 403, 404, 403, 403, 401),
            row("checkAccess", "GET", "/cloud/{cloud}/check-access", NONE, "",
                    204, 204, 204, 204, 204, 404, 403, 204, 401),
            row("getCloudSize", "GET", "/cloud/{cloud}/size", NONE, "Size", 200, 200, 200, 200, 200, 404, 403, 200, 401),
            row("createDemo", "POST", "/cloud/{cloud}/create-demo", NONE, "Project",
                    201, 201, 201, 201, 201, 404, 403, 403, 401),
            row("getCloudUsers", "GET", "/cloud/{cloud}/user", NONE, "UserCloud",
                    200, 200, 200, 200, 200, 404, 403, 403, 401),
            row("updateCloudUser", "PATCH", "/cloud/{cloud}/user/{cloudUser}", "{\"cloud_role\": 50}", "User",
                    200, 403, 403, 403, 403, 404, 403, 403, 401),
            // A member deleting themself leaves the cloud: allowed to the cloud user.
            fresh("deleteCloudUser", "DELETE", "/cloud/{cloud}/user/{cloudUser}", NONE,
                    204, 204, 403, 403, 403, 404, 403, 403, 401),
            row("getCloudInvitations", "GET", "/cloud/{cloud}/invitation", NONE, "CloudInvitation",
                    200, 403, 403, 403, 403, 404, 403, 403, 401),
            row("inviteCloudUser", "POST", "/cloud/{cloud}/invitation",
                    "{\"email\": \"matrix-invitee@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\"}",
                    "CloudInvitation", 201, 403, 403, 403, 403, 404, 403, 403, 401),
            row("cancelCloudUserInvitation", "DELETE", "/cloud/{cloud}/invitation/999999999", NONE, "",
                    404, 403, 403, 403, 403, 404, 403, 403, 401),
            row("getProjects", "GET", "/cloud/{cloud}/project", NONE, "Project",
                    200, 200, 200, 200, 200, 404, 403, 200, 401),
            row("createProject", "POST", "/cloud/{cloud}/project", "{\"name\": \"m\"}", "Project",
                    201, 201, 201, 201, 201, 404, 403, 403, 401),
            row("getProject", "GET", P, NONE, "Project", 200, 404, 200, 200, 200, 404, 200, 200, 401),
            row("updateProject", "PATCH", P, "{\"description\": \"d\"}", "Project",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            fresh("deleteProject", "DELETE", P, NONE, 204, 404, 204, 403, 403, 404, 403, 403, 401),
            row("getProjectTree", "GET", P + "/tree", NONE, "Folder", 200, 404, 200, 200, 200, 404, 200, 200, 401),
            row("getSelfProjects", "GET", "/user/projects", NONE, "Project",
                    200, 200, 200, 200, 200, 200, 403, 403, 401),
            fresh("leaveProject", "POST", P + "/leave", NONE, 409, 404, 204, 204, 204, 404, 403, 403, 401),
            row("checkProjectAccess", "GET", P + "/check-access", NONE, "CheckProjectAccess",
                    200, 404, 200, 200, 200, 404, 200, 200, 401),
            row("getProjectSize", "GET", P + "/size", NONE, "ProjectSize", 200, 404, 200, 200, 200, 404, 200, 200, 401),
            // Importing from itself is refused (400) once the caller may administer the project.
            row("importFromProject", "POST", P + "/import_from", "{\"project_id\": {project}}", "",
                    400, 404, 400, 403, 403, 404, 403, 403, 401),
            row("getLogs", "GET", "/cloud/{cloud}/project/{project}/logs", NONE, "LogEntry",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("getProjectUsers", "GET", P + "/user", NONE, "UserProject", 200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("updateProjectUser", "PATCH", P + "/user/{projectUserMember}", "{\"role\": 50}", "UserProject",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            fresh("deleteProjectUser", "DELETE", P + "/user/{guestMember}", NONE,
                    204, 404, 204, 403, 403, 404, 403, 403, 401),
            row("getProjectInvitations", "GET", P + "/invitation", NONE, "ProjectInvitation",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("inviteProjectUser", "POST", P + "/invitation",
                    "{\"email\": \"matrix-guest@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\", \"role\": 25}",
                    "ProjectInvitation", 201, 404, 201, 403, 403, 404, 403, 403, 401),
            row("cancelProjectUserInvitation", "DELETE", P + "/invitation/999999999", NONE, "",
                    404, 404, 404, 403, 403, 404, 403, 403, 401),
            row("getUserInvitations", "GET", "/user/invitations", NONE, "UserInvitation",
                    200, 200, 200, 200, 200, 200, 403, 403, 401),
            row("getUserInvitation", "GET", "/user/invitations/999999999", NONE, "",
                    404, 404, 404, 404, 404, 404, 403, 403, 401),
            row("acceptUserInvitation", "POST", "/user/invitations/999999999/accept", NONE, "",
                    404, 404, 404, 404, 404, 404, 403, 403, 401),
            row("denyUserInvitation", "POST", "/user/invitations/999999999/deny", NONE, "",
                    404, 404, 404, 404, 404, 404, 403, 403, 401),
            row("getManageGroups", "GET", P + "/group", NONE, "Group", 200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("createManageGroup", "POST", P + "/group", "{\"name\": \"m\"}", "Group",
                    201, 404, 201, 403, 403, 404, 403, 403, 401),
            row("getManageGroup", "GET", P + "/group/{group}", NONE, "Group", 200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("updateManageGroup", "PATCH", P + "/group/{group}", "{\"color\": \"#00ff00\"}", "Group",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("deleteManageGroup", "DELETE", P + "/group/999999999", NONE, "",
                    404, 404, 404, 403, 403, 404, 403, 403, 401),
            row("addGroupMember", "POST", P + "/group/{group}/member", "{\"userproject_id\": {projectUserMember}}",
                    "UserProject", 201, 404, 201, 403, 403, 404, 403, 403, 401),
            row("deleteGroupMember", "DELETE", P + "/group/{group}/member/999999999", NONE, "",
                    404, 404, 404, 403, 403, 404, 403, 403, 401),
            row("importManageGroup", "POST", P + "/group/import",
                    "{\"group_ids\": [], \"redirect_uri\": \"http://127.0.0.1:9/x\"}", "",
                    201, 404, 201, 403, 403, 404, 403, 403, 401),
            row("getGroups", "GET", P + "/me/group", NONE, "Group", 200, 404, 200, 200, 200, 404, 200, 403, 401),
            // Only the cloud admin and the project user are in {group}.
            row("getGroup", "GET", P + "/me/group/{group}", NONE, "Group", 200, 404, 404, 200, 404, 404, 404, 403, 401),
            row("getClassifications", "GET", P + "/classification", NONE, "Classification",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("createClassification", "POST", P + "/classification", "[{\"name\": \"m\"}]", "Classification",
                    201, 404, 201, 201, 403, 404, 403, 403, 401),
            row("getClassification", "GET", P + "/classification/{classification}", NONE, "Classification",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("updateClassification", "PATCH", P + "/classification/{classification}", "{\"title\": \"t\"}",
                    "Classification", 200, 404, 200, 200, 403, 404, 403, 403, 401),
            row("deleteClassification", "DELETE", P + "/classification/999999999", NONE, "",
                    404, 404, 404, 404, 403, 404, 403, 403, 401),
            row("getProjectAccessTokens", "GET", P + "/access-token", NONE, "ProjectAccessToken",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("createProjectAccessToken", "POST", P + "/access-token", "{\"scopes\": [\"bcf:read\"]}",
                    "ProjectAccessToken", 201, 404, 201, 403, 403, 404, 403, 403, 401),
            row("getProjectAccessToken", "GET", P + "/access-token/{token}", NONE, "ProjectAccessToken",
                    200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("deleteProjectAccessToken", "DELETE", P + "/access-token/0000000000000000000000000000000000000000",
                    NONE, "", 404, 404, 404, 403, 403, 404, 403, 403, 401),
            // Documents (dms). Multipart createDocument is covered by DocumentUploadIntegrationTest.
            row("getDocuments", "GET", P + "/document", NONE, "", 200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("getFolders", "GET", P + "/folder", NONE, "FolderWithoutChildren",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("createFolder", "POST", P + "/folder", "{\"name\": \"m\"}", "FolderWithoutChildren",
                    201, 404, 201, 201, 403, 404, 403, 403, 401),
            // BCF (bcf): the BCF project is {project}; guests read, non-members and cloud users outside it 404.
            row("getVersions", "GET", "/bcf/versions", NONE, "Version", 200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("getAuth", "GET", "/bcf/2.1/auth", NONE, "Auth", 200, 200, 200, 200, 200, 200, 200, 200, 200),
            row("getUser", "GET", "/bcf/2.1/current-user", NONE, "SelfBcfUser",
                    200, 200, 200, 200, 200, 200, 200, 403, 401),
            row("getBcfProjects", "GET", "/bcf/2.1/projects", NONE, "BcfProject",
                    200, 200, 200, 200, 200, 200, 200, 403, 401),
            row("getBcfProject", "GET", "/bcf/2.1/projects/{project}", NONE, "BcfProject",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("updateBcfProject", "PATCH", "/bcf/2.1/projects/{project}", "{\"name\": \"Matrix project\"}",
                    "BcfProject", 200, 404, 200, 403, 403, 404, 403, 403, 401),
            row("getExtensions", "GET", "/bcf/2.1/projects/{project}/extensions", NONE, "Extensions",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("getDetailedExtensions", "GET", "/bcf/2.1/projects/{project}/detailed-extensions", NONE,
                    "DetailedExtensions", 200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("getTopics", "GET", "/bcf/2.1/projects/{project}/topics", NONE, "",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("createTopic", "POST", "/bcf/2.1/projects/{project}/topics", "{\"title\": \"Matrix topic\"}", "Topic",
                    201, 404, 201, 201, 403, 404, 403, 403, 401),
            row("getFullTopics", "GET", "/bcf/2.1/projects/{project}/full-topic", NONE, "",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("createFullTopic", "POST", "/bcf/2.1/projects/{project}/full-topic",
                    "{\"title\": \"Matrix full topic\", \"comments\": [{\"comment\": \"c\"}]}", "FullTopic",
                    201, 404, 201, 201, 403, 404, 403, 403, 401),
            // No such topic: readers get 404, writers 404 only once their role and scope pass.
            row("getFullTopic", "GET", "/bcf/2.1/projects/{project}/full-topic/" + NO_TOPIC, NONE, "",
                    404, 404, 404, 404, 404, 404, 404, 403, 401),
            row("updateFullTopic", "PATCH", "/bcf/2.1/projects/{project}/full-topic/" + NO_TOPIC, "{\"title\": \"t\"}",
                    "", 404, 404, 404, 404, 403, 404, 403, 403, 401),
            row("fullUpdateFullTopic", "PUT", "/bcf/2.1/projects/{project}/full-topic/" + NO_TOPIC, "{\"title\": \"t\"}",
                    "", 404, 404, 404, 404, 403, 404, 403, 403, 401),
            row("getTopicsPins", "GET", "/bcf/2.1/projects/{project}/topics/pins", NONE, "TopicPin",
                    200, 404, 200, 200, 200, 404, 200, 403, 401),
            row("deleteExtensionLabel", "DELETE", "/bcf/2.1/projects/{project}/extension/label/999999999", NONE, "",
                    404, 404, 404, 403, 403, 404, 403, 403, 401),
            row("adminListMail", "GET", "/admin/mail", NONE, "", 403, 403, 403, 403, 403, 403, 403, 403, 401));

    record Scene(long cloud, long project, long cloudUser, long projectUserMember, long guestMember, long group,
            long classification, String token) {
    }

    private final CollabFixture fixture = new CollabFixture(this);
    private final Map<Persona, TestUsers.Created> users = new LinkedHashMap<>();
    private String wrongScopeToken = "";
    private Scene shared;
    private Map<String, Map<String, Boolean>> models;

    @BeforeAll
    void buildScene() throws IOException {
        http = HttpClient.newHttpClient();
        for (Persona persona : Persona.values()) {
            if (persona.ordinal() <= Persona.NON_MEMBER.ordinal()) {
                users.put(persona, fixture.user(persona.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        HttpResponse<String> token = sendJson("POST", "/admin/users/" + users.get(Persona.CLOUD_ADMIN).id()
                + "/tokens", ADMIN_TOKEN, "{\"name\": \"webhooks only\", \"scopes\": [\"webhook:manage\"]}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        wrongScopeToken = json(token).path("token").asString();
        shared = scene();
        // Something in every list the field check reads: a pending invitation for everyone.
        long elsewhere = fixture.cloud(users.get(Persona.NON_MEMBER), "Elsewhere");
        for (Persona persona : users.keySet()) {
            if (persona != Persona.NON_MEMBER) {
                sendJson("POST", "/cloud/" + elsewhere + "/invitation", users.get(Persona.NON_MEMBER).token(), """
                        {"email": "%s", "redirect_uri": "http://127.0.0.1:9/x"}""".formatted(users.get(persona).email()));
            }
        }
        sendJson("POST", "/cloud/" + elsewhere + "/invitation", users.get(Persona.NON_MEMBER).token(),
                "{\"email\": \"someone@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\"}");
        models = readModels();
    }

    private Scene scene() {
        TestUsers.Created admin = users.get(Persona.CLOUD_ADMIN);
        long cloud = fixture.cloud(admin, "Matrix");
        long project = fixture.project(admin, cloud, "Matrix project");
        fixture.joinCloud(admin, cloud, users.get(Persona.CLOUD_USER), 50);
        fixture.joinProject(admin, cloud, project, users.get(Persona.PROJECT_ADMIN), 100);
        long projectUserMember = fixture.joinProject(admin, cloud, project, users.get(Persona.PROJECT_USER), 50);
        long guestMember = fixture.joinProject(admin, cloud, project, users.get(Persona.GUEST), 25);
        String base = "/cloud/" + cloud + "/project/" + project;
        long group = json(sendJson("POST", base + "/group", admin.token(), "{\"name\": \"Matrix group\"}"))
                .path("id").asLong();
        for (long member : new long[] { projectUserMember, fixture.memberId(admin, cloud, project, admin) }) {
            sendJson("POST", base + "/group/" + group + "/member", admin.token(), "{\"userproject_id\": " + member + "}");
        }
        sendJson("POST", "/cloud/" + cloud + "/invitation", admin.token(),
                "{\"email\": \"pending-cloud@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\"}");
        long classification = json(sendJson("POST", base + "/classification", admin.token(),
                "[{\"name\": \"Uniformat\", \"notation\": \"A10\", \"title\": \"Foundations\"}]")).get(0).path("id").asLong();
        sendJson("POST", base + "/invitation", admin.token(),
                "{\"email\": \"pending@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\", \"role\": 50}");
        String token = fixture.projectToken(admin, cloud, project, "ifc:read", "model:read", "document:read", "bcf:read");
        return new Scene(cloud, project, users.get(Persona.CLOUD_USER).id(), projectUserMember, guestMember, group,
                classification, token);
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Route route : MATRIX) {
            for (Persona persona : Persona.values()) {
                cells.add(Arguments.of(route, persona));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(Route route, Persona persona) {
        Scene scene = route.fresh() ? scene() : shared;
        HttpRequest.Builder request = request(resolve(route.path(), scene));
        String token = token(persona, scene);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = resolve(route.body(), scene);
        if (body.isEmpty()) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(route.method(),
                    HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = send(request);
        int expected = route.expected()[persona.ordinal()];
        assertThat(response.statusCode()).as(route.operationId() + " as " + persona + ": " + response.body())
                .isEqualTo(expected);
        if (expected >= 400) {
            CollabFixture.problem(response, expected);
        }
        if (persona == Persona.CLOUD_ADMIN && expected < 300 && !route.model().isEmpty()) {
            assertHasEveryField(route, json(response));
        }
    }

    private void assertHasEveryField(Route route, JsonNode body) {
        Map<String, Boolean> fields = models.get(route.model());
        assertThat(fields).as("model " + route.model()).isNotNull();
        JsonNode sample = body;
        if (body.isArray()) {
            assertThat(body.size()).as(route.operationId() + " returns something to check").isPositive();
            sample = body.get(0);
        }
        for (Map.Entry<String, Boolean> field : fields.entrySet()) {
            assertThat(sample.has(field.getKey())).as(route.operationId() + " -> " + route.model() + "."
                    + field.getKey() + " in " + sample).isTrue();
            if (!field.getValue()) {
                assertThat(sample.get(field.getKey()).isNull()).as(route.model() + "." + field.getKey()
                        + " is not nullable").isFalse();
            }
        }
    }

    /** Model -> field -> nullable, from BIMData's models.tsv (a copy in test resources). */
    private static Map<String, Map<String, Boolean>> readModels() throws IOException {
        Map<String, Map<String, Boolean>> models = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIntegrationTest.class.getClassLoader()
                .getResourceAsStream("api-compatibility/bimdata-models.tsv")) {
            assertThat(in).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t", -1);
                if (columns.length > 4) {
                    models.computeIfAbsent(columns[0], k -> new LinkedHashMap<>())
                            .put(columns[1], columns[4].equals("yes"));
                }
            }
        }
        return models;
    }

    private String token(Persona persona, Scene scene) {
        return switch (persona) {
            case TOKEN_READ_ONLY -> scene.token();
            case WRONG_SCOPE -> wrongScopeToken;
            case ANONYMOUS -> null;
            default -> users.get(persona).token();
        };
    }

    private static String resolve(String template, Scene scene) {
        return template.replace("{cloud}", String.valueOf(scene.cloud()))
                .replace("{project}", String.valueOf(scene.project()))
                .replace("{cloudUser}", String.valueOf(scene.cloudUser()))
                .replace("{projectUserMember}", String.valueOf(scene.projectUserMember()))
                .replace("{guestMember}", String.valueOf(scene.guestMember()))
                .replace("{group}", String.valueOf(scene.group()))
                .replace("{classification}", String.valueOf(scene.classification()))
                .replace("{token}", scene.token());
    }

    private static Route row(String operationId, String method, String path, String body, String model,
            int... expected) {
        assertThat(expected).as(operationId).hasSize(Persona.values().length);
        return new Route(operationId, method, path, body, model, false, expected);
    }

    private static Route fresh(String operationId, String method, String path, String body, int... expected) {
        assertThat(expected).as(operationId).hasSize(Persona.values().length);
        return new Route(operationId, method, path, body, "", true, expected);
    }
}
