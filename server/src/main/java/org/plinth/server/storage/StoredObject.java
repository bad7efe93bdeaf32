package org.plinth.server.storage;

/**
 * What a {@link FileStore} holds after a complete upload.
 *
 * @param key the store's name for the bytes ({@link ObjectKeys}): never derived from user input
 * @param size bytes stored
 * @param sha256 lower-case hex SHA-256 of the bytes, computed while they streamed in
 */
public record StoredObject(String key, long size, String sha256) {
}
