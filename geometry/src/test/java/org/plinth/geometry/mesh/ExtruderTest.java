package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtruderTest {

    private static final GeometrySettings S = GeometrySettings.DEFAULTS;

    private static TriangleMesh extrude(Profile p, double[] dir, double depth, Transform t) {
        MeshBuilder b = new MeshBuilder();
        b.setTransform(t);
        Extruder.extrude(p, dir, depth, b);
        return b.build();
    }

    @Test
    void boxHasExactVolumeAndIsClosed() {
        TriangleMesh m = extrude(StandardProfiles.rectangle(2, 3), new double[] {0, 0, 1}, 4, Transform.IDENTITY);
        assertThat(m.triangleCount()).isEqualTo(12);
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo(24.0, within(1e-9));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void downwardAndSlantedExtrusionsStayOutwardWithVolumeAreaTimesHeight() {
        TriangleMesh down = extrude(StandardProfiles.rectangle(2, 3), new double[] {0, 0, -1}, 4, Transform.IDENTITY);
        assertThat(down.signedVolume(Transform.IDENTITY)).isCloseTo(24.0, within(1e-9));
        double[] slanted = {1, 0, 1};
        TriangleMesh s = extrude(StandardProfiles.rectangle(2, 3), slanted, Math.sqrt(2) * 4, Transform.IDENTITY);
        assertThat(s.signedVolume(Transform.IDENTITY)).isCloseTo(24.0, within(1e-6));
        assertThat(MeshChecks.openOrInconsistentEdges(s)).isZero();
    }

    @Test
    void lShapedSlabFromArbitraryProfileWithHole() {
        // L of 6x6 minus 3x3 corner = 27 m², with a 1x1 hole: 26 m², 0.25 m thick
        double[] outer = {0, 0, 6, 0, 6, 3, 3, 3, 3, 6, 0, 6};
        double[] hole = {1, 1, 2, 1, 2, 2, 1, 2};
        Profile p = new Profile(outer, List.of(hole));
        assertThat(p.area()).isCloseTo(26.0, within(1e-12));
        TriangleMesh m = extrude(p, new double[] {0, 0, 1}, 0.25, Transform.IDENTITY);
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo(6.5, within(1e-9));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void cylinderWithinChordToleranceAtSeveralRotationsAndFarFromOrigin() {
        double r = 0.3;
        double h = 2.5;
        Transform[] placements = {
            Transform.IDENTITY,
            Transform.ofAxes(new double[] {0, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1}, new double[] {1, 0, 0}),
            Transform.ofAxes(new double[] {1000, -2000, 50}, new double[] {Math.cos(0.3), Math.sin(0.3), 0},
                new double[] {-Math.sin(0.3), Math.cos(0.3), 0}, new double[] {0, 0, 1})};
        for (Transform t : placements) {
            TriangleMesh m = extrude(StandardProfiles.circle(r, S), new double[] {0, 0, 1}, h, Transform.IDENTITY);
            double exact = Math.PI * r * r * h;
            // an inscribed polygon with sagitta ≤ 0.5 % of r loses at most 1 % of the area
            assertThat(m.signedVolume(t)).isBetween(exact * 0.99, exact);
            assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
        }
    }

    @Test
    void mirroringTransformKeepsVolumePositive() {
        Transform mirror = Transform.scale(-1, 1, 1);
        TriangleMesh m = extrude(StandardProfiles.iShape(0.2, 0.4, 0.01, 0.02), new double[] {0, 0, 1}, 3, mirror);
        double area = 0.2 * 0.4 - 2 * (0.4 - 0.04) * (0.1 - 0.005);
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo(area * 3, within(1e-7));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void filletsAddTheirAnalyticAreaWithinTheChordTolerance() {
        // H80/80/8 with a root fillet r = 12: 1216 + r²(1 - π/4) mm²
        double sharp = StandardProfiles.lShape(0.08, 0.08, 0.008).area();
        double filleted = StandardProfiles.lShape(0.08, 0.08, 0.008, 0.012, 0, S).area();
        double fillet = 0.012 * 0.012 * (1 - Math.PI / 4);
        assertThat(sharp).isCloseTo(1216e-6, within(1e-12));
        // chords of an arc with sagitta ≤ 0.5 % of r miss at most about 0.006 r² of a quarter circle's area
        assertThat(filleted - sharp).isCloseTo(fillet, within(0.006 * 0.012 * 0.012));
        // an I-shape: four root fillets; rounding the flange edges removes r²(1 - π/4) each
        double iSharp = StandardProfiles.iShape(0.2, 0.4, 0.01, 0.02).area();
        double iRounded = StandardProfiles.iShape(0.2, 0.4, 0.01, 0.02, 0.015, 0.005, S).area();
        double expected = iSharp + 4 * 0.015 * 0.015 * (1 - Math.PI / 4) - 4 * 0.005 * 0.005 * (1 - Math.PI / 4);
        assertThat(iRounded).isCloseTo(expected, within(4 * 0.006 * (0.015 * 0.015 + 0.005 * 0.005)));
        TriangleMesh m = extrude(StandardProfiles.iShape(0.2, 0.4, 0.01, 0.02, 0.015, 0.005, S), new double[] {0, 0, 1}, 2,
            Transform.IDENTITY);
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void standardProfilesHaveTheirAnalyticAreas() {
        assertThat(StandardProfiles.lShape(0.1, 0.08, 0.01).area()).isCloseTo(0.1 * 0.01 + 0.07 * 0.01, within(1e-12));
        assertThat(StandardProfiles.tShape(0.3, 0.2, 0.01, 0.02).area()).isCloseTo(0.2 * 0.02 + 0.28 * 0.01, within(1e-12));
        assertThat(StandardProfiles.uShape(0.3, 0.1, 0.01, 0.02).area()).isCloseTo(2 * 0.1 * 0.02 + 0.26 * 0.01, within(1e-12));
        assertThat(StandardProfiles.cShape(0.3, 0.1, 0.01, 0.03).area())
            .isCloseTo(0.3 * 0.1 - 0.28 * 0.08 - 0.01 * 0.24, within(1e-12));
        assertThat(StandardProfiles.zShape(0.3, 0.1, 0.01, 0.02).area()).isCloseTo(2 * 0.1 * 0.02 + 0.26 * 0.01, within(1e-12));
        assertThat(StandardProfiles.hollowRectangle(0.2, 0.1, 0.01).area()).isCloseTo(0.02 - 0.18 * 0.08, within(1e-12));
    }
}
