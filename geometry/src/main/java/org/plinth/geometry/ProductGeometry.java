package org.plinth.geometry;

import java.util.List;
import org.plinth.geometry.mesh.MeshTopology;
import org.plinth.geometry.mesh.ShapeInstance;
import org.plinth.geometry.mesh.Transform;
import org.plinth.geometry.mesh.TriangleMesh;

/**
 * The meshed body of one IFC product, in metres, IFC axes (z up).
 *
 * @param expressId the product's STEP id
 * @param globalId its IFC GlobalId
 * @param ifcClass EXPRESS spelling ({@code IfcWall})
 * @param name the product's Name, empty when not given
 * @param placement object placement in world coordinates
 * @param shapes body shapes relative to {@code placement}; empty when failed or without body geometry
 * @param status what happened
 * @param reason why it failed or what was approximated; empty when fully meshed
 */
public record ProductGeometry(int expressId, String globalId, String ifcClass, String name, Transform placement,
        List<ShapeInstance> shapes, Status status, String reason) {

    public ProductGeometry {
        shapes = List.copyOf(shapes);
    }

    public enum Status {
        /** Meshed completely. */
        OK,
        /** Meshed, with parts left out or approximated (see the reason). */
        PARTIAL,
        /** The product has no body representation the mesher uses (only axes, footprints, ...). */
        NO_GEOMETRY,
        /** Meshing failed; the reason says why. */
        FAILED
    }

    public int triangleCount() {
        int n = 0;
        for (ShapeInstance s : shapes) {
            n += s.shape().triangleCount();
        }
        return n;
    }

    /**
     * True when every shape instance (all its colours together) is a closed, consistently oriented surface, so
     * {@link #volume()} means something. Welds every vertex: for reports, not for hot paths.
     */
    public boolean isClosed() {
        if (shapes.isEmpty()) {
            return false;
        }
        for (ShapeInstance s : shapes) {
            List<TriangleMesh> parts = new java.util.ArrayList<>();
            for (var p : s.shape().primitives()) {
                parts.add(p.mesh());
            }
            if (!MeshTopology.isClosed(parts)) {
                return false;
            }
        }
        return true;
    }

    /** World-space transform of a shape instance. */
    public Transform worldTransform(ShapeInstance s) {
        return placement.multiply(s.transform());
    }

    /**
     * Signed-tetrahedra volume in m³ of all shapes, world space (meaningful when they are closed). A mirroring
     * instance transform turns its triangles inside out as coordinates, but glTF viewers (and this sum) take the
     * mirror into account: such instances count with the determinant's sign.
     */
    public double volume() {
        double v = 0;
        for (ShapeInstance s : shapes) {
            // an affine map scales volumes by its determinant: measure in the shape's own small coordinates
            double scale = Math.abs(worldTransform(s).determinant());
            for (var p : s.shape().primitives()) {
                v += scale * p.mesh().signedVolume(Transform.IDENTITY);
            }
        }
        return v;
    }

    /** World bounding box {minX,minY,minZ,maxX,maxY,maxZ} in metres; infinite values when there are no triangles. */
    public double[] bounds() {
        double[] box = TriangleMesh.emptyBounds();
        for (ShapeInstance s : shapes) {
            Transform t = worldTransform(s);
            for (var p : s.shape().primitives()) {
                p.mesh().extendBounds(t, box);
            }
        }
        return box;
    }
}
