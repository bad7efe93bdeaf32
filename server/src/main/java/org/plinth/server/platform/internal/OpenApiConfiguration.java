package org.plinth.server.platform.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.plinth.server.platform.PlinthProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}. BIMData operations keep BIMData's operationIds
 * (checked by the compatibility test); security schemes are added by the auth feature.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI plinthOpenApi(PlinthProperties properties) {
        return new OpenAPI()
                .info(new Info()
                        .title("Plinth API")
                        .version("v1")
                        .description("""
                                Open, self-hostable BIM data platform. Operations tagged CollaborationApi, ModelApi, \
                                BcfApi, WebhookApi follow the BIMData API (same paths, operationIds and JSON); \
                                the Admin and Personal access tokens tags are Plinth's own. \
                                Authenticate with 'Authorization: Bearer <token>' (OIDC access token, \
                                personal access token or client-credentials token).""")
                        .license(new License().name("See the repository")))
                .addServersItem(new Server().url(properties.publicUrl()));
    }

    /**
     * springdoc derives schemas with its own (Jackson 2) mapper, which does not see our Jackson 3
     * SNAKE_CASE setting; rename the properties here so the document matches the JSON on the wire.
     */
    @Bean
    GlobalOpenApiCustomizer snakeCaseSchemas() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                renameProperties(schema);
            }
        };
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void renameProperties(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            renamed.put(ProblemDetailsAdvice.snakeCase(property.getKey()), property.getValue());
        }
        schema.setProperties(renamed);
        if (schema.getRequired() != null) {
            List<String> required = new ArrayList<>();
            for (String name : schema.getRequired()) {
                required.add(ProblemDetailsAdvice.snakeCase(name));
            }
            schema.setRequired(required);
        }
    }
}
