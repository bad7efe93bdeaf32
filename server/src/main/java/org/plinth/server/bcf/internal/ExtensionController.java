package org.plinth.server.bcf.internal;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** BIMData's extension routes (not standard BCF-API): one create/update/delete triple per vocabulary. */
@RestController
@Tag(name = "BcfApi")
class ExtensionController {

    private static final String BASE = "/bcf/2.1/projects/{projects_pk}/extension";

    private final ExtensionService extensions;

    ExtensionController(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @PostMapping(BASE + "/label")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExtensionLabel", summary = "Create a BcfLabel available for the project")
    Map<String, @Nullable Object> createExtensionLabel(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.create(caller, projectId, ExtensionKind.LABEL, body);
    }

    @PatchMapping(BASE + "/label/{id}")
    @Operation(operationId = "updateExtensionLabel", summary = "Update a BcfLabel; topics using it are updated")
    Map<String, @Nullable Object> updateExtensionLabel(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.update(caller, projectId, ExtensionKind.LABEL, id, body);
    }

    @DeleteMapping(BASE + "/label/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteExtensionLabel", summary = "Delete a BcfLabel; topics using it keep their value")
    void deleteExtensionLabel(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable long id) {
        extensions.delete(caller, projectId, ExtensionKind.LABEL, id);
    }

    @PostMapping(BASE + "/priority")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExtensionPriority", summary = "Create a Priority available for the project")
    Map<String, @Nullable Object> createExtensionPriority(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.create(caller, projectId, ExtensionKind.PRIORITY, body);
    }

    @PatchMapping(BASE + "/priority/{id}")
    @Operation(operationId = "updateExtensionPriority", summary = "Update a Priority; topics using it are updated")
    Map<String, @Nullable Object> updateExtensionPriority(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.update(caller, projectId, ExtensionKind.PRIORITY, id, body);
    }

    @DeleteMapping(BASE + "/priority/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteExtensionPriority", summary = "Delete a Priority; topics using it keep their value")
    void deleteExtensionPriority(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable long id) {
        extensions.delete(caller, projectId, ExtensionKind.PRIORITY, id);
    }

    @PostMapping(BASE + "/stage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExtensionStage", summary = "Create a Stage available for the project")
    Map<String, @Nullable Object> createExtensionStage(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.create(caller, projectId, ExtensionKind.STAGE, body);
    }

    @PatchMapping(BASE + "/stage/{id}")
    @Operation(operationId = "updateExtensionStage", summary = "Update a Stage; topics using it are updated")
    Map<String, @Nullable Object> updateExtensionStage(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.update(caller, projectId, ExtensionKind.STAGE, id, body);
    }

    @DeleteMapping(BASE + "/stage/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteExtensionStage", summary = "Delete a Stage; topics using it keep their value")
    void deleteExtensionStage(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable long id) {
        extensions.delete(caller, projectId, ExtensionKind.STAGE, id);
    }

    @PostMapping(BASE + "/status")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExtensionStatus", summary = "Create a TopicStatus available for the project")
    Map<String, @Nullable Object> createExtensionStatus(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.create(caller, projectId, ExtensionKind.STATUS, body);
    }

    @PatchMapping(BASE + "/status/{id}")
    @Operation(operationId = "updateExtensionStatus", summary = "Update a TopicStatus; topics using it are updated")
    Map<String, @Nullable Object> updateExtensionStatus(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.update(caller, projectId, ExtensionKind.STATUS, id, body);
    }

    @DeleteMapping(BASE + "/status/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteExtensionStatus", summary = "Delete a TopicStatus; topics using it keep their value")
    void deleteExtensionStatus(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable long id) {
        extensions.delete(caller, projectId, ExtensionKind.STATUS, id);
    }

    @PostMapping(BASE + "/type")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExtensionType", summary = "Create a TopicType available for the project")
    Map<String, @Nullable Object> createExtensionType(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.create(caller, projectId, ExtensionKind.TYPE, body);
    }

    @PatchMapping(BASE + "/type/{id}")
    @Operation(operationId = "updateExtensionType", summary = "Update a TopicType; topics using it are updated")
    Map<String, @Nullable Object> updateExtensionType(@AuthenticationPrincipal Caller caller,
            @PathVariable("projects_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        return extensions.update(caller, projectId, ExtensionKind.TYPE, id, body);
    }

    @DeleteMapping(BASE + "/type/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteExtensionType", summary = "Delete a TopicType; topics using it keep their value")
    void deleteExtensionType(@AuthenticationPrincipal Caller caller, @PathVariable("projects_pk") long projectId,
            @PathVariable long id) {
        extensions.delete(caller, projectId, ExtensionKind.TYPE, id);
    }
}
