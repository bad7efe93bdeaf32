package org.plinth.server.webhook;

import java.util.List;
import java.util.Set;

/** The 17 event names of BIMData's webhooks, plus {@code ping} which only the ping route sends. */
public final class WebhookEventNames {

    public static final String BCF_TOPIC_CREATION = "bcf.topic.creation";
    public static final String BCF_TOPIC_UPDATE = "bcf.topic.update";
    public static final String BCF_TOPIC_DELETION = "bcf.topic.deletion";
    public static final String BCF_COMMENT_CREATION = "bcf.comment.creation";
    public static final String BCF_COMMENT_UPDATE = "bcf.comment.update";
    public static final String BCF_COMMENT_DELETION = "bcf.comment.deletion";
    public static final String BCF_TOPIC_FULL_CREATION = "bcf.topic.full.creation";
    public static final String BCF_TOPIC_FULL_UPDATE = "bcf.topic.full.update";
    public static final String IFC_PROCESS_UPDATE = "ifc.process_update";
    public static final String PROJECT_CREATION = "project.creation";
    public static final String PROJECT_UPDATE = "project.update";
    public static final String VISA_CREATION = "visa.creation";
    public static final String VISA_UPDATE = "visa.update";
    public static final String VISA_VALIDATION_ADD = "visa.validation.add";
    public static final String VISA_VALIDATION_REMOVE = "visa.validation.remove";
    public static final String DOCUMENT_CREATION = "document.creation";
    public static final String DOCUMENT_UPDATE = "document.update";

    /** Sent by the ping routes only; a webhook cannot subscribe to it. */
    public static final String PING = "ping";

    public static final List<String> ALL = List.of(
            BCF_TOPIC_CREATION, BCF_TOPIC_UPDATE, BCF_TOPIC_DELETION,
            BCF_COMMENT_CREATION, BCF_COMMENT_UPDATE, BCF_COMMENT_DELETION,
            BCF_TOPIC_FULL_CREATION, BCF_TOPIC_FULL_UPDATE, IFC_PROCESS_UPDATE,
            PROJECT_CREATION, PROJECT_UPDATE, VISA_CREATION, VISA_UPDATE,
            VISA_VALIDATION_ADD, VISA_VALIDATION_REMOVE, DOCUMENT_CREATION, DOCUMENT_UPDATE);

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private WebhookEventNames() {
    }

    public static boolean isKnown(String eventName) {
        return KNOWN.contains(eventName);
    }
}
