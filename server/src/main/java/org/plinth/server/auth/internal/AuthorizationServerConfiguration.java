package org.plinth.server.auth.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.platform.SecurityChainOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OpenID Connect provider (Spring Security's authorization server): protocol endpoints, the
 * sign-in form, and everything they keep in PostgreSQL (clients, authorizations, consents, keys)
 * so any node can continue what another began. The issuer is {@code PLINTH_PUBLIC_URL}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(SecurityChainOrder.AUTHORIZATION_SERVER)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, UserRepository users)
            throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(userInfoMapper(users)))))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browser));
        return http.build();
    }

    /** The browser side: the sign-in form (GET served by {@link SignInPageController}) and sign-out. */
    @Bean
    @Order(SecurityChainOrder.SIGN_IN)
    SecurityFilterChain signInSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets us move to Argon2id later without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Sign-in by e-mail; the authenticated name is the user's {@code sub}, which becomes the tokens' subject. */
    @Bean
    UserDetailsService userDetailsService(UserRepository users) {
        return email -> {
            UserRow user = users.findByEmail(UserAccounts.normalizeEmail(email))
                    .orElseThrow(() -> new UsernameNotFoundException("No such user"));
            return User.withUsername(user.sub().toString())
                    .password(user.passwordHash() == null ? "{noop}" + UUID.randomUUID() : user.passwordHash())
                    .disabled(user.passwordHash() == null)
                    .authorities("ROLE_USER")
                    .build();
        };
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc,
            RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    SigningKeyStore signingKeyStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new SigningKeyStore(jdbc, transactions);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyStore keys) {
        return keys.allKeys();
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeyStore keys) {
        return new NimbusJwtEncoder(keys.signingSource());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeyStore keys, PlinthProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys.allKeys())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.publicUrl()));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(PlinthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.publicUrl()).build();
    }

    /**
     * Access tokens carry {@code client_id} and, for users, {@code uid}; ID tokens carry the
     * profile and e-mail claims the granted scopes allow.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(UserRepository users) {
        return context -> {
            boolean forUser = !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().claim(JwtTokenAuthenticator.CLIENT_ID_CLAIM, context.getRegisteredClient().getClientId());
                if (forUser) {
                    userOf(users, context.getPrincipal().getName())
                                                        // A string: the authorization service stores claims as JSON with a type allow-list
                            // that refuses java.lang.Long.
                            .ifPresent(user -> context.getClaims().claim(JwtTokenAuthenticator.USER_ID_CLAIM,
                                    Long.toString(user.id())));
                }
            } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue()) && forUser) {
                userOf(users, context.getPrincipal().getName()).ifPresent(user ->
                        claimsFor(user, context.getAuthorizedScopes()).forEach(context.getClaims()::claim));
            }
        };
    }

    private static Function<OidcUserInfoAuthenticationContext, OidcUserInfo> userInfoMapper(UserRepository users) {
        return context -> {
            String sub = context.getAuthorization().getPrincipalName();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", sub);
            userOf(users, sub).ifPresent(user -> claims.putAll(claimsFor(user, context.getAuthorization().getAuthorizedScopes())));
            return new OidcUserInfo(claims);
        };
    }

    private static java.util.Optional<UserRow> userOf(UserRepository users, String sub) {
        try {
            return users.findBySub(UUID.fromString(sub));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, Object> claimsFor(UserRow user, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scopes.contains(OidcScopes.EMAIL)) {
            claims.put("email", user.email());
            claims.put("email_verified", Boolean.TRUE);
        }
        if (scopes.contains(OidcScopes.PROFILE)) {
            claims.put("given_name", user.firstname());
            claims.put("family_name", user.lastname());
            claims.put("name", (user.firstname() + " " + user.lastname()).trim());
            claims.put("preferred_username", user.email());
        }
        return claims;
    }
}
