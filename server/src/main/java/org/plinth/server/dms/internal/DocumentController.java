package org.plinth.server.dms.internal;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.dms.internal.DmsViews.DocumentView;
import org.plinth.server.dms.internal.DmsViews.FolderView;
import org.plinth.server.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BIMData documents and folders (CollaborationApi, DMS part). */
@RestController
@Tag(name = "CollaborationApi")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    /** BIMData {@code FolderWithoutChildrenRequest}. */
    record FolderRequest(@NotNull String name, @Nullable Long parentId, @Nullable Integer defaultPermission,
            @Nullable Boolean propagate) {
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/document")
    @Operation(operationId = "getDocuments", summary = "Retrieve the head versions of the project's documents")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<DocumentView> getDocuments(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return documents.list(caller, cloudId, projectId);
    }

    @PostMapping(path = "/cloud/{cloud_pk}/project/{project_pk}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createDocument",
            summary = "Upload a document (multipart: file, name, parent_id, description, file_name)",
            description = "The file streams to storage (never held in memory); a document with the same name in "
                    + "the same folder gets a new version. 413 above the configured maximum size.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))))
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    DocumentView createDocument(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, HttpServletRequest request) throws IOException {
        return documents.upload(caller, cloudId, projectId, request);
    }

    /** The multipart form, for the OpenAPI document only (the body is read as a stream). */
    record UploadForm(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, @Nullable Long parentId,
            @Nullable String fileName, @Nullable String description) {
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{id}")
    @Operation(operationId = "getDocument", summary = "Retrieve a document; `file` is a signed, expiring download link")
    @RequiresScope(Scopes.DOCUMENT_READ)
    DocumentView getDocument(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        return documents.get(caller, cloudId, projectId, id);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDocument", summary = "Delete a document, its versions and their files")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void deleteDocument(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        documents.delete(caller, cloudId, projectId, id);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/folder")
    @Operation(operationId = "getFolders", summary = "Retrieve every folder of the project the caller may see")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<FolderView> getFolders(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return documents.folders(caller, cloudId, projectId);
    }

    @PostMapping("/cloud/{cloud_pk}/project/{project_pk}/folder")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createFolder", summary = "Create a folder (in the root folder when parent_id is null)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    FolderView createFolder(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @Valid @RequestBody FolderRequest request) {
        return documents.createFolder(caller, cloudId, projectId, request.name(), request.parentId(),
                request.defaultPermission());
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/folder/{id}")
    @Operation(operationId = "getFolder", summary = "Retrieve a folder")
    @RequiresScope(Scopes.DOCUMENT_READ)
    FolderView getFolder(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        return documents.folder(caller, cloudId, projectId, id);
    }

    @PatchMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{id}")
    @Operation(operationId = "updateDocument", summary = "Update name, file name, description or folder of a document (all its versions)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    DocumentView updateDocument(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @RequestBody DocumentService.DocumentPatch patch) {
        return documents.update(caller, cloudId, projectId, id, patch);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/document/bulk_destroy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "bulkDeleteDocuments", summary = "Delete several documents (a JSON array of ids), all or none")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void bulkDeleteDocuments(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @RequestBody List<Long> ids) {
        documents.deleteMany(caller, cloudId, projectId, ids);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{document_pk}/history")
    @Operation(operationId = "getDocumentHistories", summary = "Retrieve every version of a document, newest first")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<DocumentView> getDocumentHistories(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("document_pk") long documentId) {
        return documents.history(caller, cloudId, projectId, documentId);
    }

    @PostMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{document_pk}/history/{id}/head-version")
    @Operation(operationId = "makeHeadVersionDocumentHistory", summary = "Make a version the head of its document")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    DocumentView makeHeadVersionDocumentHistory(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId,
            @PathVariable("document_pk") long documentId, @PathVariable long id) {
        return documents.makeHead(caller, cloudId, projectId, documentId, id);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/document/{document_pk}/history/delete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAllDocumentHistory", summary = "Delete a document with all its versions and files")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void deleteAllDocumentHistory(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("document_pk") long documentId) {
        documents.delete(caller, cloudId, projectId, documentId);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{project_pk}/folder/{folder_pk}/document")
    @Operation(operationId = "getFolderDocuments", summary = "Retrieve the head versions of the documents of a folder")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<DocumentView> getFolderDocuments(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable("folder_pk") long folderId) {
        return documents.folderDocuments(caller, cloudId, projectId, folderId);
    }

    @PatchMapping("/cloud/{cloud_pk}/project/{project_pk}/folder/{id}")
    @Operation(operationId = "updateFolder", summary = "Rename or move a folder; only project admins change default_permission")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    FolderView updateFolder(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @RequestBody DocumentService.FolderPatch patch) {
        return documents.updateFolder(caller, cloudId, projectId, id, patch);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/folder/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteFolder", summary = "Delete a folder with its subfolders and documents (the root folder: only its content)")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void deleteFolder(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        documents.deleteFolder(caller, cloudId, projectId, id);
    }

    @DeleteMapping("/cloud/{cloud_pk}/project/{project_pk}/folder/bulk_destroy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "bulkDeleteFolders", summary = "Delete several folders (a JSON array of ids), all or none")
    @RequiresScope(Scopes.DOCUMENT_WRITE)
    void bulkDeleteFolders(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @RequestBody List<Long> ids) {
        documents.deleteFolders(caller, cloudId, projectId, ids);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}/folder-tree")
    @Operation(operationId = "getProjectFolderTree", summary = "Retrieve the project's folders as a tree")
    @RequiresScope(Scopes.DOCUMENT_READ)
    List<DmsViews.FolderTreeView> getProjectFolderTree(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("id") long projectId) {
        return documents.folderTree(caller, cloudId, projectId);
    }

    @GetMapping("/cloud/{cloud_pk}/project/{id}/dms-tree")
    @Operation(operationId = "getProjectDMSTree", summary = "Retrieve the root folder with every folder and document below it")
    @RequiresScope(Scopes.DOCUMENT_READ)
    DmsViews.TreeNodeView getProjectDMSTree(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("id") long projectId,
            @org.springframework.web.bind.annotation.RequestParam(name = "without_urls", defaultValue = "false")
            boolean withoutUrls) {
        return documents.dmsTree(caller, cloudId, projectId, !withoutUrls);
    }
}
