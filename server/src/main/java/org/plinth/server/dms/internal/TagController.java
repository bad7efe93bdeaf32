package org.plinth.server.dms.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.dms.internal.DmsViews.DocumentView;
import org.plinth.server.dms.internal.DmsViews.TagView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData project tags and tags on documents. Tag names are unique in a project (409 otherwise). */
@RestController
@Tag(name = "CollaborationApi")
class TagController {

    private static final int MAX_TAG_NAME = 256;

    private final TagRepository tags;
    private final DocumentService documents;
    private final ProjectAccess access;
    private final ProjectActivity activity;
    private final TransactionTemplate transactions;

    TagController(TagRepository tags, DocumentService documents, ProjectAccess access, ProjectActivity activity,
            TransactionTemplate transactions) {
        this.tags = tags;
        this.documents = documents;
        this.access = access;
        this.activity = activity;
        this.transactions = transactions;
    }

    /** BIMData {@code TagRequest} / {@code PatchedTagRequest}. */
    record TagRequest(@Nullable @Size(max = MAX_TAG_NAME) String name, @Nullable @Size(max = 64) String color) {
    }

    /** BIMData {@code TagIdRequest}. */
    record TagIdRequest(@NotNull Long tagId) {
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/tag")
    @Operation(operationId = "getTags", summary = "Retrieve the tags of a project")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<TagView> getTags(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return tags.tags(projectId);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/tag/{id}")
    @Operation(operationId = "getTag", summary = "Retrieve a tag")
    @RequiresScope(Scopes.DOCUMENT_READ)
    TagView getTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return tags.tag(projectId, id).orElseThrow(() -> new NotFoundException("No tag " + id + " in this project."));
    }

    @PostMapping("/cloud/{cloud_pk}/project/{project_pk}/tag")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTag", summary = "Create a tag (name unique in the project)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    TagView createTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @Valid @RequestBody TagRequest request) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        String name = tagName(request.name());
        return transactions.execute(status -> {
            long id = tags.insert(projectId, name, request.color());
            activity.record(projectId, caller, "tag.create", Map.of("id", id, "name", name));
            return tags.tag(projectId, id).orElseThrow();
        });
    }

    @PatchMapping("/cloud/{cloud_pk}/project/{project_pk}/tag/{id}")
    @Operation(operationId = "updateTag", summary = "Rename or recolour a tag")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    TagView updateTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id, @Valid @RequestBody TagRequest request) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        return transactions.execute(status -> {
            TagView current = tags.tag(projectId, id).orElseThrow(() -> new NotFoundException("No tag " + id + " in this project."));
            String name = request.name() == null ? current.name() : tagName(request.name());
            String color = request.color() == null ? current.color() : request.color();
            tags.update(projectId, id, name, color);
            activity.record(projectId, caller, "tag.update", Map.of("id", id, "name", name));
            return tags.tag(projectId, id).orElseThrow();
        });
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/tag/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTag", summary = "Delete a tag (documents lose it)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void deleteTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> {
            if (tags.delete(projectId, id) == 0) {
                throw new NotFoundException("No tag " + id + " in this project.");
            }
            activity.record(projectId, caller, "tag.delete", Map.of("id", id));
        });
    }

    @PostMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{document_pk}/tag")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addDocumentTag", summary = "Tag a document (all its versions)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    DocumentView addDocumentTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("document_pk") long documentId,
            @Valid @RequestBody TagIdRequest request) {
        return documents.addTag(caller, cloudId, projectId, documentId, request.tagId());
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{document_pk}/tag/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDocumentTag", summary = "Remove a tag from a document")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void deleteDocumentTag(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("document_pk") long documentId,
            @PathVariable long id) {
        documents.removeTag(caller, cloudId, projectId, documentId, id);
    }

    private static String tagName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "Must not be blank.");
        }
        return name.strip();
    }
}
