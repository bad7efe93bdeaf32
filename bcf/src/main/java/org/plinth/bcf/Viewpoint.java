package org.plinth.bcf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A viewpoint: the markup's {@code ViewPoint} entry (guid, index, snapshot) merged with its {@code .bcfv}
 * visualization info. BCF-API {@code viewpoint_GET}: guid, index, orthogonal_camera, perspective_camera, lines,
 * clipping_planes, bitmaps, snapshot, components. At most one camera is present (3.0 requires exactly one).
 * The markup's viewpoint guid is authoritative; a differing {@code VisualizationInfo/@Guid} is not kept.
 */
public record Viewpoint(String guid, Optional<Integer> index, Optional<Snapshot> snapshot,
                        Optional<OrthogonalCamera> orthogonalCamera, Optional<PerspectiveCamera> perspectiveCamera,
                        List<Line> lines, List<ClippingPlane> clippingPlanes, List<Bitmap> bitmaps,
                        Optional<Components> components) {
    public Viewpoint {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(orthogonalCamera, "orthogonalCamera");
        Objects.requireNonNull(perspectiveCamera, "perspectiveCamera");
        lines = List.copyOf(lines);
        clippingPlanes = List.copyOf(clippingPlanes);
        bitmaps = List.copyOf(bitmaps);
        Objects.requireNonNull(components, "components");
    }

    /** True when there is anything for a {@code .bcfv} file (camera, lines, planes, bitmaps or components). */
    public boolean hasVisualizationInfo() {
        return orthogonalCamera.isPresent() || perspectiveCamera.isPresent() || !lines.isEmpty()
                || !clippingPlanes.isEmpty() || !bitmaps.isEmpty() || components.isPresent();
    }

    /** Snapshot image. BCF-API {@code snapshot}: snapshot_type, snapshot_data. */
    public record Snapshot(ImageFormat format, BinaryContent content) {
        public Snapshot {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * BCF-API {@code orthogonal_camera}: camera_view_point, camera_direction, camera_up_vector, view_to_world_scale,
     * aspect_ratio (3.0; absent when read from 2.x, where 3.0 says to assume 1.0).
     */
    public record OrthogonalCamera(Vector3 viewPoint, Vector3 direction, Vector3 upVector, double viewToWorldScale,
                                   Optional<Double> aspectRatio) {
        public OrthogonalCamera {
            Objects.requireNonNull(viewPoint, "viewPoint");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(upVector, "upVector");
            Objects.requireNonNull(aspectRatio, "aspectRatio");
        }
    }

    /** BCF-API {@code perspective_camera}: camera_view_point, camera_direction, camera_up_vector, field_of_view (degrees), aspect_ratio. */
    public record PerspectiveCamera(Vector3 viewPoint, Vector3 direction, Vector3 upVector, double fieldOfView,
                                    Optional<Double> aspectRatio) {
        public PerspectiveCamera {
            Objects.requireNonNull(viewPoint, "viewPoint");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(upVector, "upVector");
            Objects.requireNonNull(aspectRatio, "aspectRatio");
        }
    }

    /** BCF-API {@code line}: start_point, end_point. */
    public record Line(Vector3 start, Vector3 end) {
    }

    /** BCF-API {@code clipping_plane}: location, direction. */
    public record ClippingPlane(Vector3 location, Vector3 direction) {
    }

    /** BCF-API {@code bitmap}: bitmap_type, bitmap_data, location, normal, up, height. The zip file name is not kept. */
    public record Bitmap(ImageFormat format, BinaryContent content, Vector3 location, Vector3 normal, Vector3 up,
                         double height) {
        public Bitmap {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * BCF-API {@code components}: selection, visibility, coloring. An empty {@code <Selection/>} and an absent one
     * read the same.
     */
    public record Components(List<Component> selection, Visibility visibility, List<Coloring> coloring) {
        public Components {
            selection = List.copyOf(selection);
            Objects.requireNonNull(visibility, "visibility");
            coloring = List.copyOf(coloring);
        }
    }

    /** BCF-API {@code component}: ifc_guid, originating_system, authoring_tool_id. */
    public record Component(Optional<String> ifcGuid, Optional<String> originatingSystem,
                            Optional<String> authoringToolId) {
        public Component {
            Objects.requireNonNull(ifcGuid, "ifcGuid");
            Objects.requireNonNull(originatingSystem, "originatingSystem");
            Objects.requireNonNull(authoringToolId, "authoringToolId");
        }

        public static Component ofIfcGuid(String ifcGuid) {
            return new Component(Optional.of(ifcGuid), Optional.empty(), Optional.empty());
        }
    }

    /** BCF-API {@code visibility}: default_visibility, exceptions, view_setup_hints. */
    public record Visibility(boolean defaultVisibility, List<Component> exceptions,
                             Optional<ViewSetupHints> viewSetupHints) {
        /** What an absent {@code Visibility} means: nothing visible by default (3.0 XSD default), no exceptions. */
        public static final Visibility DEFAULT = new Visibility(false, List.of(), Optional.empty());

        public Visibility {
            exceptions = List.copyOf(exceptions);
            Objects.requireNonNull(viewSetupHints, "viewSetupHints");
        }
    }

    /** BCF-API {@code view_setup_hints}: spaces_visible, space_boundaries_visible, openings_visible. */
    public record ViewSetupHints(boolean spacesVisible, boolean spaceBoundariesVisible, boolean openingsVisible) {
    }

    /** BCF-API {@code coloring}: color (hex RRGGBB or AARRGGBB as written), components. */
    public record Coloring(String color, List<Component> components) {
        public Coloring {
            Objects.requireNonNull(color, "color");
            components = List.copyOf(components);
        }
    }
}
