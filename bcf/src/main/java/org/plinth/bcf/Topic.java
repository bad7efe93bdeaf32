package org.plinth.bcf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A BCF topic (markup {@code Topic}). Field by field BCF-API {@code topic_GET}: guid, server_assigned_id (3.0),
 * topic_type, topic_status, reference_links, title, priority, index, labels, creation_date, creation_author,
 * modified_date, modified_author, due_date, assigned_to, stage, description, bim_snippet; plus document references
 * and related topic guids. Lists keep the file's order and are never null.
 */
public record Topic(String guid, Optional<String> serverAssignedId, Optional<String> topicType,
                    Optional<String> topicStatus, List<String> referenceLinks, String title, Optional<String> priority,
                    Optional<Integer> index, List<String> labels, Instant creationDate, String creationAuthor,
                    Optional<Instant> modifiedDate, Optional<String> modifiedAuthor, Optional<Instant> dueDate,
                    Optional<String> assignedTo, Optional<String> stage, Optional<String> description,
                    Optional<BimSnippet> bimSnippet, List<DocumentReference> documentReferences,
                    List<String> relatedTopicGuids) {
    public Topic {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(serverAssignedId, "serverAssignedId");
        Objects.requireNonNull(topicType, "topicType");
        Objects.requireNonNull(topicStatus, "topicStatus");
        referenceLinks = List.copyOf(referenceLinks);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(index, "index");
        labels = List.copyOf(labels);
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(creationAuthor, "creationAuthor");
        Objects.requireNonNull(modifiedDate, "modifiedDate");
        Objects.requireNonNull(modifiedAuthor, "modifiedAuthor");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(assignedTo, "assignedTo");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(bimSnippet, "bimSnippet");
        documentReferences = List.copyOf(documentReferences);
        relatedTopicGuids = List.copyOf(relatedTopicGuids);
    }
}
