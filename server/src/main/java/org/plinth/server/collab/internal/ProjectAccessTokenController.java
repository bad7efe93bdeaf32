package org.plinth.server.collab.internal;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.internal.CollabRequests.ProjectAccessTokenRequest;
import org.plinth.server.collab.internal.ProjectAccessTokenRepository.TokenRow;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData project access tokens (CollaborationApi), managed by project admins. */
@RestController
@Tag(name = "CollaborationApi")
@RequestMapping("/cloud/{cloud_pk}/project/{project_pk}/access-token")
class ProjectAccessTokenController {

    /** The scopes a project access token may carry (BIMData's ProjectAccessTokenScopesEnum). */
    static final Set<String> TOKEN_SCOPES = Set.of(Scopes.BCF_READ, Scopes.BCF_WRITE, Scopes.DOCUMENT_READ,
            Scopes.DOCUMENT_WRITE, Scopes.IFC_READ, Scopes.IFC_WRITE, Scopes.MODEL_READ, Scopes.MODEL_WRITE);

    /** Without {@code expires_at} a token lives 30 days (BIMData's default lifetime is limited too). */
    static final int DEFAULT_DAYS = 30;

    /** BIMData {@code ProjectAccessToken}. */
    record ProjectAccessTokenView(String token, List<String> scopes, OffsetDateTime expiresAt,
            @Nullable String emailImpersonation) {

        static ProjectAccessTokenView of(TokenRow row) {
            return new ProjectAccessTokenView(row.token(), row.scopes(), row.expiresAt(), row.emailImpersonation());
        }
    }

    private final ProjectAccessTokenRepository tokens;
    private final ProjectAccessCheck access;
    private final ProjectActivity activity;
    private final SecureRandom random = new SecureRandom();

    ProjectAccessTokenController(ProjectAccessTokenRepository tokens, ProjectAccessCheck access,
            ProjectActivity activity) {
        this.tokens = tokens;
        this.access = access;
        this.activity = activity;
    }

    @GetMapping
    @Operation(operationId = "getProjectAccessTokens", summary = "Retrieve the project's access tokens")
    @RequiresScope(Scopes.ORG_MANAGE)
    @Transactional(readOnly = true)
    public List<ProjectAccessTokenView> getProjectAccessTokens(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<ProjectAccessTokenView> views = new ArrayList<>();
        for (TokenRow row : tokens.ofProject(projectId)) {
            views.add(ProjectAccessTokenView.of(row));
        }
        return views;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProjectAccessToken", summary = "Create a token that works on this project only")
    @RequiresScope(Scopes.ORG_MANAGE)
    @Transactional
    public ProjectAccessTokenView createProjectAccessToken(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @Valid @RequestBody ProjectAccessTokenRequest request) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<String> scopes = new ArrayList<>();
        for (String scope : request.scopes()) {
            if (!TOKEN_SCOPES.contains(scope)) {
                throw new InvalidRequestException("scopes", "Unknown project token scope " + scope + "; allowed: "
                        + String.join(", ", TOKEN_SCOPES.stream().sorted().toList()) + ".");
            }
            if (!scopes.contains(scope)) {
                scopes.add(scope);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expiresAt = request.expiresAt() == null ? now.plusDays(DEFAULT_DAYS) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw new InvalidRequestException("expires_at", "must be in the future.");
        }
        byte[] secret = new byte[ProjectAccessTokenAuthenticator.LENGTH / 2];
        random.nextBytes(secret);
        TokenRow row = new TokenRow(HexFormat.of().formatHex(secret), projectId, scopes, expiresAt,
                request.emailImpersonation());
        tokens.insert(row, caller.userId());
        activity.record(projectId, caller, "access_token.create", Map.of("scopes", scopes));
        return ProjectAccessTokenView.of(row);
    }

    @GetMapping("/{token}")
    @Operation(operationId = "getProjectAccessToken", summary = "Retrieve an access token of the project")
    @RequiresScope(Scopes.ORG_MANAGE)
    @Transactional(readOnly = true)
    public ProjectAccessTokenView getProjectAccessToken(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @PathVariable String token) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        return ProjectAccessTokenView.of(tokens.find(token).filter(row -> row.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("No such access token in project " + projectId + ".")));
    }

    @DeleteMapping("/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProjectAccessToken", summary = "Delete an access token: it stops working at once")
    @RequiresScope(Scopes.ORG_MANAGE)
    @Transactional
    public void deleteProjectAccessToken(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @PathVariable String token) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        if (!tokens.delete(projectId, token)) {
            throw new NotFoundException("No such access token in project " + projectId + ".");
        }
        activity.record(projectId, caller, "access_token.delete", Map.of());
    }
}
