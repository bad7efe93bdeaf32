package org.plinth.server.dms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.plinth.server.dms.internal.DmsRows.Creator;
import org.plinth.server.dms.internal.DmsRows.DocumentRow;
import org.plinth.server.dms.internal.DmsRows.FolderRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code dms_folder} and {@code dms_document}. */
@Repository
class DmsRepository {

    private static final String CREATOR_COLUMNS = """
            u.id AS u_id, u.email AS u_email, u.firstname AS u_firstname, u.lastname AS u_lastname,
            u.created_at AS u_created_at, u.updated_at AS u_updated_at, u.sub AS u_sub,
            u.profile_picture AS u_profile_picture, u.provider AS u_provider""";

    /**
     * The project's root folder row, created on first use with the id the project already
     * announces ({@code project.root_folder_id}) and the project's name.
     */
    private static final String ENSURE_ROOT = """
            INSERT INTO dms_folder (id, project_id, parent_id, name)
            SELECT p.root_folder_id, p.id, NULL, p.name FROM project p WHERE p.id = :project
            ON CONFLICT (id) DO NOTHING""";
    private static final String ROOT_ID = "SELECT root_folder_id FROM project WHERE id = :project";

    private static final String FOLDER_SELECT = "SELECT f.id, f.project_id, f.parent_id, f.name, f.default_permission, "
            + "f.created_at, f.updated_at, " + CREATOR_COLUMNS
            + " FROM dms_folder f LEFT JOIN users u ON u.id = f.created_by";
    private static final String FOLDERS_OF_PROJECT = FOLDER_SELECT + " WHERE f.project_id = :project ORDER BY f.id";
    private static final String FOLDER = FOLDER_SELECT + " WHERE f.project_id = :project AND f.id = :id";
    private static final String INSERT_FOLDER = """
            INSERT INTO dms_folder (project_id, parent_id, name, default_permission, created_by)
            VALUES (:project, :parent, :name, :permission, :creator) RETURNING id""";

    private static final String DOCUMENT_SELECT = "SELECT d.id, d.project_id, d.folder_id, d.head_id, d.name, d.file_name, "
            + "d.description, d.object_key, d.size, d.sha256, d.file_type, d.model_type, d.created_at, d.updated_at, "
            + "(SELECT count(*) FROM dms_document v WHERE v.id = coalesce(d.head_id, d.id) "
            + "OR v.head_id = coalesce(d.head_id, d.id)) AS history_count, "
            + CREATOR_COLUMNS + " FROM dms_document d LEFT JOIN users u ON u.id = d.created_by";
    private static final String HEAD_DOCUMENTS_OF_PROJECT = DOCUMENT_SELECT
            + " WHERE d.project_id = :project AND d.head_id IS NULL ORDER BY d.id";
    private static final String DOCUMENT = DOCUMENT_SELECT + " WHERE d.project_id = :project AND d.id = :id";
    private static final String HEAD_BY_NAME = """
            SELECT id FROM dms_document
            WHERE folder_id = :folder AND name = :name AND head_id IS NULL FOR UPDATE""";
    private static final String INSERT_DOCUMENT = """
            INSERT INTO dms_document (project_id, folder_id, name, file_name, description, object_key, size, sha256,
                                      file_type, model_type, created_by)
            VALUES (:project, :folder, :name, :fileName, :description, :objectKey, :size, :sha256, :fileType,
                    :modelType, :creator) RETURNING id""";
    /** The new version becomes the head: the previous head and its versions point at it. */
    private static final String ATTACH_VERSIONS = """
            UPDATE dms_document SET head_id = :head WHERE id = :previous OR head_id = :previous""";
    private static final String VERSION_KEYS = """
            SELECT object_key FROM dms_document WHERE project_id = :project AND (id = :id OR head_id = :id)""";
    private static final String DELETE_DOCUMENT = """
            DELETE FROM dms_document WHERE project_id = :project AND (id = :id OR head_id = :id)""";
    private static final String PROJECT_KEYS = "SELECT object_key FROM dms_document WHERE project_id = :project";
    private static final String DELETE_PROJECT_DOCUMENTS = "DELETE FROM dms_document WHERE project_id = :project";
    private static final String DELETE_PROJECT_FOLDERS = "DELETE FROM dms_folder WHERE project_id = :project";
    private static final String VERSIONS = DOCUMENT_SELECT
            + " WHERE d.project_id = :project AND (d.id = :head OR d.head_id = :head) ORDER BY d.created_at DESC, d.id DESC";
    private static final String HEAD_DOCUMENTS_OF_FOLDER = DOCUMENT_SELECT
            + " WHERE d.project_id = :project AND d.folder_id = :folder AND d.head_id IS NULL ORDER BY d.id";
    /** Makes {@code :version} the head of its history: it points nowhere, every other version at it. */
    private static final String MAKE_HEAD = """
            UPDATE dms_document SET head_id = CASE WHEN id = :version THEN NULL ELSE :version END,
                                    updated_at = CASE WHEN id = :version THEN now() ELSE updated_at END
            WHERE id = :head OR head_id = :head""";
    private static final String UPDATE_DOCUMENT = """
            UPDATE dms_document SET name = :name, file_name = :fileName, description = :description,
                                    folder_id = :folder, updated_at = now()
            WHERE id = :id OR head_id = :id""";
    private static final String UPDATE_FOLDER = """
            UPDATE dms_folder SET name = :name, parent_id = :parent, default_permission = :permission, updated_at = now()
            WHERE project_id = :project AND id = :id""";
    /** The folder and every folder below it. */
    private static final String SUBTREE = """
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM dms_folder WHERE project_id = :project AND id = :id
                UNION SELECT f.id FROM dms_folder f JOIN tree t ON f.parent_id = t.id)
            SELECT id FROM tree""";
    private static final String KEYS_IN_FOLDERS = "SELECT object_key FROM dms_document WHERE folder_id IN (:folders)";
    private static final String DELETE_DOCUMENTS_IN_FOLDERS = "DELETE FROM dms_document WHERE folder_id IN (:folders)";
    private static final String DELETE_FOLDERS = "DELETE FROM dms_folder WHERE id IN (:folders)";

