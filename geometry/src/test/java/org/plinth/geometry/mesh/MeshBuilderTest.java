package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeshBuilderTest {

    private static void tetra(MeshBuilder b, boolean insideOut) {
        double[][] faces = {
            {0, 0, 0, 0, 1, 0, 1, 0, 0}, {0, 0, 0, 1, 0, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 1, 0, 1, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}};
        for (double[] f : faces) {
            double[] ring = f.clone();
            if (insideOut) {
                System.arraycopy(f, 3, ring, 6, 3);
                System.arraycopy(f, 6, ring, 3, 3);
            }
            b.planarFace(ring, List.of());
        }
    }

    @Test
    void insideOutShellIsTurnedOutwardAndAnOutwardOneIsLeftAlone() {
        MeshBuilder b = new MeshBuilder();
        b.setTransform(Transform.translation(1000, 2000, 3));
        tetra(b, false);
        int vm = b.vertexCount();
        int im = b.indexCount();
        tetra(b, true);
        assertThat(b.orientOutwardSince(vm, im)).isTrue();
        assertThat(b.orientOutwardSince(0, 0)).isFalse();
        TriangleMesh m = b.build();
        assertThat(m.signedVolume(Transform.translation(-1000, -2000, -3))).isCloseTo(2.0 / 6, within(1e-6));
    }
}
