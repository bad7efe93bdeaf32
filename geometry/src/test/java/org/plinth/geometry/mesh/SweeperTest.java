package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SweeperTest {

    private static final GeometrySettings S = GeometrySettings.DEFAULTS;

    private static double polygonArea(double r) {
        int n = Math.max(8, S.arcSegments(r, 2 * Math.PI));
        return n / 2.0 * r * r * Math.sin(2 * Math.PI / n);
    }

    @Test
    void mitredTubeAlongABentPathHasAreaTimesLength() {
        double r = 0.02;
        double[] path = {0, 0, 0, 1, 0, 0, 1, 2, 0, 1, 2, 1.5};
        MeshBuilder b = new MeshBuilder();
        Sweeper.sweepDisk(path, r, 0, S, b);
        TriangleMesh m = b.build();
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo(polygonArea(r) * 4.5, within(1e-7));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void hollowTubeSubtractsTheInnerDisk() {
        MeshBuilder b = new MeshBuilder();
        Sweeper.sweepDisk(new double[] {0, 0, 0, 0, 0, 3}, 0.1, 0.08, S, b);
        TriangleMesh m = b.build();
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo((polygonArea(0.1) - polygonArea(0.08)) * 3, within(1e-7));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
    }

    @Test
    void revolvedRectangleFollowsPappusWithinTheChordTolerance() {
        // x in [1,2], y in [0,1], about the y axis: 2π · 1.5 · 1 = 3π
        Profile p = Profile.of(new double[] {1, 0, 2, 0, 2, 1, 1, 1});
        MeshBuilder full = new MeshBuilder();
        Sweeper.revolve(p, new double[] {0, 0, 0}, new double[] {0, 1, 0}, 2 * Math.PI, S, full);
        TriangleMesh m = full.build();
        assertThat(m.signedVolume(Transform.IDENTITY)).isBetween(3 * Math.PI * 0.99, 3 * Math.PI);
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
        MeshBuilder quarter = new MeshBuilder();
        Sweeper.revolve(p, new double[] {0, 0, 0}, new double[] {0, 1, 0}, Math.PI / 2, S, quarter);
        TriangleMesh q = quarter.build();
        assertThat(q.signedVolume(Transform.IDENTITY)).isBetween(3 * Math.PI / 4 * 0.99, 3 * Math.PI / 4);
        assertThat(MeshChecks.openOrInconsistentEdges(q)).isZero();
    }

    @Test
    void profileSweptAlongAStraightDirectrixIsAnExtrusion() {
        MeshBuilder b = new MeshBuilder();
        Sweeper.sweepProfile(StandardProfiles.rectangle(0.4, 0.2), new double[] {0, 0, 0, 5, 0, 0}, new double[] {0, 0, 1},
            true, b);
        TriangleMesh m = b.build();
        assertThat(m.signedVolume(Transform.IDENTITY)).isCloseTo(0.4 * 0.2 * 5, within(1e-6));
        assertThat(MeshChecks.openOrInconsistentEdges(m)).isZero();
        double[] box = TriangleMesh.emptyBounds();
        m.extendBounds(Transform.IDENTITY, box);
        // y of the profile follows +z (the reference), so the 0.2 side is vertical
        assertThat(box).containsExactly(new double[] {0, -0.2, -0.1, 5, 0.2, 0.1}, within(1e-6));
    }
}
