package org.plinth.server.auth.internal;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.platform.PlinthProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Security in the OpenAPI document: bearer tokens, and OAuth2 (authorization code with PKCE for
 * the Swagger UI's "Authorize" button, client credentials for apps) against our own provider.
 * Each operation states its required scopes, read from {@link RequiresScope}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurityConfiguration {

    static final String BEARER = "Bearer";
    static final String OAUTH2 = "OAuth2";

    @Bean
    GlobalOpenApiCustomizer securitySchemes(PlinthProperties properties) {
        return openApi -> {
            Scopes scopes = new Scopes();
            for (String scope : org.plinth.server.auth.Scopes.OIDC) {
                scopes.addString(scope, "OpenID Connect");
            }
            for (String scope : org.plinth.server.auth.Scopes.ALL) {
                scopes.addString(scope, scope);
            }
            String base = properties.publicUrl();
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(BEARER, new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description("OIDC access token, personal access token (plt_...) or client-credentials token"))
                    .addSecuritySchemes(OAUTH2, new SecurityScheme()
                            .type(SecurityScheme.Type.OAUTH2)
                            .flows(new OAuthFlows()
                                    .authorizationCode(new OAuthFlow()
                                            .authorizationUrl(base + "/oauth2/authorize")
                                            .tokenUrl(base + "/oauth2/token")
                                            .refreshUrl(base + "/oauth2/token")
                                            .scopes(scopes))
                                    .clientCredentials(new OAuthFlow()
                                            .tokenUrl(base + "/oauth2/token")
                                            .scopes(scopes))));
        };
    }

    @Bean
    OperationCustomizer scopeRequirements() {
        return (operation, handler) -> {
            RequiresScope required = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresScope.class);
            if (required == null) {
                required = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresScope.class);
            }
            if (required == null) {
                return operation;
            }
            List<String> scopes = List.of(required.value());
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            operation.addSecurityItem(new SecurityRequirement().addList(OAUTH2, scopes));
            String sentence = "Required scopes: " + String.join(", ", scopes)
                    + (required.userOnly() ? " (users only, not application tokens)" : "");
            operation.setDescription(operation.getDescription() == null ? sentence
                    : operation.getDescription() + "\n\n" + sentence);
            return operation;
        };
    }
}