    private final JdbcClient jdbc;

    DmsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long ensureRoot(long projectId) {
        jdbc.sql(ENSURE_ROOT).param("project", projectId).update();
        return jdbc.sql(ROOT_ID).param("project", projectId).query(Long.class).single();
    }

    List<FolderRow> folders(long projectId) {
        return jdbc.sql(FOLDERS_OF_PROJECT).param("project", projectId).query(DmsRepository::folderRow).list();
    }

    Optional<FolderRow> folder(long projectId, long id) {
        return jdbc.sql(FOLDER).param("project", projectId).param("id", id).query(DmsRepository::folderRow).optional();
    }

    long insertFolder(long projectId, long parentId, String name, int defaultPermission, @Nullable Long creator) {
        return jdbc.sql(INSERT_FOLDER).param("project", projectId).param("parent", parentId).param("name", name)
                .param("permission", defaultPermission).param("creator", creator).query(Long.class).single();
    }

    List<DocumentRow> headDocuments(long projectId) {
        return jdbc.sql(HEAD_DOCUMENTS_OF_PROJECT).param("project", projectId).query(DmsRepository::documentRow).list();
    }

    Optional<DocumentRow> document(long projectId, long id) {
        return jdbc.sql(DOCUMENT).param("project", projectId).param("id", id).query(DmsRepository::documentRow).optional();
    }

    Optional<Long> headByName(long folderId, String name) {
        return jdbc.sql(HEAD_BY_NAME).param("folder", folderId).param("name", name).query(Long.class).optional();
    }

    long insertDocument(long projectId, long folderId, String name, String fileName, @Nullable String description,
            String objectKey, long size, String sha256, String fileType, @Nullable String modelType,
            @Nullable Long creator) {
        return jdbc.sql(INSERT_DOCUMENT).param("project", projectId).param("folder", folderId).param("name", name)
                .param("fileName", fileName).param("description", description).param("objectKey", objectKey)
                .param("size", size).param("sha256", sha256).param("fileType", fileType)
                .param("modelType", modelType).param("creator", creator).query(Long.class).single();
    }

