package org.plinth.bcf;

import java.util.Objects;

/**
 * A zip entry no model field claims (e.g. an IFC file a header refers to by a relative path). Kept so a round trip
 * loses no file; the writer puts it back at the same path.
 */
public record Attachment(String path, BinaryContent content) {
    public Attachment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
