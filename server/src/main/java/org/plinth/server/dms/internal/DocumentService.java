package org.plinth.server.dms.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.ProjectDeleted;
import org.plinth.server.dms.DocumentUploaded;
import org.plinth.server.dms.internal.DmsRows.Creator;
import org.plinth.server.dms.internal.DmsRows.DocumentRow;
import org.plinth.server.dms.internal.DmsRows.FolderRow;
import org.plinth.server.dms.internal.DmsViews.DocumentView;
import org.plinth.server.dms.internal.DmsViews.FolderTreeView;
import org.plinth.server.dms.internal.DmsViews.FolderView;
import org.plinth.server.dms.internal.DmsViews.TreeNodeView;
import org.plinth.server.dms.internal.DmsViews.ShortUserView;
import org.plinth.server.dms.internal.DmsViews.TagView;
import org.plinth.server.dms.internal.DmsViews.UserView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ForbiddenException;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.storage.DownloadLinks;
import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.MalformedMultipartException;
import org.plinth.server.storage.MultipartReader;
import org.plinth.server.storage.StoredObject;
import org.plinth.server.storage.UploadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folders and documents of a project. An upload streams from the request through {@link
 * MultipartReader} into the {@link FileStore} outside any database transaction (minutes of upload
 * hold no connection), then one short transaction records the version; if anything fails after
 * the bytes are stored, they are deleted again, so a failed upload leaves no row and no file.
 * Files of deleted documents and projects are deleted after the deleting transaction commits.
 */
