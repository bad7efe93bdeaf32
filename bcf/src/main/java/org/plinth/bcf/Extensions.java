package org.plinth.bcf;

import java.util.List;

/**
 * Project vocabularies: 3.0 {@code extensions.xml}, 2.x the enumerations of the redefined types in {@code extensions.xsd}.
 * BCF-API {@code extensions_GET}: topic_type, topic_status, topic_label, snippet_type, priority, user_id_type (2.1) /
 * users (3.0), stage. Every list keeps the file's order; an empty list means "not restricted".
 */
public record Extensions(List<String> topicTypes, List<String> topicStatuses, List<String> priorities,
                         List<String> topicLabels, List<String> users, List<String> snippetTypes, List<String> stages) {

    public static final Extensions EMPTY = new Extensions(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public Extensions {
        topicTypes = List.copyOf(topicTypes);
        topicStatuses = List.copyOf(topicStatuses);
        priorities = List.copyOf(priorities);
        topicLabels = List.copyOf(topicLabels);
        users = List.copyOf(users);
        snippetTypes = List.copyOf(snippetTypes);
        stages = List.copyOf(stages);
    }

    public boolean isEmpty() {
        return topicTypes.isEmpty() && topicStatuses.isEmpty() && priorities.isEmpty() && topicLabels.isEmpty()
                && users.isEmpty() && snippetTypes.isEmpty() && stages.isEmpty();
    }
}