    void attachVersions(long previousHead, long newHead) {
        jdbc.sql(ATTACH_VERSIONS).param("previous", previousHead).param("head", newHead).update();
    }

    List<String> versionKeys(long projectId, long id) {
        return jdbc.sql(VERSION_KEYS).param("project", projectId).param("id", id).query(String.class).list();
    }

    int deleteDocument(long projectId, long id) {
        return jdbc.sql(DELETE_DOCUMENT).param("project", projectId).param("id", id).update();
    }

    List<String> projectKeys(long projectId) {
        return jdbc.sql(PROJECT_KEYS).param("project", projectId).query(String.class).list();
    }

    void deleteProject(long projectId) {
        jdbc.sql(DELETE_PROJECT_DOCUMENTS).param("project", projectId).update();
        jdbc.sql(DELETE_PROJECT_FOLDERS).param("project", projectId).update();
    }

    List<DocumentRow> versions(long projectId, long headId) {
        return jdbc.sql(VERSIONS).param("project", projectId).param("head", headId).query(DmsRepository::documentRow).list();
    }

    List<DocumentRow> headDocuments(long projectId, long folderId) {
        return jdbc.sql(HEAD_DOCUMENTS_OF_FOLDER).param("project", projectId).param("folder", folderId)
                .query(DmsRepository::documentRow).list();
    }

    void makeHead(long currentHead, long version) {
        jdbc.sql(MAKE_HEAD).param("head", currentHead).param("version", version).update();
    }

    /** Name, file name, description and folder are the document's: every version gets them. */
    void updateDocument(long headId, String name, String fileName, @Nullable String description, long folderId) {
        jdbc.sql(UPDATE_DOCUMENT).param("id", headId).param("name", name).param("fileName", fileName)
                .param("description", description).param("folder", folderId).update();
    }

    void updateFolder(long projectId, long id, String name, @Nullable Long parentId, int permission) {
        jdbc.sql(UPDATE_FOLDER).param("project", projectId).param("id", id).param("name", name)
                .param("parent", parentId).param("permission", permission).update();
    }

    List<Long> subtree(long projectId, long folderId) {
        return jdbc.sql(SUBTREE).param("project", projectId).param("id", folderId).query(Long.class).list();
    }

    List<String> keysInFolders(List<Long> folders) {
        if (folders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(KEYS_IN_FOLDERS).param("folders", folders).query(String.class).list();
    }

    void deleteDocumentsInFolders(List<Long> folders) {
        if (!folders.isEmpty()) {
            jdbc.sql(DELETE_DOCUMENTS_IN_FOLDERS).param("folders", folders).update();
        }
    }

    void deleteFolders(List<Long> folders) {
        if (!folders.isEmpty()) {
            jdbc.sql(DELETE_FOLDERS).param("folders", folders).update();
        }
    }

    private static @Nullable Creator creator(ResultSet rs) throws SQLException {
        long id = rs.getLong("u_id");
        if (rs.wasNull()) {
            return null;
        }
        return new Creator(id, rs.getString("u_email"), rs.getString("u_firstname"), rs.getString("u_lastname"),
                rs.getObject("u_created_at", OffsetDateTime.class), rs.getObject("u_updated_at", OffsetDateTime.class),
                rs.getString("u_sub"), rs.getString("u_profile_picture"), rs.getString("u_provider"));
    }

    private static FolderRow folderRow(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new FolderRow(rs.getLong("id"), rs.getLong("project_id"), parentId,
                rs.getString("name"), rs.getInt("default_permission"), creator(rs),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static DocumentRow documentRow(ResultSet rs, int row) throws SQLException {
        long head = rs.getLong("head_id");
        Long headId = rs.wasNull() ? null : head;
        return new DocumentRow(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("folder_id"), headId,
                rs.getString("name"), rs.getString("file_name"), rs.getString("description"),
                rs.getString("object_key"), rs.getLong("size"), rs.getString("sha256"), rs.getString("file_type"),
                rs.getString("model_type"), creator(rs), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("history_count"));
    }
}
