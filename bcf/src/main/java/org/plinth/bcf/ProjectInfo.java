package org.plinth.bcf;

import java.util.Objects;
import java.util.Optional;

/** {@code project.bcfp}: the project the topics belong to. BCF-API {@code project_id} / {@code name}. */
public record ProjectInfo(String projectId, Optional<String> name) {
    public ProjectInfo {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
    }
}
