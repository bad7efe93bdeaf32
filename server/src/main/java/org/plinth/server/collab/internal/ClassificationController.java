package org.plinth.server.collab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.internal.ClassificationRepository.ClassificationView;
import org.plinth.server.collab.internal.CollabRequests.ClassificationRequest;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * BIMData project classifications (CollaborationApi): readable by every member (and project
 * access tokens with {@code ifc:read}), written by project users and admins.
 */
@RestController
@Tag(name = "CollaborationApi")
@RequestMapping("/cloud/{cloud_pk}/project/{project_pk}/classification")
class ClassificationController {

    private final ClassificationRepository classifications;
    private final ProjectAccessCheck access;
    private final ProjectActivity activity;

    ClassificationController(ClassificationRepository classifications, ProjectAccessCheck access,
            ProjectActivity activity) {
        this.classifications = classifications;
        this.access = access;
        this.activity = activity;
    }

    @GetMapping
    @Operation(operationId = "getClassifications", summary = "Retrieve the project's classifications")
    @RequiresScope({ Scopes.IFC_READ, Scopes.MODEL_READ })
    @Transactional(readOnly = true)
    public List<ClassificationView> getClassifications(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId) {
        access.require(caller, cloudId, projectId, Scopes.IFC_READ, AccessPolicy.ROLE_GUEST);
        return classifications.ofProject(projectId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createClassification", summary = "Create one or more classifications")
    @RequiresScope({ Scopes.IFC_WRITE, Scopes.MODEL_WRITE })
    @Transactional
    public List<ClassificationView> createClassification(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @RequestBody @NotEmpty @Size(max = 1000) List<@Valid ClassificationRequest> requests) {
        access.require(caller, cloudId, projectId, Scopes.IFC_WRITE, AccessPolicy.ROLE_USER);
        List<ClassificationView> created = new ArrayList<>(requests.size());
        for (ClassificationRequest request : requests) {
            long id = classifications.insert(projectId, request.name(), request.notation(), request.title());
            created.add(new ClassificationView(id, request.name(), request.notation(), request.title()));
        }
        activity.record(projectId, caller, "classification.create", Map.of("count", created.size()));
        return created;
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClassification", summary = "Retrieve a classification")
    @RequiresScope({ Scopes.IFC_READ, Scopes.MODEL_READ })
    @Transactional(readOnly = true)
    public ClassificationView getClassification(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId, @PathVariable long id) {
        access.require(caller, cloudId, projectId, Scopes.IFC_READ, AccessPolicy.ROLE_GUEST);
        return require(projectId, id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateClassification", summary = "Update some fields of a classification")
    @RequiresScope({ Scopes.IFC_WRITE, Scopes.MODEL_WRITE })
    @Transactional
    public ClassificationView updateClassification(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId, @PathVariable long id,
            @Valid @RequestBody ClassificationRequest patch) {
        access.require(caller, cloudId, projectId, Scopes.IFC_WRITE, AccessPolicy.ROLE_USER);
        ClassificationView current = require(projectId, id);
        ClassificationView updated = new ClassificationView(id,
                patch.name() == null ? current.name() : patch.name(),
                patch.notation() == null ? current.notation() : patch.notation(),
                patch.title() == null ? current.title() : patch.title());
        classifications.update(updated);
        activity.record(projectId, caller, "classification.update", Map.of("classification_id", id));
        return updated;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteClassification", summary = "Delete a classification")
    @RequiresScope({ Scopes.IFC_WRITE, Scopes.MODEL_WRITE })
    @Transactional
    public void deleteClassification(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        access.require(caller, cloudId, projectId, Scopes.IFC_WRITE, AccessPolicy.ROLE_USER);
        require(projectId, id);
        classifications.delete(id);
        activity.record(projectId, caller, "classification.delete", Map.of("classification_id", id));
    }

    private ClassificationView require(long projectId, long id) {
        return classifications.find(projectId, id)
                .orElseThrow(() -> new NotFoundException("No classification " + id + " in project " + projectId + "."));
    }
}
