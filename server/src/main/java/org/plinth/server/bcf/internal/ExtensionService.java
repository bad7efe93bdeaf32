package org.plinth.server.bcf.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.bcf.internal.ExtensionRepository.ExtensionRow;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * BIMData's extension routes: project admins add, rename and remove topic types, statuses,
 * priorities, labels and stages. A rename updates every topic using the value in the same
 * transaction; a removal leaves topics as they are (BIMData: topics using it are not deleted).
 */
@Service
class ExtensionService {

    static final int MAX_COLOR = 32;

    private final BcfProjects projects;
    private final ExtensionRepository extensions;
    private final ProjectActivity activity;

    ExtensionService(BcfProjects projects, ExtensionRepository extensions, ProjectActivity activity) {
        this.projects = projects;
        this.extensions = extensions;
        this.activity = activity;
    }

    @Transactional
    Map<String, @Nullable Object> create(Caller caller, long projectId, ExtensionKind kind, @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_ADMIN);
        RequestFields f = new RequestFields(body);
        String value = f.requiredText(kind.field, TopicService.MAX_TEXT);
        String color = kind.colored ? f.text("color", MAX_COLOR) : null;
        f.check();
        if (extensions.exists(project.id(), kind, value)) {
            throw new ConflictException("The project already has the " + kind.kind + " '" + value + "'.");
        }
        long id = extensions.insert(project.id(), kind, value, color);
        activity.record(project.id(), caller, "bcf.extension.create", Map.of("kind", kind.kind, "value", value));
        return view(kind, new ExtensionRow(id, kind.kind, value, color));
    }

    @Transactional
    Map<String, @Nullable Object> update(Caller caller, long projectId, ExtensionKind kind, long id,
            @Nullable JsonNode body) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_ADMIN);
        ExtensionRow current = extensions.find(project.id(), kind, id).orElseThrow(() -> notFound(kind, id));
        RequestFields f = new RequestFields(body);
        String value = f.has(kind.field) ? f.requiredText(kind.field, TopicService.MAX_TEXT) : current.value();
        String color = kind.colored && f.has("color") ? f.text("color", MAX_COLOR) : current.color();
        f.check();
        if (!value.equals(current.value())) {
            if (extensions.exists(project.id(), kind, value)) {
                throw new ConflictException("The project already has the " + kind.kind + " '" + value + "'.");
            }
            extensions.renameOnTopics(project.id(), kind, current.value(), value);
        }
        extensions.update(id, value, color);
        activity.record(project.id(), caller, "bcf.extension.update",
                Map.of("kind", kind.kind, "from", current.value(), "to", value));
        return view(kind, new ExtensionRow(id, kind.kind, value, color));
    }

    @Transactional
    void delete(Caller caller, long projectId, ExtensionKind kind, long id) {
        BcfProjects.Project project = projects.require(caller, projectId, Scopes.BCF_WRITE, AccessPolicy.ROLE_ADMIN);
        ExtensionRow current = extensions.find(project.id(), kind, id).orElseThrow(() -> notFound(kind, id));
        extensions.delete(id);
        activity.record(project.id(), caller, "bcf.extension.delete", Map.of("kind", kind.kind, "value", current.value()));
    }

    /** BIMData's {@code BcfLabel}, {@code Priority}, {@code Stage}, {@code TopicStatus}, {@code TopicType}. */
    private static Map<String, @Nullable Object> view(ExtensionKind kind, ExtensionRow row) {
        Map<String, @Nullable Object> view = new LinkedHashMap<>();
        view.put("id", row.id());
        view.put(kind.field, row.value());
        if (kind.colored) {
            view.put("color", row.color());
        }
        return view;
    }

    private static NotFoundException notFound(ExtensionKind kind, long id) {
        return new NotFoundException("No " + kind.kind + " " + id + " in this project.");
    }
}
