package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of BIMData's BCF models (models.tsv): every required field present, nullable ones
 * may be null. Field names become snake_case through Jackson's naming strategy.
 */
final class BcfViews {

    private BcfViews() {
    }

    /** BIMData {@code Auth}: where a BCF client gets a token. Plinth's OIDC provider endpoints. */
    record AuthView(String oauth2AuthUrl, String oauth2TokenUrl, boolean httpBasicSupported,
            List<String> supportedOauth2Flows) {
    }

    /** BIMData {@code Version}. */
    record VersionView(String versionId, String detailedVersion) {
    }

    /** BIMData {@code SelfBcfUser}: the id is the e-mail, as BCF authors are e-mails. */
    record SelfBcfUserView(@Nullable String id, @Nullable String name, @Nullable String email, boolean isClient,
            boolean isProjectToken) {
    }

    /** BIMData {@code BcfProject}: {@code project_id} is the id as a string (BCF ids are strings). */
    record BcfProjectView(long id, String projectId, String name) {

        static BcfProjectView of(BcfProjects.Project project) {
            return new BcfProjectView(project.id(), Long.toString(project.id()), project.name());
        }
    }

    /** BIMData {@code Extensions}: the vocabularies plus what the caller may do (BCF-API 2.1 authorization). */
    record ExtensionsView(List<String> topicType, List<String> topicStatus, List<String> topicLabel,
            List<String> priority, List<String> stage, List<String> userIdType, List<String> priorityColors,
            List<String> topicStatusColors, @Nullable List<String> snippetType, List<String> projectActions,
            List<String> topicActions, List<String> commentActions) {
    }

    /** BIMData {@code DetailedExtensions}: the vocabularies with their ids (for the extension routes). */
    record DetailedExtensionsView(List<LabelView> topicLabels, List<TopicTypeView> topicTypes,
            List<TopicStatusView> topicStatuses, List<PriorityView> priorities, List<StageView> stages) {
    }

    record LabelView(long id, String label) {
    }

    record TopicTypeView(long id, String topicType) {
    }

    record TopicStatusView(long id, String topicStatus, @Nullable String color) {
    }

    record PriorityView(long id, String priority, @Nullable String color) {
    }

    record StageView(long id, String stage) {
    }

    /** BIMData {@code Topic}. {@code ifcs}/{@code models}/{@code groups} are not linked yet: empty. */
    record TopicView(String guid, @Nullable String topicType, @Nullable String topicStatus, String title,
            @Nullable String priority, List<String> labels, OffsetDateTime creationDate,
            @Nullable String creationAuthor, @Nullable OffsetDateTime modifiedDate, @Nullable String modifiedAuthor,
            @Nullable String assignedTo, @Nullable List<String> referenceLinks, @Nullable String stage,
            @Nullable String description, @Nullable OffsetDateTime dueDate, List<Long> ifcs, List<Long> models,
            String format, @Nullable Integer index, @Nullable Object bimdataViewerLayout, List<Long> groups) {

        static TopicView of(TopicRow row) {
            return new TopicView(row.guid().toString(), row.topicType(), row.topicStatus(), row.title(),
                    row.priority(), row.labels(), row.creationDate(), row.creationAuthor(), row.modifiedDate(),
                    row.modifiedAuthor(), row.assignedTo(), row.referenceLinks(), row.stage(), row.description(),
                    row.dueDate(), List.of(), List.of(), row.format(), row.index(), row.bimdataViewerLayout(),
                    List.of());
        }
    }

    /** BIMData {@code Comment}. */
    record CommentView(String guid, OffsetDateTime date, @Nullable String author, String comment,
            @Nullable String viewpointGuid, @Nullable String replyToCommentGuid, String topicGuid,
            @Nullable String modifiedAuthor, OffsetDateTime modifiedDate) {

        static CommentView of(CommentRow row) {
            return new CommentView(row.guid().toString(), row.date(), row.author(), row.comment(),
                    row.viewpointGuid() == null ? null : row.viewpointGuid().toString(),
                    row.replyToCommentGuid() == null ? null : row.replyToCommentGuid().toString(),
                    row.topicGuid().toString(), row.modifiedAuthor(), row.modifiedDate());
        }
    }
}
