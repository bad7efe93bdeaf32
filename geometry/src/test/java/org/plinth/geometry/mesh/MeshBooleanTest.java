package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeshBooleanTest {

    private final MeshBoolean bool = new MeshBoolean(GeometrySettings.DEFAULTS.booleanPlaneTolerance());

    private static double volume(MeshBoolean.Solid s) {
        MeshBuilder b = new MeshBuilder();
        MeshBoolean.emit(s, b);
        return b.build().signedVolume(Transform.IDENTITY);
    }

    private static MeshBoolean.Solid box(double x0, double x1, double y0, double y1, double z0, double z1) {
        return MeshBoolean.box(Transform.IDENTITY, x0, x1, y0, y1, z0, z1);
    }

    @Test
    void boxMinusThroughOpeningHasExactVolume() {
        // wall 4 x 0.2 x 3, opening 1 x 1.2 (deeper than the wall) x 2
        MeshBoolean.Solid wall = box(0, 4, 0, 0.2, 0, 3);
        MeshBoolean.Solid opening = box(1, 2, -0.5, 0.7, 0, 2);
        MeshBoolean.Solid r = bool.apply(MeshBoolean.Operation.DIFFERENCE, wall, opening);
        assertThat(volume(r)).isCloseTo(2.4 - 0.4, within(1e-6));
        MeshBuilder b = new MeshBuilder();
        MeshBoolean.emit(r, b);
        assertThat(MeshTopology.isClosed(java.util.List.of(b.build()))).isTrue();
        // a surface with a face missing is not
        MeshBuilder open = new MeshBuilder();
        MeshBoolean.emit(box(0, 1, 0, 1, 0, 1), open);
        TriangleMesh full = open.build();
        TriangleMesh missing = new TriangleMesh(full.positions(), full.normals(),
            java.util.Arrays.copyOf(full.indices(), full.indices().length - 6));
        assertThat(MeshTopology.isClosed(java.util.List.of(missing))).isFalse();
    }

    @Test
    void blindRecessAndFlushFacesAreExact() {
        MeshBoolean.Solid wall = box(0, 4, 0, 0.2, 0, 3);
        // recess 0.1 deep, sharing the wall's front face plane
        MeshBoolean.Solid recess = box(1, 2, 0, 0.1, 1, 2);
        assertThat(volume(bool.apply(MeshBoolean.Operation.DIFFERENCE, wall, recess))).isCloseTo(2.4 - 0.1, within(1e-6));
    }

    @Test
    void unionAndIntersectionOfOverlappingBoxes() {
        MeshBoolean.Solid a = box(0, 2, 0, 2, 0, 2);
        MeshBoolean.Solid b = box(1, 3, 1, 3, 1, 3);
        assertThat(volume(bool.apply(MeshBoolean.Operation.UNION, a, b))).isCloseTo(15, within(1e-6));
        assertThat(volume(bool.apply(MeshBoolean.Operation.INTERSECTION, a, b))).isCloseTo(1, within(1e-6));
        assertThat(volume(bool.apply(MeshBoolean.Operation.DIFFERENCE, a, b))).isCloseTo(7, within(1e-6));
    }

    @Test
    void rotatedAndFarFromOriginStillExact() {
        Transform far = Transform.ofAxes(new double[] {450000, 5400000, 30},
            new double[] {Math.cos(0.4), Math.sin(0.4), 0}, new double[] {-Math.sin(0.4), Math.cos(0.4), 0},
            new double[] {0, 0, 1});
        MeshBoolean.Solid wall = MeshBoolean.box(far, 0, 4, 0, 0.2, 0, 3);
        MeshBoolean.Solid opening = MeshBoolean.box(far, 1, 2, -0.5, 0.7, 0.5, 2);
        MeshBuilder b = new MeshBuilder();
        MeshBoolean.Solid r = bool.apply(MeshBoolean.Operation.DIFFERENCE, wall, opening);
        // meshes are float: the result is written back in the frame's local coordinates, as the mesher does for hosts
        b.setTransform(far.inverse());
        MeshBoolean.emit(r, b);
        double v = b.build().signedVolume(Transform.IDENTITY);
        assertThat(v).isCloseTo(2.4 - 0.3, within(1e-6));
    }

    @Test
    void disjointOperandsShortCut() {
        MeshBoolean.Solid a = box(0, 1, 0, 1, 0, 1);
        MeshBoolean.Solid b = box(5, 6, 0, 1, 0, 1);
        assertThat(bool.apply(MeshBoolean.Operation.DIFFERENCE, a, b)).isSameAs(a);
        assertThat(bool.apply(MeshBoolean.Operation.INTERSECTION, a, b).isEmpty()).isTrue();
    }
}
