package org.plinth.bcf;

import java.util.Objects;
import java.util.Optional;

/**
 * A file stored in the BCF zip that document references point to. 3.0: an entry of {@code documents.xml} with its
 * bytes in {@code documents/<guid>}. 2.x: a file inside the zip named by an internal {@code DocumentReference}; its
 * guid is taken from a {@code documents/<guid>/<filename>} path (how {@link BcfZipWriter} stores it) or derived from
 * the path (name-based UUID), so it is stable over read-write-read. BCF-API {@code document_GET}: guid, filename.
 */
public record Document(String guid, String filename, Optional<String> description, BinaryContent content) {
    public Document {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
    }
}
