package org.plinth.bcf;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * BCF-API {@code comment_GET}: guid, date, author, comment, viewpoint_guid, modified_date, modified_author. The text
 * is empty when absent (3.0) or blank (2.x).
 */
public record Comment(String guid, Instant date, String author, Optional<String> text, Optional<String> viewpointGuid,
                      Optional<Instant> modifiedDate, Optional<String> modifiedAuthor) {
    public Comment {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(viewpointGuid, "viewpointGuid");
        Objects.requireNonNull(modifiedDate, "modifiedDate");
        Objects.requireNonNull(modifiedAuthor, "modifiedAuthor");
    }
}
