package org.plinth.server.dms;

import org.jspecify.annotations.Nullable;

/**
 * A document version was uploaded whose content the platform can process (IFC, DWG, DXF, PDF,
 * image); published in the uploading transaction. {@code objectKey} opens the bytes through the
 * storage feature's {@code FileStore}.
 *
 * @param modelType BIMData's model type sniffed from the bytes ({@code IFC}, {@code PDF}, ...)
 */
public record DocumentUploaded(long cloudId, long projectId, long documentId, String objectKey, long size,
        String sha256, String fileName, @Nullable String modelType, @Nullable Long uploaderUserId) {
}
