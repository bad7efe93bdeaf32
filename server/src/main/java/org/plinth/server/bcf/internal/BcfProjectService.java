package org.plinth.server.bcf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.bcf.internal.BcfViews.BcfProjectView;
import org.plinth.server.bcf.internal.BcfViews.DetailedExtensionsView;
import org.plinth.server.bcf.internal.BcfViews.ExtensionsView;
import org.plinth.server.bcf.internal.BcfViews.LabelView;
import org.plinth.server.bcf.internal.BcfViews.PriorityView;
import org.plinth.server.bcf.internal.BcfViews.StageView;
import org.plinth.server.bcf.internal.BcfViews.TopicStatusView;
import org.plinth.server.bcf.internal.BcfViews.TopicTypeView;
import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** BCF projects (Plinth projects seen through BCF) and their extensions. */
@Service
class BcfProjectService {

    private final BcfProjects projects;
    private final ExtensionRepository extensions;
    private final ProjectActivity activity;
    private final AccessPolicy policy;

    BcfProjectService(BcfProjects projects, ExtensionRepository extensions, ProjectActivity activity,
            AccessPolicy policy) {
        this.projects = projects;
        this.extensions = extensions;
        this.activity = activity;
        this.policy = policy;
    }

    /** Every project the user sees; a project access token sees its own project. Applications: none. */
    @Transactional(readOnly = true)
    List<BcfProjectView> list(Caller caller) {
        long tokenProject = ProjectAccess.tokenProjectId(caller);
        if (tokenProject >= 0) {
            return List.of(BcfProjectView.of(projects.require(caller, tokenProject, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST)));
        }
        policy.requireScope(caller, Scopes.BCF_READ);
        Long userId = caller.userId();
        if (userId == null) {
            return List.of();
        }
        List<BcfProjects.Project> visible = projects.visibleTo(userId);
        List<BcfProjectView> views = new ArrayList<>(visible.size());
        for (BcfProjects.Project project : visible) {
            views.add(BcfProjectView.of(project));
        }
        return views;
    }

    @Transactional(readOnly = true)
    BcfProjectView get(Caller caller, long projectId) {
        return BcfProjectView.of(projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST));
    }

    /** Renames the Plinth project (the BCF project's only writable field); project admins only. */
    @Transactional
    BcfProjectView update(Caller caller, long projectId, @Nullable JsonNode body, boolean full) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_ADMIN);
        RequestFields fields = new RequestFields(body);
        String name = full || fields.has("name") ? fields.requiredText("name", 255) : null;
        fields.check();
        if (name == null) {
            return BcfProjectView.of(project);
        }
        String trimmed = name.strip();
        projects.rename(project.id(), trimmed);
        activity.record(project.id(), caller, "bcf.project.update", Map.of("name", trimmed));
        return new BcfProjectView(project.id(), Long.toString(project.id()), trimmed);
    }

    @Transactional(readOnly = true)
    ExtensionsView extensions(Caller caller, long projectId) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        List<String> types = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> statusColors = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> priorities = new ArrayList<>();
        List<String> priorityColors = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (ExtensionRepository.ExtensionRow row : extensions.list(project.id())) {
            switch (row.kind()) {
                case "type" -> types.add(row.value());
                case "status" -> {
                    statuses.add(row.value());
                    statusColors.add(row.color() == null ? "" : row.color());
                }
                case "label" -> labels.add(row.value());
                case "priority" -> {
                    priorities.add(row.value());
                    priorityColors.add(row.color() == null ? "" : row.color());
                }
                case "stage" -> stages.add(row.value());
                default -> throw new IllegalStateException("unknown extension kind " + row.kind());
            }
        }
        boolean user = project.role() >= AccessPolicy.ROLE_USER;
        boolean write = Scopes.grants(caller.scopes(), Scopes.BCF_WRITE);
        List<String> projectActions = write && user ? List.of("createTopic") : List.of();
        if (write && BcfProjects.canManage(project)) {
            projectActions = List.of("update", "createTopic", "updateProjectExtensions");
        }
        List<String> topicActions = !write ? List.of()
                : user ? List.of("update", "updateRelatedTopics", "updateDocumentReferences", "createComment",
                        "createViewpoint", "delete")
                        : List.of("createComment");
        List<String> commentActions = !write ? List.of() : user ? List.of("update", "delete") : List.of();
        // BCF 2.1 users are identified by e-mail (user_id_type lists who may be assigned);
        // snippets are not supported (null, as BIMData answers).
        return new ExtensionsView(types, statuses, labels, priorities, stages,
                projects.userEmails(project.id(), project.cloudId()), priorityColors,
                statusColors, null, projectActions, topicActions, commentActions);
    }

    @Transactional(readOnly = true)
    DetailedExtensionsView detailedExtensions(Caller caller, long projectId) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_READ, AccessPolicy.ROLE_GUEST);
        List<LabelView> labels = new ArrayList<>();
        List<TopicTypeView> types = new ArrayList<>();
        List<TopicStatusView> statuses = new ArrayList<>();
        List<PriorityView> priorities = new ArrayList<>();
        List<StageView> stages = new ArrayList<>();
        for (ExtensionRepository.ExtensionRow row : extensions.list(project.id())) {
            switch (row.kind()) {
                case "type" -> types.add(new TopicTypeView(row.id(), row.value()));
                case "status" -> statuses.add(new TopicStatusView(row.id(), row.value(), row.color()));
                case "label" -> labels.add(new LabelView(row.id(), row.value()));
                case "priority" -> priorities.add(new PriorityView(row.id(), row.value(), row.color()));
                case "stage" -> stages.add(new StageView(row.id(), row.value()));
                default -> throw new IllegalStateException("unknown extension kind " + row.kind());
            }
        }
        return new DetailedExtensionsView(labels, types, statuses, priorities, stages);
    }
}