@Service
class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    static final int PERMISSION_NONE = 1;
    static final int PERMISSION_READ = 50;
    static final int PERMISSION_WRITE = 100;
    static final int MAX_NAME_LENGTH = 512;
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_PARTS = 32;
    /** Room for the form fields and part headers around the file in a declared Content-Length. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    private static final String FOLDER_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('dms.folder:' || :folder, 0))";

    private final DmsRepository repository;
    private final TagRepository tags;
    private final FileStore store;
    private final DownloadLinks links;
    private final ProjectAccess access;
    private final ProjectActivity activity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final long maxUploadBytes;

    DocumentService(DmsRepository repository, TagRepository tags, FileStore store, DownloadLinks links, ProjectAccess access,
            ProjectActivity activity, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcClient jdbc, PlinthProperties properties) {
        this.repository = repository;
        this.tags = tags;
        this.store = store;
        this.links = links;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.maxUploadBytes = properties.files().maxUploadSize().toBytes();
    }

    // ---- documents ----------------------------------------------------------------------------

    DocumentView upload(Caller caller, long cloudId, long projectId, HttpServletRequest request) throws IOException {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        if (request.getContentLengthLong() > maxUploadBytes + FORM_OVERHEAD) {
            throw new UploadTooLargeException(maxUploadBytes);
        }
        String boundary = MultipartReader.boundaryOf(request.getContentType())
                .orElseThrow(() -> new MalformedMultipartException("the Content-Type has no boundary"));
        MultipartReader reader = new MultipartReader(request.getInputStream(), boundary);
        Map<String, String> fields = new HashMap<>();
        StoredObject stored = null;
        try {
            String uploadedName = "";
            ContentSniffer.Sniffed sniffed = null;
            int parts = 0;
            for (MultipartReader.Part part; (part = reader.next()) != null; ) {
                if (++parts > MAX_PARTS) {
                    throw new InvalidRequestException("non_field_errors", "At most " + MAX_PARTS + " form fields.");
                }
                if (part.name().equals("file")) {
                    if (stored != null) {
                        throw new InvalidRequestException("file", "Only one file per request.");
                    }
                    HeadCapturingInputStream content = new HeadCapturingInputStream(part.content(), ContentSniffer.HEAD_BYTES);
                    stored = store.put(content, maxUploadBytes);
                    uploadedName = part.fileName() == null ? "" : part.fileName();
                    sniffed = ContentSniffer.sniff(content.head(), content.captured());
                } else if (!part.isFile()) {
                    fields.put(part.name(), part.text(MAX_FIELD_BYTES));
                }
            }
            if (stored == null || sniffed == null) {
                throw new InvalidRequestException("file", "No file was submitted (multipart part 'file').");
            }
            if (stored.size() == 0) {
                throw new InvalidRequestException("file", "The submitted file is empty.");
            }
            String name = validName("name", fields.getOrDefault("name", uploadedName));
            String fileName = validName("file_name", fields.getOrDefault("file_name", uploadedName.isEmpty() ? name : uploadedName));
            Long parentId = optionalId("parent_id", fields.get("parent_id"));
            String description = fields.get("description");
            StoredObject object = stored;
            ContentSniffer.Sniffed type = sniffed;
            return transactions.execute(status -> record(caller, cloudId, projectId, role, parentId, name, fileName,
                    description, object, type));
        } catch (IOException | RuntimeException | Error e) {
            if (stored != null) {
                deleteQuietly(List.of(stored.key()));
            }
            throw e;
        }
    }

    private DocumentView record(Caller caller, long cloudId, long projectId, int role, @Nullable Long parentId,
            String name, String fileName, @Nullable String description, StoredObject object,
            ContentSniffer.Sniffed type) {
        long rootId = repository.ensureRoot(projectId);
        long folderId = parentId == null ? rootId : parentId;
        FolderRow folder = repository.folder(projectId, folderId)
                .filter(f -> permission(role, f) > PERMISSION_NONE)
                .orElseThrow(() -> new InvalidRequestException("parent_id",
                        "Folder " + folderId + " does not exist in this project."));
        if (permission(role, folder) < PERMISSION_WRITE) {
            throw new ForbiddenException("Folder " + folderId + " is read-only for you.");
        }
        jdbc.sql(FOLDER_LOCK).param("folder", folderId).query().singleRow();
        Long previousHead = repository.headByName(folderId, name).orElse(null);
        Long creator = caller.isUser() ? caller.userId() : null;
        long id = repository.insertDocument(projectId, folderId, name, fileName, description, object.key(),
                object.size(), object.sha256(), type.fileType(), type.modelType(), creator);
        if (previousHead != null) {
            repository.attachVersions(previousHead, id);
            tags.moveToNewHead(previousHead, id);
        }
        Map<String, Object> logged = new LinkedHashMap<>();
        logged.put("id", id);
        logged.put("name", name);
        logged.put("size", object.size());
        if (previousHead != null) {
            logged.put("previous_version_id", previousHead);
        }
        activity.record(projectId, caller, previousHead == null ? "document.create" : "document.version", logged);
        if (type.modelType() != null) {
            events.publishEvent(new DocumentUploaded(cloudId, projectId, id, object.key(), object.size(),
                    object.sha256(), fileName, type.modelType(), creator));
        }
        return view(repository.document(projectId, id).orElseThrow(), role, repository.folders(projectId));
    }

    List<DocumentView> list(Caller caller, long cloudId, long projectId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            repository.ensureRoot(projectId);
            List<FolderRow> folders = repository.folders(projectId);
            Map<Long, FolderRow> byId = byId(folders);
            Map<Long, List<TagView>> tagMap = tags.byDocument(projectId);
            List<DocumentView> views = new ArrayList<>();
            for (DocumentRow row : repository.headDocuments(projectId)) {
                FolderRow folder = byId.get(row.folderId());
                if (folder != null && permission(role, folder) > PERMISSION_NONE) {
                    views.add(view(row, role, folders, tagMap));
                }
            }
            return views;
        });
    }

    DocumentView get(Caller caller, long cloudId, long projectId, long id) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow row = visibleDocument(projectId, id, role, folders);
            return view(row, role, folders);
        });
    }

    void delete(Caller caller, long cloudId, long projectId, long id) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow row = visibleDocument(projectId, id, role, folders);
            FolderRow folder = byId(folders).get(row.folderId());
            if (folder == null || permission(role, folder) < PERMISSION_WRITE) {
                throw new ForbiddenException("Folder " + row.folderId() + " is read-only for you.");
            }
            List<String> keys = repository.versionKeys(projectId, id);
            repository.deleteDocument(projectId, id);
            activity.record(projectId, caller, "document.delete", Map.of("id", id, "name", row.name()));
            deleteAfterCommit(keys);
        });
    }

    private DocumentRow visibleDocument(long projectId, long id, int role, List<FolderRow> folders) {
        DocumentRow row = repository.document(projectId, id)
                .orElseThrow(() -> new NotFoundException("No document " + id + " in this project."));
        FolderRow folder = byId(folders).get(row.folderId());
        if (folder == null || permission(role, folder) <= PERMISSION_NONE) {
            throw new NotFoundException("No document " + id + " in this project.");
        }
        return row;
    }

    // ---- folders ------------------------------------------------------------------------------

    List<FolderView> folders(Caller caller, long cloudId, long projectId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            repository.ensureRoot(projectId);
            List<FolderView> views = new ArrayList<>();
            for (FolderRow folder : repository.folders(projectId)) {
                if (permission(role, folder) > PERMISSION_NONE) {
                    views.add(view(folder, role));
                }
            }
            return views;
        });
    }

    FolderView folder(Caller caller, long cloudId, long projectId, long id) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            repository.ensureRoot(projectId);
            FolderRow folder = repository.folder(projectId, id).filter(f -> permission(role, f) > PERMISSION_NONE)
                    .orElseThrow(() -> new NotFoundException("No folder " + id + " in this project."));
            return view(folder, role);
        });
    }

    FolderView createFolder(Caller caller, long cloudId, long projectId, String requestedName, @Nullable Long parentId,
            @Nullable Integer defaultPermission) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        String name = validName("name", requestedName);
        int permission = defaultPermission == null ? PERMISSION_WRITE : checkedPermission(defaultPermission);
        return transactions.execute(status -> {
            long rootId = repository.ensureRoot(projectId);
            long parent = parentId == null ? rootId : parentId;
            FolderRow parentRow = repository.folder(projectId, parent).filter(f -> permission(role, f) > PERMISSION_NONE)
                    .orElseThrow(() -> new InvalidRequestException("parent_id",
                            "Folder " + parent + " does not exist in this project."));
            if (permission(role, parentRow) < PERMISSION_WRITE) {
                throw new ForbiddenException("Folder " + parent + " is read-only for you.");
            }
            long id = repository.insertFolder(projectId, parent, name, permission, caller.isUser() ? caller.userId() : null);
            activity.record(projectId, caller, "folder.create", Map.of("id", id, "name", name));
            return view(repository.folder(projectId, id).orElseThrow(), role);
        });
    }

    // ---- versions -----------------------------------------------------------------------------

    List<DocumentView> history(Caller caller, long cloudId, long projectId, long documentId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow row = visibleDocument(projectId, documentId, role, folders);
            long head = row.headId() == null ? row.id() : row.headId();
            List<DocumentView> views = new ArrayList<>();
            Map<Long, List<TagView>> tagMap = tags.byDocument(projectId);
            for (DocumentRow version : repository.versions(projectId, head)) {
                views.add(view(version, role, folders, tagMap));
            }
            return views;
        });
    }

    DocumentView makeHead(Caller caller, long cloudId, long projectId, long documentId, long versionId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        return transactions.execute(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow document = writableDocument(projectId, documentId, role, folders);
            long head = document.headId() == null ? document.id() : document.headId();
            DocumentRow version = repository.document(projectId, versionId)
                    .filter(v -> v.id() == head || Long.valueOf(head).equals(v.headId()))
                    .orElseThrow(() -> new NotFoundException("No version " + versionId + " of document " + documentId + "."));
            repository.makeHead(head, version.id());
            tags.moveToNewHead(head, version.id());
            activity.record(projectId, caller, "document.head_version", Map.of("id", version.id(), "previous_head_id", head));
            return view(repository.document(projectId, version.id()).orElseThrow(), role, folders);
        });
    }

    void deleteMany(Caller caller, long cloudId, long projectId, List<Long> ids) {
        access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> {
            for (long id : ids) {
                delete(caller, cloudId, projectId, id);
            }
        });
    }

    DocumentView update(Caller caller, long cloudId, long projectId, long id, DocumentPatch patch) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        return transactions.execute(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow row = writableDocument(projectId, id, role, folders);
            long folderId = row.folderId();
            if (patch.parentId() != null && patch.parentId() != folderId) {
                FolderRow target = writableFolder(projectId, patch.parentId(), role, "parent_id");
                folderId = target.id();
            }
            String name = patch.name() == null ? row.name() : validName("name", patch.name());
            String fileName = patch.fileName() == null ? row.fileName() : validName("file_name", patch.fileName());
            String description = patch.description() == null ? row.description() : patch.description();
            long head = row.headId() == null ? row.id() : row.headId();
            repository.updateDocument(head, name, fileName, description, folderId);
            activity.record(projectId, caller, "document.update", Map.of("id", id, "name", name));
            return view(repository.document(projectId, id).orElseThrow(), role, repository.folders(projectId));
        });
    }

    /** BIMData {@code PatchedDocumentRequest} (the fields Plinth applies). */
    record DocumentPatch(@Nullable Long parentId, @Nullable String name, @Nullable String fileName,
            @Nullable String description) {
    }

    List<DocumentView> folderDocuments(Caller caller, long cloudId, long projectId, long folderId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            repository.ensureRoot(projectId);
            List<FolderRow> folders = repository.folders(projectId);
            FolderRow folder = byId(folders).get(folderId);
            if (folder == null || permission(role, folder) <= PERMISSION_NONE) {
                throw new NotFoundException("No folder " + folderId + " in this project.");
            }
            List<DocumentView> views = new ArrayList<>();
            Map<Long, List<TagView>> tagMap = tags.byDocument(projectId);
            for (DocumentRow row : repository.headDocuments(projectId, folderId)) {
                views.add(view(row, role, folders, tagMap));
            }
            return views;
        });
    }

    private DocumentRow writableDocument(long projectId, long id, int role, List<FolderRow> folders) {
        DocumentRow row = visibleDocument(projectId, id, role, folders);
        FolderRow folder = byId(folders).get(row.folderId());
        if (folder == null || permission(role, folder) < PERMISSION_WRITE) {
            throw new ForbiddenException("Folder " + row.folderId() + " is read-only for you.");
        }
        return row;
    }

    private FolderRow writableFolder(long projectId, long folderId, int role, String field) {
        FolderRow folder = repository.folder(projectId, folderId).filter(f -> permission(role, f) > PERMISSION_NONE)
                .orElseThrow(() -> new InvalidRequestException(field, "Folder " + folderId + " does not exist in this project."));
        if (permission(role, folder) < PERMISSION_WRITE) {
            throw new ForbiddenException("Folder " + folderId + " is read-only for you.");
        }
        return folder;
    }

    FolderView updateFolder(Caller caller, long cloudId, long projectId, long id, FolderPatch patch) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        return transactions.execute(status -> {
            repository.ensureRoot(projectId);
            FolderRow folder = writableFolderOr404(projectId, id, role);
            String name = patch.name() == null ? folder.name() : validName("name", patch.name());
            Long parent = folder.parentId();
            if (patch.parentId() != null && !patch.parentId().equals(folder.parentId())) {
                if (folder.parentId() == null) {
                    throw new InvalidRequestException("parent_id", "The root folder cannot move.");
                }
                if (repository.subtree(projectId, id).contains(patch.parentId())) {
                    throw new InvalidRequestException("parent_id", "A folder cannot move into itself or its own subfolder.");
                }
                parent = writableFolder(projectId, patch.parentId(), role, "parent_id").id();
            }
            int permission = folder.defaultPermission();
            if (patch.defaultPermission() != null) {
                if (role < AccessPolicy.ROLE_ADMIN) {
                    throw new ForbiddenException("Only project admins can change default_permission.");
                }
                permission = checkedPermission(patch.defaultPermission());
            }
            repository.updateFolder(projectId, id, name, parent, permission);
            activity.record(projectId, caller, "folder.update", Map.of("id", id, "name", name));
            return view(repository.folder(projectId, id).orElseThrow(), role);
        });
    }

    /** BIMData {@code PatchedFolderWithoutChildrenRequest}. */
    record FolderPatch(@Nullable Long parentId, @Nullable String name, @Nullable Integer defaultPermission,
            @Nullable Boolean propagate) {
    }

    /** Deletes a folder, its subfolders, their documents and files; the root folder keeps itself, loses its content. */
    void deleteFolder(Caller caller, long cloudId, long projectId, long id) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> deleteFolderIn(caller, projectId, id, role));
    }

    void deleteFolders(Caller caller, long cloudId, long projectId, List<Long> ids) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> {
            for (long id : ids) {
                deleteFolderIn(caller, projectId, id, role);
            }
        });
    }

    private void deleteFolderIn(Caller caller, long projectId, long id, int role) {
        repository.ensureRoot(projectId);
        FolderRow folder = writableFolderOr404(projectId, id, role);
        List<Long> subtree = repository.subtree(projectId, id);
        List<String> keys = repository.keysInFolders(subtree);
        repository.deleteDocumentsInFolders(subtree);
        List<Long> removed = new ArrayList<>(subtree);
        if (folder.parentId() == null) {
            removed.remove(Long.valueOf(id));
        }
        repository.deleteFolders(removed);
        activity.record(projectId, caller, "folder.delete", Map.of("id", id, "name", folder.name()));
        deleteAfterCommit(keys);
    }

    private FolderRow writableFolderOr404(long projectId, long id, int role) {
        FolderRow folder = repository.folder(projectId, id).filter(f -> permission(role, f) > PERMISSION_NONE)
                .orElseThrow(() -> new NotFoundException("No folder " + id + " in this project."));
        if (permission(role, folder) < PERMISSION_WRITE) {
            throw new ForbiddenException("Folder " + id + " is read-only for you.");
        }
        return folder;
    }

    // ---- trees --------------------------------------------------------------------------------

    /** The visible folders as nested {@code FolderTree}s, starting at the project's root folder. */
    List<FolderTreeView> folderTree(Caller caller, long cloudId, long projectId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            long rootId = repository.ensureRoot(projectId);
            Map<Long, List<FolderRow>> children = childrenByParent(repository.folders(projectId), role);
            FolderRow root = repository.folder(projectId, rootId).orElseThrow();
            return List.of(folderTree(root, children, 0));
        });
    }

    private static FolderTreeView folderTree(FolderRow folder, Map<Long, List<FolderRow>> children, int depth) {
        List<FolderTreeView> below = new ArrayList<>();
        if (depth < 1000) {
            for (FolderRow child : children.getOrDefault(folder.id(), List.of())) {
                below.add(folderTree(child, children, depth + 1));
            }
        }
        return new FolderTreeView(folder.id(), folder.name(), below);
    }

    /** The root folder with every visible folder and head document below it (BIMData {@code Folder}). */
    TreeNodeView dmsTree(Caller caller, long cloudId, long projectId, boolean withUrls) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_READ, AccessPolicy.ROLE_GUEST);
        return transactions.execute(status -> {
            long rootId = repository.ensureRoot(projectId);
            List<FolderRow> folders = repository.folders(projectId);
            Map<Long, List<FolderRow>> children = childrenByParent(folders, role);
            Map<Long, List<DocumentRow>> documents = new HashMap<>();
            for (DocumentRow row : repository.headDocuments(projectId)) {
                documents.computeIfAbsent(row.folderId(), k -> new ArrayList<>()).add(row);
            }
            Map<Long, List<TagView>> tagMap = tags.byDocument(projectId);
            FolderRow root = byId(folders).get(rootId);
            return treeNode(root, role, children, documents, tagMap, withUrls, 0);
        });
    }

    private TreeNodeView treeNode(FolderRow folder, int role, Map<Long, List<FolderRow>> folders,
            Map<Long, List<DocumentRow>> documents, Map<Long, List<TagView>> tagMap, boolean withUrls, int depth) {
        List<TreeNodeView> below = new ArrayList<>();
        if (depth < 1000) {
            for (FolderRow child : folders.getOrDefault(folder.id(), List.of())) {
                below.add(treeNode(child, role, folders, documents, tagMap, withUrls, depth + 1));
            }
        }
        int permission = permission(role, folder);
        for (DocumentRow row : documents.getOrDefault(folder.id(), List.of())) {
            below.add(new TreeNodeView(row.id(), row.folderId(), "Document", "Document", row.modelType(), row.name(),
                    row.createdAt(), row.updatedAt(), shortUser(row.creator()), row.fileName(), row.description(),
                    row.size(), null, null, withUrls ? links.url(row.objectKey(), row.fileName(), row.fileType()) : null,
                    null, List.of(), null, permission, row.historyCount(), tagMap.getOrDefault(row.id(), List.of()),
                    null));
        }
        return new TreeNodeView(folder.id(), folder.parentId(), "Folder", "Folder", null, folder.name(),
                folder.createdAt(), folder.updatedAt(), shortUser(folder.creator()), null, null, null, null, null,
                null, null, List.of(), folder.defaultPermission(), permission, null, null, below);
    }

    private static Map<Long, List<FolderRow>> childrenByParent(List<FolderRow> folders, int role) {
        Map<Long, List<FolderRow>> children = new HashMap<>();
        for (FolderRow folder : folders) {
            if (folder.parentId() != null && permission(role, folder) > PERMISSION_NONE) {
                children.computeIfAbsent(folder.parentId(), k -> new ArrayList<>()).add(folder);
            }
        }
        return children;
    }

    private static @Nullable ShortUserView shortUser(@Nullable Creator c) {
        return c == null ? null : new ShortUserView(c.id(), c.email(), c.firstname(), c.lastname(), c.profilePicture());
    }

    // ---- document tags ------------------------------------------------------------------------

    DocumentView addTag(Caller caller, long cloudId, long projectId, long documentId, long tagId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        return transactions.execute(status -> {
            List<FolderRow> folders = repository.folders(projectId);
            DocumentRow row = writableDocument(projectId, documentId, role, folders);
            TagView tag = tags.tag(projectId, tagId).orElseThrow(() -> new InvalidRequestException("tag_id",
                    "Tag " + tagId + " does not exist in this project."));
            tags.attach(row.headId() == null ? row.id() : row.headId(), tag.id());
            activity.record(projectId, caller, "document.tag", Map.of("id", documentId, "tag_id", tagId));
            return view(repository.document(projectId, documentId).orElseThrow(), role, folders);
        });
    }

    void removeTag(Caller caller, long cloudId, long projectId, long documentId, long tagId) {
        int role = access.require(caller, cloudId, projectId, Scopes.DOCUMENT_WRITE, AccessPolicy.ROLE_USER);
        transactions.executeWithoutResult(status -> {
            DocumentRow row = writableDocument(projectId, documentId, role, repository.folders(projectId));
            if (tags.detach(row.headId() == null ? row.id() : row.headId(), tagId) == 0) {
                throw new NotFoundException("Document " + documentId + " has no tag " + tagId + ".");
            }
            activity.record(projectId, caller, "document.untag", Map.of("id", documentId, "tag_id", tagId));
        });
    }

    // ---- project deletion ---------------------------------------------------------------------

    /** Collab deletes a project: rows go in its transaction, files once it has committed. */
    @EventListener
    void on(ProjectDeleted deleted) {
        List<String> keys = repository.projectKeys(deleted.projectId());
        repository.deleteProject(deleted.projectId());
        deleteAfterCommit(keys);
    }

    private void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(keys);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(keys);
            }
        });
    }

    private void deleteQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete stored object {}; it is orphaned", key, e);
            }
        }
    }

    // ---- views --------------------------------------------------------------------------------

    /** The caller's permission in a folder: admins write everywhere, guests at most read. */
    static int permission(int role, FolderRow folder) {
        if (role >= AccessPolicy.ROLE_ADMIN) {
            return PERMISSION_WRITE;
        }
        int permission = folder.defaultPermission();
        return role < AccessPolicy.ROLE_USER ? Math.min(permission, PERMISSION_READ) : permission;
    }

    private DocumentView view(DocumentRow row, int role, List<FolderRow> folders) {
        return view(row, role, folders, tags.byDocument(row.projectId()));
    }

    /** Tags are the head's: every version of a document shows them. */
    private DocumentView view(DocumentRow row, int role, List<FolderRow> folders, Map<Long, List<TagView>> tagMap) {
        Map<Long, FolderRow> byId = byId(folders);
        FolderRow folder = byId.get(row.folderId());
        int permission = folder == null ? PERMISSION_READ : permission(role, folder);
        return new DocumentView(row.id(), row.folderId(), user(row.creator()), row.projectId(), row.name(),
                row.fileName(), row.description(), links.url(row.objectKey(), row.fileName(), row.fileType()),
                row.fileType(), row.size(), tagMap.getOrDefault(row.headId() == null ? row.id() : row.headId(), List.of()),
                List.of(), row.createdAt(), row.updatedAt(), null,
                row.modelType(), null, row.headId(), row.headId() == null, row.historyCount(), permission, null,
                path(row, byId));
    }

    /** {@code /folder/sub/name}: the folders below the project root, then the document's name. */
    private static String path(DocumentRow row, Map<Long, FolderRow> folders) {
        List<String> names = new ArrayList<>();
        FolderRow folder = folders.get(row.folderId());
        int depth = 0;
        while (folder != null && folder.parentId() != null && depth++ < 1000) {
            names.add(folder.name());
            folder = folders.get(folder.parentId());
        }
        StringBuilder path = new StringBuilder();
        for (int i = names.size() - 1; i >= 0; i--) {
            path.append('/').append(names.get(i));
        }
        return path.append('/').append(row.name()).toString();
    }

    private static FolderView view(FolderRow folder, int role) {
        Creator c = folder.creator();
        ShortUserView creator = c == null ? null
                : new ShortUserView(c.id(), c.email(), c.firstname(), c.lastname(), c.profilePicture());
        return new FolderView(folder.id(), folder.parentId(), "Folder", "Folder", folder.name(), folder.createdAt(),
                folder.updatedAt(), creator, List.of(), folder.defaultPermission(), permission(role, folder));
    }

    private static @Nullable UserView user(@Nullable Creator c) {
        return c == null ? null : new UserView(c.id(), c.email(), c.firstname(), c.lastname(), c.createdAt(),
                c.updatedAt(), 0, 0, c.provider(), c.sub(), c.profilePicture());
    }

    private static Map<Long, FolderRow> byId(List<FolderRow> folders) {
        Map<Long, FolderRow> byId = new HashMap<>();
        for (FolderRow folder : folders) {
            byId.put(folder.id(), folder);
        }
        return byId;
    }

    // ---- input --------------------------------------------------------------------------------

    /**
     * Names are metadata only (files are stored by object key), but a name that looks like a path
     * ({@code ../../x}, {@code a/b}), holds control characters or is empty is refused: clients
     * that save files under their names must be able to trust them.
     */
    static String validName(String field, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException(field, "Must not be blank.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException(field, "Must be at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (trimmed.equals(".") || trimmed.equals("..")) {
            throw new InvalidRequestException(field, "Must not be '.' or '..'.");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                throw new InvalidRequestException(field, "Must not contain '/', '\\' or control characters.");
            }
        }
        return trimmed;
    }

    private static int checkedPermission(int permission) {
        if (permission != PERMISSION_NONE && permission != PERMISSION_READ && permission != PERMISSION_WRITE) {
            throw new InvalidRequestException("default_permission", "Must be 1, 50 or 100.");
        }
        return permission;
    }

    private static @Nullable Long optionalId(String field, @Nullable String value) {
        if (value == null || value.isBlank() || value.equals("null")) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "Must be an integer id.");
        }
    }
}
