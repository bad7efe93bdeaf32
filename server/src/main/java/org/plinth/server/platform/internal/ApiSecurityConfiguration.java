package org.plinth.server.platform.internal;

import org.plinth.server.platform.Caller;
import org.plinth.server.platform.SecurityChainOrder;
import org.plinth.server.platform.TokenAuthenticator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's filter chain: stateless, bearer tokens only (every {@link TokenAuthenticator} bean),
 * problem+json for 401/403. Fine-grained checks (scope x role) happen in the handlers through the
 * auth feature's permission check; here only "signed in" and "platform admin for /admin".
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/", "/error", "/favicon.ico",
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
        // BCF-API discovery: a client reads these before it has a token.
        "/bcf/versions", "/bcf/2.1/auth",
    };

    @Bean
    @Order(SecurityChainOrder.API)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<TokenAuthenticator> authenticators,
            ProblemWriter problems) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasAuthority(Caller.PLATFORM_ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(authenticators.orderedStream().toList(), entryPoint), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(entryPoint));
        return http.build();
    }
}
