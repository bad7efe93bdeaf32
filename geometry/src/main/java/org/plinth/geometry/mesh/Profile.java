package org.plinth.geometry.mesh;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed planar area in its own x,y plane: an outer ring and holes, each ring x,y interleaved without repeating
 * the first point. The constructor normalises orientation (outer counter-clockwise, holes clockwise) and drops
 * repeated consecutive points, so extruders can trust both.
 */
public record Profile(double[] outer, List<double[]> holes) {

    public Profile {
        outer = normalise(outer, true);
        List<double[]> kept = new ArrayList<>(holes.size());
        for (double[] h : holes) {
            double[] n = normalise(h, false);
            if (n.length >= 6) {
                kept.add(n);
            }
        }
        holes = List.copyOf(kept);
    }

    public static Profile of(double[] outer) {
        return new Profile(outer, List.of());
    }

    /** Twice the signed area of a ring (positive when counter-clockwise). */
    public static double signedArea2(double[] ring) {
        double s = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            s += (ring[j * 2] - ring[i * 2]) * (ring[j * 2 + 1] + ring[i * 2 + 1]);
        }
        return s;
    }

    public double area() {
        double a = Math.abs(signedArea2(outer)) / 2;
        for (double[] h : holes) {
            a -= Math.abs(signedArea2(h)) / 2;
        }
        return a;
    }

    public boolean isDegenerate() {
        return outer.length < 6 || Math.abs(signedArea2(outer)) < 1e-18;
    }

    /** This profile mapped by a 2D affine transform {@code (a b c; d e f)}: x' = a x + b y + c, y' = d x + e y + f. */
    public Profile transformed(double a, double b, double c, double d, double e, double f) {
        return new Profile(map(outer, a, b, c, d, e, f), mapAll(holes, a, b, c, d, e, f));
    }

    private static List<double[]> mapAll(List<double[]> rings, double a, double b, double c, double d, double e, double f) {
        List<double[]> out = new ArrayList<>(rings.size());
        for (double[] r : rings) {
            out.add(map(r, a, b, c, d, e, f));
        }
        return out;
    }

    private static double[] map(double[] r, double a, double b, double c, double d, double e, double f) {
        double[] o = new double[r.length];
        for (int i = 0; i < r.length; i += 2) {
            o[i] = a * r[i] + b * r[i + 1] + c;
            o[i + 1] = d * r[i] + e * r[i + 1] + f;
        }
        return o;
    }

    private static double[] normalise(double[] ring, boolean counterClockwise) {
        int n = ring.length / 2;
        double[] out = new double[n * 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double x = ring[i * 2];
            double y = ring[i * 2 + 1];
            if (m > 0 && Math.abs(out[(m - 1) * 2] - x) < 1e-9 && Math.abs(out[(m - 1) * 2 + 1] - y) < 1e-9) {
                continue;
            }
            out[m * 2] = x;
            out[m * 2 + 1] = y;
            m++;
        }
        while (m > 1 && Math.abs(out[0] - out[(m - 1) * 2]) < 1e-9 && Math.abs(out[1] - out[(m - 1) * 2 + 1]) < 1e-9) {
            m--;
        }
        double[] r = java.util.Arrays.copyOf(out, m * 2);
        if ((signedArea2(r) > 0) != counterClockwise) {
            reverse(r);
        }
        return r;
    }

    static void reverse(double[] ring) {
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double x = ring[i * 2];
            double y = ring[i * 2 + 1];
            ring[i * 2] = ring[j * 2];
            ring[i * 2 + 1] = ring[j * 2 + 1];
            ring[j * 2] = x;
            ring[j * 2 + 1] = y;
        }
    }
}
