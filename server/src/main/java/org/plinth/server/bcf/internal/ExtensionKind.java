package org.plinth.server.bcf.internal;

/**
 * The five project vocabularies of BIMData's extension routes: the path segment, the JSON field
 * holding the value, the {@code bcf_extension.kind}, whether a colour goes with it, and the
 * {@code bcf_topic} column that uses it.
 */
enum ExtensionKind {
    LABEL("label", "label", false, "labels"),
    PRIORITY("priority", "priority", true, "priority"),
    STAGE("stage", "stage", false, "stage"),
    STATUS("status", "topic_status", true, "topic_status"),
    TYPE("type", "topic_type", false, "topic_type");

    final String kind;
    final String field;
    final boolean colored;
    final String topicColumn;

    ExtensionKind(String kind, String field, boolean colored, String topicColumn) {
        this.kind = kind;
        this.field = field;
        this.colored = colored;
        this.topicColumn = topicColumn;
    }
}
