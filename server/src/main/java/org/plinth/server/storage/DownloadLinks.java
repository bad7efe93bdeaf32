package org.plinth.server.storage;

/**
 * Download URLs for stored objects, as BIMData's {@code file} fields carry them: expiring and
 * usable without a bearer token. With S3 (and presigned downloads on) they are presigned bucket
 * URLs; otherwise Plinth's own route, signed with an HMAC whose key every node reads from the
 * database. A changed or expired link is refused with 403.
 */
public interface DownloadLinks {

    /**
     * @param fileName sent back in {@code Content-Disposition}; any characters are safe
     * @param contentType sent back as {@code Content-Type}
     */
    String url(String key, String fileName, String contentType);
}
