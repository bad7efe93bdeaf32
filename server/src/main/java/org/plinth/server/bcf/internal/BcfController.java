package org.plinth.server.bcf.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.bcf.internal.BcfViews.AuthView;
import org.plinth.server.bcf.internal.BcfViews.BcfProjectView;
import org.plinth.server.bcf.internal.BcfViews.DetailedExtensionsView;
import org.plinth.server.bcf.internal.BcfViews.ExtensionsView;
import org.plinth.server.bcf.internal.BcfViews.SelfBcfUserView;
import org.plinth.server.bcf.internal.BcfViews.VersionView;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.PlinthProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** BCF-API 2.1 discovery (versions, auth, current user), BCF projects and extensions (BcfApi). */
@RestController
@Tag(name = "BcfApi")
class BcfController {

    /** BCF-API 2.1 release the routes follow. */
    static final String DETAILED_VERSION = "https://github.com/buildingSMART/BCF-API/tree/release_2_1";

    private final BcfProjectService projects;
    private final BcfProjects directory;
    private final PlinthProperties properties;

    BcfController(BcfProjectService projects, BcfProjects directory, PlinthProperties properties) {
        this.projects = projects;
        this.directory = directory;
        this.properties = properties;
    }

    @GetMapping("/bcf/versions")
    @Operation(operationId = "getVersions", summary = "Retrieve all supported BCF versions by this API")
    List<VersionView> getVersions() {
        return List.of(new VersionView("2.1", DETAILED_VERSION));
    }

    @GetMapping("/bcf/2.1/auth")
    @Operation(operationId = "getAuth", summary = "Retrieve Authentication Information")
    List<AuthView> getAuth() {
        String base = properties.publicUrl();
        return List.of(new AuthView(base + "/oauth2/authorize", base + "/oauth2/token", false,
                List.of("authorization_code_grant", "client_credentials_grant")));
    }

    @GetMapping("/bcf/2.1/current-user")
    @Operation(operationId = "getUser", summary = "Get current user info")
    @RequiresScope(Scopes.BCF_READ)
    SelfBcfUserView getUser(@AuthenticationPrincipal Caller caller) {
        boolean projectToken = ProjectAccess.tokenProjectId(caller) >= 0;
        Long userId = caller.userId();
        if (!caller.isUser() || userId == null || projectToken) {
            // BIMData: an application is {id: null, name: null, is_client: true}.
            return new SelfBcfUserView(null, null, null, !projectToken, projectToken);
        }
        BcfProjects.Person person = directory.person(userId).orElseThrow(
                () -> new IllegalStateException("signed-in user " + userId + " has no account row"));
        return new SelfBcfUserView(person.email(), person.name(), person.email(), false, false);
    }

    @GetMapping("/bcf/2.1/projects")
    @Operation(operationId = "getBcfProjects", summary = "Retrieve all BCF projects")
    List<BcfProjectView> getBcfProjects(@AuthenticationPrincipal Caller caller) {
        return projects.list(caller);
    }

    @GetMapping("/bcf/2.1/projects/{id}")
    @Operation(operationId = "getBcfProject", summary = "Retrieve a BCF project")
    BcfProjectView getBcfProject(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.get(caller, id);
    }

    @PatchMapping("/bcf/2.1/projects/{id}")
    @Operation(operationId = "updateBcfProject", summary = "Update some fields of a BCF project")
    BcfProjectView updateBcfProject(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return projects.update(caller, id, body, false);
    }

    @PutMapping("/bcf/2.1/projects/{id}")
    @Operation(operationId = "fullUpdateBcfProject", summary = "Update all fields of a BCF project")
    BcfProjectView fullUpdateBcfProject(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody JsonNode body) {
        return projects.update(caller, id, body, true);
    }

    @GetMapping("/bcf/2.1/projects/{id}/extensions")
    @Operation(operationId = "getExtensions", summary = "Retrieve project extensions")
    ExtensionsView getExtensions(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.extensions(caller, id);
    }

    @GetMapping("/bcf/2.1/projects/{id}/detailed-extensions")
    @Operation(operationId = "getDetailedExtensions", summary = "Retrieve project detailed extensions")
    DetailedExtensionsView getDetailedExtensions(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.detailedExtensions(caller, id);
    }
}
