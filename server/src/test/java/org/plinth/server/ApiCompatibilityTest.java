package org.plinth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The compatibility contract, checked against the running server's OpenAPI document: every
 * operation listed in {@code api-compatibility/implemented-operations.txt} must exist with
 * BIMData's operationId, HTTP method and path (from a copy of operations.tsv). Any operation that
 * uses a BIMData operationId must be declared and routed correctly too. Then it writes
 * {@code docs/api-compatibility.md}, so that page always says what the code does.
 */
class ApiCompatibilityTest extends PlinthIntegrationTest {

    record BimDataOperation(String apiClass, String operationId, String method, String path, String scopes,
            String summary, boolean legacy) {
    }

    record Routed(String method, String path) {
    }

    @Test
    void declaredOperationsAreRoutedAsBimDataDefinesThem() throws IOException {
        Map<String, BimDataOperation> catalog = new LinkedHashMap<>();
        readCatalog("api-compatibility/bimdata-operations.tsv", false, catalog);
        int currentCatalogSize = catalog.size();
        readCatalog("api-compatibility/bimdata-legacy-operations.tsv", true, catalog);
        List<String> declared = readDeclared();

        HttpResponseBody doc = new HttpResponseBody(json(send(request("/v3/api-docs").GET())));
        Map<String, Routed> routed = doc.operationsById();

        List<String> problems = findProblems(catalog, declared, routed);
        assertThat(problems).as("API compatibility problems").isEmpty();

        String docsDir = System.getProperty("plinth.docs.dir");
        if (docsDir != null) {
            write(Path.of(docsDir, "api-compatibility.md"),
                    render(catalog, currentCatalogSize, declared, routed));
        }
    }

    static List<String> findProblems(Map<String, BimDataOperation> catalog, List<String> declared,
            Map<String, Routed> routed) {
        List<String> problems = new ArrayList<>();
        for (String id : declared) {
            BimDataOperation expected = catalog.get(id);
            Routed actual = routed.get(id);
            if (expected == null) {
                problems.add(id + ": declared implemented but not a BIMData operation_id");
            } else if (actual == null) {
                problems.add(id + ": declared implemented but no route has this operationId");
            } else if (!actual.method().equals(expected.method())
                    || !normalize(actual.path()).equals(normalize(expected.path()))) {
                problems.add(id + ": routed as " + actual.method() + " " + actual.path() + ", BIMData has "
                        + expected.method() + " " + expected.path());
            }
        }
        for (Map.Entry<String, Routed> operation : routed.entrySet()) {
            if (catalog.containsKey(operation.getKey()) && !declared.contains(operation.getKey())) {
                problems.add(operation.getKey() + ": uses a BIMData operationId but is not declared in implemented-operations.txt");
            }
        }
        return problems;
    }

    @Test
    void mismatchesAreReported() {
        Map<String, BimDataOperation> catalog = Map.of(
                "getSelfUser", new BimDataOperation("CollaborationApi", "getSelfUser", "GET", "/user", "", "", false),
                "getCloud", new BimDataOperation("CollaborationApi", "getCloud", "GET", "/cloud/{id}", "", "", false),
                "getClouds", new BimDataOperation("CollaborationApi", "getClouds", "GET", "/cloud", "", "", false));
        Map<String, Routed> routed = Map.of(
                "getSelfUser", new Routed("POST", "/user"),
                "getClouds", new Routed("GET", "/cloud"));
        assertThat(findProblems(catalog, List.of("getSelfUser", "getCloud"), routed)).containsExactlyInAnyOrder(
                "getSelfUser: routed as POST /user, BIMData has GET /user",
                "getCloud: declared implemented but no route has this operationId",
                "getClouds: uses a BIMData operationId but is not declared in implemented-operations.txt");
        assertThat(normalize("/cloud/{cloud_pk}/project/{id}/")).isEqualTo(normalize("/cloud/{cloudId}/project/{projectId}"));
    }

