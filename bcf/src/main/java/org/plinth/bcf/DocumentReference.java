package org.plinth.bcf;

import java.util.Objects;
import java.util.Optional;

/**
 * A topic's reference to a document: either {@code documentGuid} (a {@link Document} in the same archive) or
 * {@code url} (external). BCF-API {@code document_reference_GET}: guid, document_guid, url, description.
 *
 * @param guid the reference's own guid; required in 3.0, optional in 2.x (see the README for what the 3.0 writer does
 *             when it is absent)
 */
public record DocumentReference(Optional<String> guid, Optional<String> documentGuid, Optional<String> url,
                                Optional<String> description) {
    public DocumentReference {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(documentGuid, "documentGuid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
    }
}
