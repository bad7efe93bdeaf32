package org.plinth.server.auth.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OAuth clients on top of the authorization server's {@code oauth2_registered_client} table (its
 * repository has no list or delete, so those two are plain SQL here).
 */
@Service
class OAuthClients {

    static final String WEB_CLIENT_ID = "plinth-web";

    private static final String FIND_IDS = "SELECT id FROM oauth2_registered_client ORDER BY client_id";
    private static final String FIND_ID_BY_CLIENT_ID = "SELECT id FROM oauth2_registered_client WHERE client_id = :clientId";
    private static final String DELETE_AUTHORIZATIONS = "DELETE FROM oauth2_authorization WHERE registered_client_id = :id";
    private static final String DELETE_CONSENTS = "DELETE FROM oauth2_authorization_consent WHERE registered_client_id = :id";
    private static final String DELETE_CLIENT = "DELETE FROM oauth2_registered_client WHERE id = :id";

    private static final Set<String> GRANT_TYPES = Set.of(
            AuthorizationGrantType.AUTHORIZATION_CODE.getValue(),
            AuthorizationGrantType.REFRESH_TOKEN.getValue(),
            AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());

    private final RegisteredClientRepository clients;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    OAuthClients(RegisteredClientRepository clients, JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Access tokens live 30 minutes; refresh tokens 30 days and are rotated on each use. */
    static TokenSettings tokenSettings() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(Duration.ofMinutes(30))
                .refreshTokenTimeToLive(Duration.ofDays(30))
                .reuseRefreshTokens(false)
                .build();
    }

    @Transactional
    ClientView create(ClientCreateRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        boolean publicClient = Boolean.TRUE.equals(request.publicClient());
        boolean requirePkce = publicClient || !Boolean.FALSE.equals(request.requirePkce());
        List<String> redirectUris = request.redirectUris() == null ? List.of() : request.redirectUris();
        for (String grant : request.grantTypes()) {
            if (!GRANT_TYPES.contains(grant)) {
                errors.computeIfAbsent("grant_types", k -> new ArrayList<>()).add("unsupported grant type '" + grant + "'");
            }
        }
        if (publicClient && request.grantTypes().contains(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue())) {
            errors.computeIfAbsent("grant_types", k -> new ArrayList<>())
                    .add("a public client cannot use client_credentials");
        }
        if (request.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue()) && redirectUris.isEmpty()) {
            errors.computeIfAbsent("redirect_uris", k -> new ArrayList<>())
                    .add("authorization_code needs at least one redirect URI");
        }
        for (String uri : redirectUris) {
            if (!isAbsoluteHttpUri(uri)) {
                errors.computeIfAbsent("redirect_uris", k -> new ArrayList<>()).add("not an absolute http(s) URI: " + uri);
            }
        }
        for (String scope : request.scopes()) {
            if (!Scopes.isKnown(scope) && !Scopes.OIDC.contains(scope)) {
                errors.computeIfAbsent("scopes", k -> new ArrayList<>()).add("unknown scope '" + scope + "'");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String clientId = request.clientId() != null ? request.clientId() : "plinth-" + UUID.randomUUID();
        if (clients.findByClientId(clientId) != null) {
            throw new ConflictException("A client with client_id " + clientId + " already exists.");
        }
        String secret = publicClient ? null : newSecret();
        RegisteredClient.Builder builder = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(request.clientName())
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(requirePkce)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scopes(scopes -> scopes.addAll(request.scopes()));
        for (String grant : request.grantTypes()) {
            builder.authorizationGrantType(new AuthorizationGrantType(grant));
        }
        if (publicClient) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(passwordEncoder.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        RegisteredClient client = builder.build();
        clients.save(client);
        return view(client, secret);
    }

    List<ClientView> list() {
        List<ClientView> views = new ArrayList<>();
        for (String id : jdbc.sql(FIND_IDS).query(String.class).list()) {
            RegisteredClient client = clients.findById(id);
            if (client != null) {
                views.add(view(client, null));
            }
        }
        return views;
    }

    @Transactional
    void delete(String clientId) {
        String id = jdbc.sql(FIND_ID_BY_CLIENT_ID).param("clientId", clientId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("No client with client_id " + clientId + "."));
        jdbc.sql(DELETE_AUTHORIZATIONS).param("id", id).update();
        jdbc.sql(DELETE_CONSENTS).param("id", id).update();
        jdbc.sql(DELETE_CLIENT).param("id", id).update();
    }

    /**
     * The public client of the Swagger UI (and later the web app): code + PKCE, redirect to this
     * server's Swagger UI. Re-saved on every start so a changed PLINTH_PUBLIC_URL takes effect.
     */
    void seedWebClient(String publicUrl) {
        RegisteredClient existing = clients.findByClientId(WEB_CLIENT_ID);
        RegisteredClient client = RegisteredClient.withId(existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(WEB_CLIENT_ID)
                .clientName("Plinth web and Swagger UI")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(publicUrl + "/swagger-ui/oauth2-redirect.html")
                .postLogoutRedirectUri(publicUrl + "/")
                .scopes(scopes -> {
                    scopes.addAll(Scopes.OIDC);
                    scopes.addAll(Scopes.ALL);
                })
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings())
                .build();
        clients.save(client);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isAbsoluteHttpUri(String uri) {
        try {
            URI parsed = URI.create(uri);
            return parsed.isAbsolute() && ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                    && parsed.getHost() != null && parsed.getFragment() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ClientView view(RegisteredClient client, @Nullable String secret) {
        List<String> grants = new ArrayList<>();
        for (AuthorizationGrantType grant : client.getAuthorizationGrantTypes()) {
            grants.add(grant.getValue());
        }
        grants.sort(null);
        boolean publicClient = client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE);
        return new ClientView(client.getClientId(), client.getClientName(), List.copyOf(new TreeSet<>(client.getRedirectUris())),
                grants, List.copyOf(new TreeSet<>(client.getScopes())), publicClient,
                client.getClientSettings().isRequireProofKey(), client.getClientIdIssuedAt(), secret);
    }
}
