package org.plinth.bcf;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A model file the topic refers to (markup {@code Header/File}). BCF-API {@code file_GET}: ifc_project, ifc_spatial_structure_element, file_name, reference, date. */
public record HeaderFile(Optional<String> ifcProject, Optional<String> ifcSpatialStructureElement, boolean external,
                         Optional<String> filename, Optional<Instant> date, Optional<String> reference) {
    public HeaderFile {
        Objects.requireNonNull(ifcProject, "ifcProject");
        Objects.requireNonNull(ifcSpatialStructureElement, "ifcSpatialStructureElement");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
    }
}
