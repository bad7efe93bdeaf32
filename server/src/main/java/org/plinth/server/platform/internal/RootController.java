package org.plinth.server.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.plinth.server.platform.PlinthProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: where things are, for a person who opens the server's URL. */
@RestController
@Hidden
class RootController {

    private final PlinthProperties properties;

    RootController(PlinthProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    Map<String, String> root() {
        String base = properties.publicUrl();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("name", "Plinth");
        links.put("api_docs", base + "/swagger-ui.html");
        links.put("openapi", base + "/v3/api-docs");
        links.put("openid_configuration", base + "/.well-known/openid-configuration");
        links.put("health", base + "/actuator/health");
        return links;
    }
}
