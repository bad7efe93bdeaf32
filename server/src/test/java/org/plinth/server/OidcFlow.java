package org.plinth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the OIDC provider the way a browser and a client app do, over real HTTP: authorize,
 * the sign-in form (with its CSRF token and the session cookie), the redirect with the code, and
 * the token endpoint with PKCE. Redirects are followed by hand so each step can be checked.
 */
public final class OidcFlow {

    public static final String REDIRECT_URI = "http://127.0.0.1:9/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient browser;

    public OidcFlow(String baseUrl) {
        this.baseUrl = baseUrl;
        this.browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public record Client(String clientId, String clientSecret) {
    }

    /** Registers a confidential client that may use code + PKCE, refresh tokens and client credentials. */
    public static Client registerClient(PlinthIntegrationTest test, String clientId) {
        HttpResponse<String> response = test.sendJson("POST", "/admin/clients", PlinthIntegrationTest.ADMIN_TOKEN, """
                {"client_id": "%s", "client_name": "Test app",
                 "redirect_uris": ["%s"],
                 "grant_types": ["authorization_code", "refresh_token", "client_credentials"],
                 "scopes": ["openid", "profile", "email", "user:read", "user:write", "cloud:read"]}"""
                .formatted(clientId, REDIRECT_URI));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new Client(clientId, PlinthIntegrationTest.json(response).path("client_secret").asString());
    }

    /** Signs in through the form and returns the token response of the code exchange. */
    public JsonNode signIn(Client client, String email, String password, String scope) {
        SignInSteps steps = startSignIn(client, scope);
        steps.submitCredentialsAt(baseUrl, email, password);
        return steps.finishAt(baseUrl);
    }

    /** Step 1: the client sends the browser to authorize, which sends it on to the sign-in form. */
    public SignInSteps startSignIn(Client client, String scope) {
        SignInSteps steps = new SignInSteps(client, randomUrlSafe(48), randomUrlSafe(12));
        String authorize = baseUrl + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", client.clientId(),
                "redirect_uri", REDIRECT_URI,
                "scope", scope,
                "state", steps.state,
                "code_challenge", s256(steps.verifier),
                "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).as("unauthenticated authorize redirects to sign-in").isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");
        return steps;
    }

    /** Where an authorize request (code + PKCE) sends this browser: the client, or the sign-in form. */
    public String authorizeRedirect(Client client) {
        HttpResponse<String> response = get(baseUrl + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", client.clientId(),
                "redirect_uri", REDIRECT_URI,
                "scope", "openid",
                "state", randomUrlSafe(12),
                "code_challenge", s256(randomUrlSafe(48)),
                "code_challenge_method", "S256")));
        assertThat(response.statusCode()).isEqualTo(302);
        return location(response);
    }

    /** The rest of a sign-in; each step may go to another node (cookies ignore the port). */
    public final class SignInSteps {

        private final Client client;
        private final String verifier;
        private final String state;
        private String continueAt;

        private SignInSteps(Client client, String verifier, String state) {
            this.client = client;
            this.verifier = verifier;
            this.state = state;
        }

        /** Step 2: the sign-in form, with its CSRF token and the session cookie. */
        public void submitCredentialsAt(String nodeUrl, String email, String password) {
            HttpResponse<String> loginPage = get(nodeUrl + "/login");
            assertThat(loginPage.statusCode()).isEqualTo(200);
            Matcher csrf = CSRF.matcher(loginPage.body());
            assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
            Map<String, String> credentials = new LinkedHashMap<>();
            credentials.put("username", email);
            credentials.put("password", password);
            credentials.put("_csrf", csrf.group(1));
            HttpResponse<String> signedIn = post(nodeUrl + "/login", form(credentials), null);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            continueAt = location(signedIn);
            assertThat(continueAt).as("back to the saved authorize request").contains("/oauth2/authorize");
        }

        /** Step 3: the saved authorize request issues the code; the client exchanges it with PKCE. */
        public JsonNode finishAt(String nodeUrl) {
            String path = continueAt.startsWith("/") ? continueAt : URI.create(continueAt).getRawPath() + "?"
                    + URI.create(continueAt).getRawQuery();
            HttpResponse<String> withCode = get(nodeUrl + path);
            assertThat(withCode.statusCode()).isEqualTo(302);
            URI callback = URI.create(location(withCode));
            assertThat(callback.toString()).startsWith(REDIRECT_URI);
            Map<String, String> query = parseQuery(callback.getRawQuery());
            assertThat(query.get("state")).isEqualTo(state);
            String code = query.get("code");
            assertThat(code).isNotBlank();
            HttpResponse<String> tokens = post(nodeUrl + "/oauth2/token", form(Map.of(
                    "grant_type", "authorization_code",
                    "code", code,
                    "redirect_uri", REDIRECT_URI,
                    "code_verifier", verifier)), client);
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return JSON.readTree(tokens.body());
        }
    }

    public HttpResponse<String> tokenRequest(Client client, Map<String, String> parameters) {
        return post(baseUrl + "/oauth2/token", form(parameters), client);
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> post(String url, String formBody, Client client) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody));
        if (client != null) {
            String basic = Base64.getEncoder().encodeToString(
                    (client.clientId() + ":" + client.clientSecret()).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    public static String form(Map<String, String> parameters) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            values.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
