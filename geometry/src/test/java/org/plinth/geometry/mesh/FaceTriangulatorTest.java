package org.plinth.geometry.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaceTriangulatorTest {

    private static double area(double[] r, int[] tris) {
        double a = 0;
        for (int i = 0; i < tris.length; i += 3) {
            int p = tris[i] * 2, q = tris[i + 1] * 2, s = tris[i + 2] * 2;
            double cross = (r[q] - r[p]) * (r[s + 1] - r[p + 1]) - (r[q + 1] - r[p + 1]) * (r[s] - r[p]);
            assertThat(cross).as("triangle %d counter-clockwise", i / 3).isGreaterThanOrEqualTo(0);
            a += cross / 2;
        }
        return a;
    }

    @Test
    void concaveRingsAreClippedExactlyInBothOrientationsAtFourRotations() {
        // a comb: 5 teeth, area 5 * 1 * 2 + 9 * 1 = 19
        double[] comb = {0, 0, 9, 0, 9, 3, 8, 3, 8, 1, 7, 1, 7, 3, 6, 3, 6, 1, 5, 1, 5, 3, 4, 3, 4, 1, 3, 1, 3, 3,
            2, 3, 2, 1, 1, 1, 1, 3, 0, 3};
        for (int rot = 0; rot < 4; rot++) {
            double angle = rot * Math.PI / 2 + 0.3;
            double[] r = new double[comb.length];
            for (int i = 0; i < comb.length; i += 2) {
                r[i] = comb[i] * Math.cos(angle) - comb[i + 1] * Math.sin(angle);
                r[i + 1] = comb[i] * Math.sin(angle) + comb[i + 1] * Math.cos(angle);
            }
            int[] t = FaceTriangulator.triangulate(r, List.of());
            assertThat(t).hasSize((comb.length / 2 - 2) * 3);
            assertThat(area(r, t)).isCloseTo(19, within(1e-9));
            double[] reversed = r.clone();
            Profile.reverse(reversed);
            assertThat(area(reversed, FaceTriangulator.triangulate(reversed, List.of()))).isCloseTo(19, within(1e-9));
        }
    }

    @Test
    void holesAreBridgedExactlyForHollowSectionsAndSeveralHoles() {
        // hollow circle-ish (octagons), outer r = 1, inner r = 0.8, both given counter-clockwise
        double[] outer = new double[16];
        double[] inner = new double[16];
        for (int i = 0; i < 8; i++) {
            double a = 2 * Math.PI * i / 8;
            outer[i * 2] = Math.cos(a);
            outer[i * 2 + 1] = Math.sin(a);
            inner[i * 2] = 0.8 * Math.cos(a);
            inner[i * 2 + 1] = 0.8 * Math.sin(a);
        }
        double oct = 8 * 0.5 * Math.sin(2 * Math.PI / 8);
        int[] t = FaceTriangulator.triangulate(outer, List.of(inner));
        double[] all = new double[32];
        System.arraycopy(outer, 0, all, 0, 16);
        System.arraycopy(inner, 0, all, 16, 16);
        assertThat(area(all, t)).isCloseTo(oct * (1 - 0.64), within(1e-9));
        assertThat(t).hasSize(16 * 3);
        // a 6 x 2 plate with three 1 x 1 holes
        double[] plate = {0, 0, 6, 0, 6, 2, 0, 2};
        List<double[]> holes = List.of(new double[] {0.5, 0.5, 1.5, 0.5, 1.5, 1.5, 0.5, 1.5},
            new double[] {2.5, 0.5, 3.5, 0.5, 3.5, 1.5, 2.5, 1.5}, new double[] {4.5, 0.5, 5.5, 0.5, 5.5, 1.5, 4.5, 1.5});
        double[] pts = {0, 0, 6, 0, 6, 2, 0, 2, 0.5, 0.5, 1.5, 0.5, 1.5, 1.5, 0.5, 1.5, 2.5, 0.5, 3.5, 0.5, 3.5, 1.5,
            2.5, 1.5, 4.5, 0.5, 5.5, 0.5, 5.5, 1.5, 4.5, 1.5};
        assertThat(area(pts, FaceTriangulator.bridgedEarClip(plate, holes))).isCloseTo(9, within(1e-9));
    }

    @Test
    void ringWithHoleGoesThroughJts() {
        double[] outer = {0, 0, 4, 0, 4, 4, 0, 4};
        double[] hole = {1, 1, 1, 2, 2, 2, 2, 1};
        int[] t = FaceTriangulator.triangulate(outer, List.of(hole));
        double[] all = {0, 0, 4, 0, 4, 4, 0, 4, 1, 1, 1, 2, 2, 2, 2, 1};
        assertThat(area(all, t)).isCloseTo(15, within(1e-9));
    }
}
