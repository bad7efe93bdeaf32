package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShapeBuilderTest {

    @Test
    void georeferencedCoordinatesKeepMillimetresThroughTheShapeOrigin() {
        ShapeBuilder sb = new ShapeBuilder();
        MeshBuilder b = sb.builder(Colour.DEFAULT, Transform.translation(452269.123, 4539403.456, 100.5));
        Extruder.extrude(StandardProfiles.rectangle(0.003, 0.002), new double[] {0, 0, 1}, 0.001, b);
        Shape shape = sb.build();
        Transform back = sb.originTransform();
        assertThat(back.get(0, 3)).isEqualTo(452269);
        assertThat(back.get(1, 3)).isEqualTo(4539403);
        TriangleMesh m = shape.primitives().get(0).mesh();
        double[] box = TriangleMesh.emptyBounds();
        m.extendBounds(back, box);
        assertThat(box[0]).isCloseTo(452269.123 - 0.0015, within(1e-6));
        assertThat(box[4]).isCloseTo(4539403.456 + 0.001, within(1e-6));
        assertThat(m.signedVolume(back)).isCloseTo(0.003 * 0.002 * 0.001, within(1e-12));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }
}
