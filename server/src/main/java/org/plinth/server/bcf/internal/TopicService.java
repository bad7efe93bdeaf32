package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.ForbiddenException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Topics and comments of a BCF project. Reading needs {@code bcf:read} and any project role (guests
 * included); topics are written by project users ({@code bcf:write}, role 50); guests may comment and
 * change their own comments, as BIMData lets them. Authors are the callers' e-mails.
 */
@Service
class TopicService {

    static final int MAX_TEXT = 1024;
    static final int MAX_DESCRIPTION = 100_000;

    private final BcfProjects projects;
    private final TopicRepository topics;
    private final CommentRepository comments;
    private final ViewpointRepository viewpoints;
    private final ProjectActivity activity;

    TopicService(BcfProjects projects, TopicRepository topics, CommentRepository comments,
            ViewpointRepository viewpoints, ProjectActivity activity) {
        this.projects = projects;
        this.topics = topics;
        this.comments = comments;
        this.viewpoints = viewpoints;
        this.activity = activity;
    }

    // ---- topics

    @Transactional(readOnly = true)
    List<TopicRow> list(Caller caller, long projectId, String format) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        return topics.list(project.id(), format);
    }

    @Transactional(readOnly = true)
    TopicRow get(Caller caller, long projectId, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        return topic(project, guid);
    }

    @Transactional
    TopicRow create(Caller caller, long projectId, @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        RequestFields fields = new RequestFields(body);
        UUID guid = fields.has("guid") ? fields.guid("guid") : UUID.randomUUID();
        OffsetDateTime now = now();
        String author = authorOf(caller);
        TopicRow blank = new TopicRow(0, project.id(), guid == null ? UUID.randomUUID() : guid, null, "", null, null,
                null, null, List.of(), null, null, null, null, now, author, null, null, "standard", null);
        TopicRow topic = apply(project, blank, fields, true, author == null);
        fields.check();
        topics.lockProject(project.id());
        if (topics.exists(project.id(), topic.guid())) {
            throw new ConflictException("A topic with guid " + topic.guid() + " already exists in this project.");
        }
        if (topic.index() == null) {
            topic = withIndex(topic, topics.nextIndex(project.id()));
        }
        long id = topics.insert(topic);
        activity.record(project.id(), caller, "bcf.topic.create", Map.of("guid", topic.guid().toString()));
        return topics.find(project.id(), topic.guid()).orElseThrow(() -> new IllegalStateException("topic " + id));
    }

    @Transactional
    TopicRow update(Caller caller, long projectId, String guid, @Nullable JsonNode body, boolean full) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        UUID id = parseGuid(guid, "topic");
        TopicRow current = topics.findForUpdate(project.id(), id).orElseThrow(() -> topicNotFound(guid));
        RequestFields fields = new RequestFields(body);
        TopicRow updated = apply(project, current, fields, full, authorOf(caller) == null);
        fields.check();
        String author = authorOf(caller);
        updated = new TopicRow(updated.id(), updated.projectId(), updated.guid(), updated.index(), updated.title(),
                updated.topicType(), updated.topicStatus(), updated.priority(), updated.stage(), updated.labels(),
                updated.referenceLinks(), updated.description(), updated.dueDate(), updated.assignedTo(),
                updated.creationDate(), updated.creationAuthor(), now(),
                author != null ? author : updated.modifiedAuthor(), updated.format(), updated.bimdataViewerLayout());
        if (updated.index() == null) {
            topics.lockProject(project.id());
            updated = withIndex(updated, topics.nextIndex(project.id()));
        }
        topics.update(updated);
        activity.record(project.id(), caller, "bcf.topic.update", Map.of("guid", guid));
        return topics.find(project.id(), id).orElseThrow(() -> topicNotFound(guid));
    }

    @Transactional
    void delete(Caller caller, long projectId, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_USER);
        if (!topics.delete(project.id(), parseGuid(guid, "topic"))) {
            throw topicNotFound(guid);
        }
        activity.record(project.id(), caller, "bcf.topic.delete", Map.of("guid", guid));
    }

    /**
     * The topic with the request's fields applied: every field of the request when {@code full}
     * (absent ones cleared), only the present ones otherwise. {@code guid} cannot change after creation.
     */
    private TopicRow apply(BcfProjects.Project project, TopicRow base, RequestFields f, boolean full,
            boolean authorsFromBody) {
        String title = full || f.has("title") ? f.requiredText("title", MAX_TEXT) : base.title();
        String type = full || f.has("topic_type") ? f.text("topic_type", MAX_TEXT) : base.topicType();
        String status = full || f.has("topic_status") ? f.text("topic_status", MAX_TEXT) : base.topicStatus();
        String priority = full || f.has("priority") ? f.text("priority", MAX_TEXT) : base.priority();
        String stage = full || f.has("stage") ? f.text("stage", MAX_TEXT) : base.stage();
        List<String> labels = base.labels();
        if (full || f.has("labels")) {
            List<String> given = f.texts("labels", MAX_TEXT);
            labels = given == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(given));
        }
        List<String> links = full || f.has("reference_links") ? f.texts("reference_links", MAX_TEXT) : base.referenceLinks();
        String description = full || f.has("description") ? f.text("description", MAX_DESCRIPTION) : base.description();
        OffsetDateTime due = full || f.has("due_date") ? f.dateTime("due_date") : base.dueDate();
        String assigned = base.assignedTo();
        if (full || f.has("assigned_to")) {
            assigned = f.text("assigned_to", MAX_TEXT);
            if (assigned != null && !assigned.isEmpty() && !projects.isProjectUser(project.id(), project.cloudId(), assigned)) {
                f.error("assigned_to", "'" + assigned + "' is not a user of this project");
            }
            if (assigned != null && assigned.isEmpty()) {
                assigned = null;
            }
        }
        // A PUT without an index keeps the topic's place; an explicit null asks for the next free one.
        Integer index = f.has("index") ? f.integer("index") : base.index();
        OffsetDateTime created = base.creationDate();
        if (f.has("creation_date")) {
            OffsetDateTime given = f.dateTime("creation_date");
            created = given == null ? created : given;
        }
        String creator = base.creationAuthor();
        String modifier = base.modifiedAuthor();
        if (authorsFromBody) {
            // An application or project token has no e-mail: it may name a project user as author.
            if (f.has("creation_author")) {
                creator = projectUserOrNull(project, f.text("creation_author", MAX_TEXT));
            }
            if (f.has("modified_author")) {
                modifier = projectUserOrNull(project, f.text("modified_author", MAX_TEXT));
            }
        }
        String format = base.format();
        if (f.has("format")) {
            String given = f.text("format", 64);
            format = given == null || given.isEmpty() ? "standard" : given;
        }
        Object layout = full || f.has("bimdata_viewer_layout") ? f.any("bimdata_viewer_layout") : base.bimdataViewerLayout();
        return new TopicRow(base.id(), base.projectId(), base.guid(), index, title == null ? base.title() : title,
                type, status, priority, stage, labels, links, description, due, assigned, created, creator,
                base.modifiedDate(), modifier, format, layout);
    }

    private @Nullable String projectUserOrNull(BcfProjects.Project project, @Nullable String email) {
        return email != null && projects.isProjectUser(project.id(), project.cloudId(), email) ? email : null;
    }

    private static TopicRow withIndex(TopicRow t, int index) {
        return new TopicRow(t.id(), t.projectId(), t.guid(), index, t.title(), t.topicType(), t.topicStatus(),
                t.priority(), t.stage(), t.labels(), t.referenceLinks(), t.description(), t.dueDate(), t.assignedTo(),
                t.creationDate(), t.creationAuthor(), t.modifiedDate(), t.modifiedAuthor(), t.format(),
                t.bimdataViewerLayout());
    }

    // ---- comments

    @Transactional(readOnly = true)
    List<CommentRow> comments(Caller caller, long projectId, String topicGuid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        return comments.list(topic(project, topicGuid).id());
    }

    @Transactional(readOnly = true)
    CommentRow comment(Caller caller, long projectId, String topicGuid, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        TopicRow topic = topic(project, topicGuid);
        return comments.find(topic.id(), parseGuid(guid, "comment")).orElseThrow(() -> commentNotFound(guid));
    }

    @Transactional
    CommentRow createComment(Caller caller, long projectId, String topicGuid, @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_GUEST);
        TopicRow topic = topic(project, topicGuid);
        RequestFields f = new RequestFields(body);
        UUID guid = f.has("guid") ? f.guid("guid") : UUID.randomUUID();
        String text = f.text("comment", MAX_DESCRIPTION);
        if (text == null && !f.has("comment")) {
            f.error("comment", "is required");
        }
        OffsetDateTime date = f.has("date") ? f.dateTime("date") : null;
        UUID viewpoint = f.guid("viewpoint_guid");
        if (viewpoint != null && !viewpoints.exists(topic.id(), viewpoint)) {
            f.error("viewpoint_guid", "no viewpoint " + viewpoint + " in this topic");
        }
        UUID replyTo = f.guid("reply_to_comment_guid");
        if (replyTo != null && !comments.exists(topic.id(), replyTo)) {
            f.error("reply_to_comment_guid", "no comment " + replyTo + " in this topic");
        }
        String author = authorOf(caller);
        if (author == null && f.has("author")) {
            author = projectUserOrNull(project, f.text("author", MAX_TEXT));
        }
        f.check();
        UUID commentGuid = guid == null ? UUID.randomUUID() : guid;
        if (comments.exists(topic.id(), commentGuid)) {
            throw new ConflictException("A comment with guid " + commentGuid + " already exists in this topic.");
        }
        OffsetDateTime when = date == null ? now() : date;
        comments.insert(new CommentRow(0, topic.id(), topic.guid(), commentGuid, when, author,
                text == null ? "" : text, viewpoint, replyTo, when, null));
        activity.record(project.id(), caller, "bcf.comment.create",
                Map.of("topic_guid", topicGuid, "guid", commentGuid.toString()));
        return comments.find(topic.id(), commentGuid).orElseThrow(() -> commentNotFound(commentGuid.toString()));
    }

    @Transactional
    CommentRow updateComment(Caller caller, long projectId, String topicGuid, String guid, @Nullable JsonNode body,
            boolean full) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_GUEST);
        TopicRow topic = topic(project, topicGuid);
        CommentRow current = comments.find(topic.id(), parseGuid(guid, "comment")).orElseThrow(() -> commentNotFound(guid));
        String author = authorOf(caller);
        requireOwnOrUser(project, current, author);
        RequestFields f = new RequestFields(body);
        String text = current.comment();
        if (full || f.has("comment")) {
            String given = f.text("comment", MAX_DESCRIPTION);
            text = given == null ? "" : given;
        }
        UUID viewpoint = full || f.has("viewpoint_guid") ? f.guid("viewpoint_guid") : current.viewpointGuid();
        if (viewpoint != null && !viewpoint.equals(current.viewpointGuid()) && !viewpoints.exists(topic.id(), viewpoint)) {
            f.error("viewpoint_guid", "no viewpoint " + viewpoint + " in this topic");
        }
        UUID replyTo = full || f.has("reply_to_comment_guid") ? f.guid("reply_to_comment_guid") : current.replyToCommentGuid();
        if (replyTo != null && !replyTo.equals(current.replyToCommentGuid())
                && (replyTo.equals(current.guid()) || !comments.exists(topic.id(), replyTo))) {
            f.error("reply_to_comment_guid", "no other comment " + replyTo + " in this topic");
        }
        f.check();
        comments.update(new CommentRow(current.id(), topic.id(), topic.guid(), current.guid(), current.date(),
                current.author(), text, viewpoint, replyTo, now(), author != null ? author : current.modifiedAuthor()));
        activity.record(project.id(), caller, "bcf.comment.update", Map.of("topic_guid", topicGuid, "guid", guid));
        return comments.find(topic.id(), current.guid()).orElseThrow(() -> commentNotFound(guid));
    }

    @Transactional
    void deleteComment(Caller caller, long projectId, String topicGuid, String guid) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_GUEST);
        TopicRow topic = topic(project, topicGuid);
        CommentRow current = comments.find(topic.id(), parseGuid(guid, "comment")).orElseThrow(() -> commentNotFound(guid));
        requireOwnOrUser(project, current, authorOf(caller));
        comments.delete(topic.id(), current.guid());
        activity.record(project.id(), caller, "bcf.comment.delete", Map.of("topic_guid", topicGuid, "guid", guid));
    }

    /** Guests change only their own comments; project users and admins change any. */
    private static void requireOwnOrUser(BcfProjects.Project project, CommentRow comment, @Nullable String author) {
        if (project.role() >= AccessPolicy.ROLE_USER) {
            return;
        }
        if (author == null || comment.author() == null || !author.equalsIgnoreCase(comment.author())) {
            throw new ForbiddenException("A guest may change only their own comments.");
        }
    }

    // ---- shared

    private TopicRow topic(BcfProjects.Project project, String guid) {
        return topics.find(project.id(), parseGuid(guid, "topic")).orElseThrow(() -> topicNotFound(guid));
    }

    /** The caller's e-mail (BCF authors are e-mails); null for applications and project tokens. */
    private @Nullable String authorOf(Caller caller) {
        Long userId = caller.userId();
        if (userId == null || !caller.isUser()) {
            return null;
        }
        return projects.person(userId).map(BcfProjects.Person::email).orElse(null);
    }

    /** A path guid that is no UUID names nothing: 404, not 400. */
    static UUID parseGuid(String guid, String what) {
        try {
            if (guid.length() == 36) {
                return UUID.fromString(guid);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 404
        }
        throw new NotFoundException("No " + what + " " + guid + ".");
    }

    private static NotFoundException topicNotFound(String guid) {
        return new NotFoundException("No topic " + guid + " in this project.");
    }

    private static NotFoundException commentNotFound(String guid) {
        return new NotFoundException("No comment " + guid + " in this topic.");
    }

    /** PostgreSQL keeps microseconds; cutting here makes the answer equal to what a later read returns. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
