package org.plinth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.Test;
import org.plinth.server.OidcFlow;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class OidcProviderIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void authorizationCodeWithPkceThroughTheSignInFormThenRefreshAndUserinfo() throws Exception {
        OidcFlow.Client client = OidcFlow.registerClient(this, "code-flow-" + UUID.randomUUID());
        TestUsers.Created user = TestUsers.create(this, "signs-in@plinth.test", false);
        OidcFlow flow = new OidcFlow(BASE_URL);

        JsonNode tokens = flow.signIn(client, user.email(), user.password(), "openid profile email user:read");
        String accessToken = tokens.path("access_token").asString();
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
        assertThat(tokens.path("id_token").asString()).isNotBlank();

        HttpResponse<String> self = get("/user", accessToken);
        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(json(self).path("email").asString()).isEqualTo(user.email());
        String sub = json(self).path("sub").asString();

        HttpResponse<String> userinfo = get("/userinfo", accessToken);
        assertThat(userinfo.statusCode()).as(userinfo.body()).isEqualTo(200);
        assertThat(json(userinfo).path("sub").asString()).isEqualTo(sub);
        assertThat(json(userinfo).path("email").asString()).isEqualTo(user.email());
        assertThat(json(userinfo).path("given_name").asString()).isEqualTo("Test");

        // The token carries user:read only: PATCH /user needs user:write.
        assertThat(sendJson("PATCH", "/user", accessToken, "{\"firstname\": \"X\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> refreshed = flow.tokenRequest(client, Map.of(
                "grant_type", "refresh_token", "refresh_token", tokens.path("refresh_token").asString()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String newAccessToken = json(refreshed).path("access_token").asString();
        assertThat(newAccessToken).isNotEqualTo(accessToken);
        assertThat(json(refreshed).path("refresh_token").asString())
                .as("refresh tokens rotate").isNotEqualTo(tokens.path("refresh_token").asString());
        assertThat(get("/user", newAccessToken).statusCode()).isEqualTo(200);

        // A standard OIDC client library accepts the ID token: signature via JWKS, issuer, audience, expiry.
        JWTClaimsSet idClaims = nimbusValidate(tokens.path("id_token").asString(), client.clientId());
        assertThat(idClaims.getSubject()).isEqualTo(sub);
        assertThat(idClaims.getStringClaim("email")).isEqualTo(user.email());

        // Revocation (RFC 7009) ends the access token at once.
        HttpResponse<String> revoke = flow.post(BASE_URL + "/oauth2/revoke",
                OidcFlow.form(Map.of("token", newAccessToken, "token_type_hint", "access_token")), client);
        assertThat(revoke.statusCode()).isEqualTo(200);
        HttpResponse<String> afterRevoke = get("/user", newAccessToken);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(json(afterRevoke).path("detail").asString()).contains("revoked");
    }

    @Test
    void rpInitiatedLogoutEndsTheSignInSession() {
        OidcFlow.Client client = OidcFlow.registerClient(this, "logout-" + UUID.randomUUID());
        TestUsers.Created user = TestUsers.create(this, "logs-out@plinth.test", false);
        OidcFlow flow = new OidcFlow(BASE_URL);
        String idToken = flow.signIn(client, user.email(), user.password(), "openid").path("id_token").asString();

        // Signed in: a second authorize goes straight to the client with a code.
        assertThat(flow.authorizeRedirect(client)).startsWith(OidcFlow.REDIRECT_URI);

        HttpResponse<String> logout = flow.get(BASE_URL + "/connect/logout?" + OidcFlow.form(Map.of("id_token_hint", idToken)));
        assertThat(logout.statusCode()).isEqualTo(302);

        // Signed out: authorize asks for the sign-in form again.
        assertThat(flow.authorizeRedirect(client)).endsWith("/login");
    }

    @Test
    void wrongPasswordReturnsToTheFormWithAnError() {
        TestUsers.Created user = TestUsers.create(this, "wrong-password@plinth.test", false);
        OidcFlow flow = new OidcFlow(BASE_URL);
        HttpResponse<String> page = flow.get(BASE_URL + "/login");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> failed = flow.post(BASE_URL + "/login",
                OidcFlow.form(Map.of("username", user.email(), "password", "nope", "_csrf", csrf)), null);
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(flow.get(BASE_URL + "/login?error").body()).contains("Wrong e-mail or password");
    }

    @Test
    void clientCredentialsTokenIdentifiesTheApplication() throws Exception {
        OidcFlow.Client client = OidcFlow.registerClient(this, "app-" + UUID.randomUUID());
        OidcFlow flow = new OidcFlow(BASE_URL);
        HttpResponse<String> response = flow.tokenRequest(client, Map.of(
                "grant_type", "client_credentials", "scope", "cloud:read user:read"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = json(response).path("access_token").asString();
        assertThat(json(response).has("refresh_token")).isFalse();

        JWTClaimsSet claims = nimbusValidate(token, client.clientId());
        assertThat(claims.getSubject()).isEqualTo(client.clientId());
        assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("cloud:read", "user:read");

        // Accepted (not 401) but /user is for users only, as at BIMData.
        HttpResponse<String> self = get("/user", token);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(json(self).path("detail").asString()).contains("application token");
    }

    @Test
    void discoveryDocumentDescribesThisIssuer() {
        HttpResponse<String> response = send(request("/.well-known/openid-configuration").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = json(response);
        assertThat(discovery.path("issuer").asString()).isEqualTo(BASE_URL);
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(BASE_URL + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(BASE_URL + "/oauth2/token");
        assertThat(discovery.path("userinfo_endpoint").asString()).isEqualTo(BASE_URL + "/userinfo");
        assertThat(discovery.path("end_session_endpoint").asString()).isEqualTo(BASE_URL + "/connect/logout");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(BASE_URL + "/oauth2/jwks");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(discovery.path("id_token_signing_alg_values_supported").toString()).contains("RS256");
    }

    @Test
    void expiredTokenSignedWithOurKeyIsRejected() throws Exception {
        RSAKey ourKey = (RSAKey) JWK.parse(jdbc.sql("SELECT jwk FROM oauth2_signing_key ORDER BY created_at LIMIT 1")
                .query(String.class).single());
        String token = sign(ourKey, claims(Instant.now().minusSeconds(3600)));
        HttpResponse<String> response = get("/user", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("detail").asString()).containsIgnoringCase("expired");
    }

    @Test
    void tokenSignedWithAForeignKeyIsRejected() throws Exception {
        RSAKey ourKey = (RSAKey) JWK.parse(jdbc.sql("SELECT jwk FROM oauth2_signing_key ORDER BY created_at LIMIT 1")
                .query(String.class).single());
        // Same key id as ours, so only the signature can tell.
        RSAKey forger = new RSAKeyGenerator(2048).keyID(ourKey.getKeyID()).generate();
        HttpResponse<String> response = get("/user", sign(forger, claims(Instant.now().plusSeconds(600))));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String token = new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize();
        assertThat(token).endsWith(".");
        HttpResponse<String> response = get("/user", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void nimbusRejectsATokenForAnotherAudience() throws Exception {
        OidcFlow.Client client = OidcFlow.registerClient(this, "aud-" + UUID.randomUUID());
        String token = json(new OidcFlow(BASE_URL).tokenRequest(client, Map.of(
                "grant_type", "client_credentials", "scope", "cloud:read"))).path("access_token").asString();
        assertThatThrownBy(() -> nimbusValidate(token, "some-other-client")).isInstanceOf(BadJOSEException.class);
    }

    private JWTClaimsSet claims(Instant expiry) {
        String adminSub = json(get("/user", ADMIN_TOKEN)).path("sub").asString();
        return new JWTClaimsSet.Builder()
                .issuer(BASE_URL)
                .subject(adminSub)
                .audience("plinth-web")
                .issueTime(Date.from(expiry.minusSeconds(1800)))
                .expirationTime(Date.from(expiry))
                .claim("scope", List.of("user:read"))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** Validates like an OIDC relying party would, with Nimbus only: JWKS from discovery, iss, aud, exp. */
    private JWTClaimsSet nimbusValidate(String token, String audience) throws Exception {
        String jwksUri = json(send(request("/.well-known/openid-configuration").GET())).path("jwks_uri").asString();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(jwksUri).toURL()).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(BASE_URL).build(),
                Set.of("sub", "iat", "exp")));
        return processor.process(token, null);
    }
}
