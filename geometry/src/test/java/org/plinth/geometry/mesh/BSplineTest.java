package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BSplineTest {

    @Test
    void rationalQuadraticQuarterCircleLiesOnTheCircle() {
        double[] ctrl = {1, 0, 0, 1, 1, 0, 0, 1, 0};
        double[] weights = {1, Math.sqrt(0.5), 1};
        double[] knots = BSpline.expandKnots(new double[] {0, 1}, new int[] {3, 3});
        double[] p = BSpline.curve(ctrl, weights, 2, knots);
        assertThat(p.length / 3).isEqualTo(BSpline.SAMPLES_PER_SPAN + 1);
        for (int i = 0; i < p.length; i += 3) {
            assertThat(Math.hypot(p[i], p[i + 1])).isCloseTo(1, within(1e-12));
        }
        assertThat(p[0]).isEqualTo(1);
        assertThat(p[p.length - 2]).isCloseTo(1, within(1e-12));
    }

    @Test
    void bilinearSurfacePatchIsTheFlatSquare() {
        double[][] ctrl = {{0, 0, 0, 0, 1, 0}, {1, 0, 0, 1, 1, 0}};
        double[] k = BSpline.expandKnots(new double[] {0, 1}, new int[] {2, 2});
        MeshBuilder b = new MeshBuilder();
        BSpline.surface(ctrl, null, 1, 1, k, k, b);
        TriangleMesh m = b.build();
        assertThat(m.triangleCount()).isEqualTo(2);
        double[] box = TriangleMesh.emptyBounds();
        m.extendBounds(Transform.IDENTITY, box);
        assertThat(box).containsExactly(0, 0, 0, 1, 1, 0);
    }
}
