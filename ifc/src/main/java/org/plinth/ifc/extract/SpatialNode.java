package org.plinth.ifc.extract;

import java.util.List;

/**
 * A node of the spatial tree (project → site → building → storey → space, as the file aggregates
 * them), like BIMData's structure file.
 *
 * @param elevation storey Elevation, building ElevationOfRefHeight or site RefElevation, in the project
 *                  length unit; null when not given
 */
public record SpatialNode(String uuid, String type, String name, String longname, Double elevation,
        List<SpatialNode> children) {
}