    @Test
    void openApiDocumentMatchesTheWireFormatAndOffersOAuth2() {
        JsonNode doc = json(send(request("/v3/api-docs").GET()));
        JsonNode selfUser = doc.path("components").path("schemas").path("SelfUserView").path("properties");
        assertThat(selfUser.has("created_at")).isTrue();
        assertThat(selfUser.has("createdAt")).isFalse();
        JsonNode oauth2 = doc.path("components").path("securitySchemes").path("OAuth2").path("flows");
        assertThat(oauth2.path("authorizationCode").path("authorizationUrl").asString())
                .isEqualTo(BASE_URL + "/oauth2/authorize");
        assertThat(oauth2.path("clientCredentials").path("tokenUrl").asString()).isEqualTo(BASE_URL + "/oauth2/token");
        assertThat(doc.path("paths").path("/user").path("get").path("description").asString())
                .contains("Required scopes: user:read");
        assertThat(send(request("/swagger-ui/index.html").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/v3/api-docs/swagger-config").GET()).body()).contains("oauth2RedirectUrl");
    }

    /** Path templates compare without parameter names: {cloud_pk} and {cloudId} are the same route. */
    static String normalize(String path) {
        StringBuilder out = new StringBuilder(path.length());
        boolean inParameter = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                inParameter = true;
                out.append("{}");
            } else if (c == '}') {
                inParameter = false;
            } else if (!inParameter) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 1 && out.charAt(end - 1) == '/') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String render(Map<String, BimDataOperation> catalog, int currentCatalogSize, List<String> declared,
            Map<String, Routed> routed) {
        Map<String, int[]> perClass = new TreeMap<>();
        for (BimDataOperation operation : catalog.values()) {
            if (!operation.legacy()) {
                perClass.computeIfAbsent(operation.apiClass(), k -> new int[2])[1]++;
            }
        }
        int implementedCurrent = 0;
        for (String id : declared) {
            BimDataOperation operation = catalog.get(id);
            if (!operation.legacy()) {
                perClass.get(operation.apiClass())[0]++;
                implementedCurrent++;
            }
        }
        StringBuilder md = new StringBuilder(4096);
        md.append("# API compatibility with BIMData\n\n")
                .append("<!-- Generated by server/src/test/java/org/plinth/server/ApiCompatibilityTest.java on every test run;\n")
                .append("     do not edit. Declare an operation in server/src/test/resources/api-compatibility/implemented-operations.txt. -->\n\n")
                .append("Plinth implements **").append(implementedCurrent).append(" of ").append(currentCatalogSize)
                .append("** operations of the BIMData API catalog (`operations.tsv`, from BIMData's TypeScript client 10.37.0)")
                .append(", plus ").append(declared.size() - implementedCurrent)
                .append(" operation(s) that only BIMData's older (2021) API document has.\n")
                .append("Each listed operation is verified against the running server's OpenAPI document: same operationId, ")
                .append("HTTP method and path (a trailing slash is accepted too).\n\n")
                .append("| API class | implemented | operations |\n|---|---:|---:|\n");
        for (Map.Entry<String, int[]> row : perClass.entrySet()) {
            md.append("| ").append(row.getKey()).append(" | ").append(row.getValue()[0]).append(" | ")
                    .append(row.getValue()[1]).append(" |\n");
        }
        md.append("\n## Implemented BIMData operations\n\n")
                .append("| API class | operationId | method | path | scopes | note |\n|---|---|---|---|---|---|\n");
        for (String id : declared) {
            BimDataOperation operation = catalog.get(id);
            md.append("| ").append(operation.apiClass()).append(" | `").append(id).append("` | ")
                    .append(operation.method()).append(" | `").append(operation.path()).append("` | ")
                    .append(operation.scopes().isEmpty() ? "" : "`" + operation.scopes() + "`").append(" | ")
                    .append(operation.legacy() ? "2021 document only" : "").append(" |\n");
        }
        md.append("\n## Plinth's own operations\n\n")
                .append("Outside the BIMData surface, documented in the OpenAPI document (`/v3/api-docs`).\n\n")
                .append("| operationId | method | path |\n|---|---|---|\n");
        List<String[]> own = new ArrayList<>();
        for (Map.Entry<String, Routed> operation : routed.entrySet()) {
            if (!catalog.containsKey(operation.getKey())) {
                own.add(new String[] { operation.getValue().path(), operation.getValue().method(), operation.getKey() });
            }
        }
        own.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        for (String[] row : own) {
            md.append("| `").append(row[2]).append("` | ").append(row[1]).append(" | `").append(row[0]).append("` |\n");
        }
        md.append("\nAlso outside the OpenAPI document: the OpenID Connect provider (`/.well-known/openid-configuration`, ")
                .append("`/oauth2/authorize`, `/oauth2/token`, `/oauth2/jwks`, `/oauth2/revoke`, `/oauth2/introspect`, ")
                .append("`/userinfo`, `/connect/logout`, `/login`), `/actuator/health` and `/actuator/prometheus`.\n");
        return md.toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }

    private static void readCatalog(String resource, boolean legacy, Map<String, BimDataOperation> into)
            throws IOException {
        boolean header = true;
        for (String line : readLines(resource)) {
            if (header) {
                header = false;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            into.put(columns[1], new BimDataOperation(columns[0], columns[1], columns[2], columns[3], columns[10],
                    columns[11], legacy));
        }
    }

    private static List<String> readDeclared() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : readLines("api-compatibility/implemented-operations.txt")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> readLines(String resource) throws IOException {
        try (InputStream in = ApiCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The operations of an OpenAPI document by operationId. */
    private record HttpResponseBody(JsonNode doc) {

        Map<String, Routed> operationsById() {
            Map<String, Routed> operations = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    String id = method.getValue().path("operationId").asString("");
                    if (!id.isEmpty()) {
                        operations.put(id, new Routed(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey()));
                    }
                }
            }
            return operations;
        }
    }
}
