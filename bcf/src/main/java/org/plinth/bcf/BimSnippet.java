package org.plinth.bcf;

import java.util.Objects;
import java.util.Optional;

/**
 * BCF-API {@code bim_snippet}: snippet_type, is_external, reference, reference_schema. When not external,
 * {@code content} holds the referenced file's bytes (empty when the archive lacks the file; the reader warns).
 */
public record BimSnippet(String snippetType, boolean external, String reference, String referenceSchema,
                         Optional<BinaryContent> content) {
    public BimSnippet {
        Objects.requireNonNull(snippetType, "snippetType");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(referenceSchema, "referenceSchema");
        Objects.requireNonNull(content, "content");
    }
}
