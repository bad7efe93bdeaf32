package org.plinth.bcf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole BCF zip in memory, version-neutral: what {@link BcfZipReader} returns and {@link BcfZipWriter} writes.
 *
 * @param version          the version it was read as (ignored by the writer, which is told its target)
 * @param project          {@code project.bcfp}, when present
 * @param extensions       project vocabularies ({@link Extensions#EMPTY} when the zip has none)
 * @param documents        3.0 {@code documents.xml} entries (and 2.x internal documents) with their bytes
 * @param markups          topic folders in zip order
 * @param attachments      entries nothing else claims, kept for a lossless round trip
 * @param warnings         what the reader tolerated (missing snapshot, unresolved document); never compared
 * @param schemaViolations XSD violations found when reading with {@link SchemaCheck#REPORT}; never compared
 */
public record BcfArchive(BcfVersion version, Optional<ProjectInfo> project, Extensions extensions,
                         List<Document> documents, List<Markup> markups, List<Attachment> attachments,
                         List<String> warnings, List<SchemaViolation> schemaViolations) {
    public BcfArchive {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(extensions, "extensions");
        documents = List.copyOf(documents);
        markups = List.copyOf(markups);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
        schemaViolations = List.copyOf(schemaViolations);
    }

    /** An archive built by a caller (e.g. an export): no warnings, no violations. */
    public static BcfArchive of(BcfVersion version, Optional<ProjectInfo> project, Extensions extensions,
                                List<Document> documents, List<Markup> markups) {
        return new BcfArchive(version, project, extensions, documents, markups, List.of(), List.of(), List.of());
    }

    public Optional<Document> document(String guid) {
        for (Document d : documents) {
            if (d.guid().equals(guid)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
