package org.plinth.geometry.mesh;

/**
 * Non-uniform (rational) B-spline curves and surfaces evaluated with the Cox–de Boor recursion, sampled evenly in
 * parameter per knot span. Knot vectors are given expanded (each knot repeated by its multiplicity).
 */
public final class BSpline {

    /** Samples per non-empty knot span for degree ≥ 2 (degree 1 spans need only their end points). */
    public static final int SAMPLES_PER_SPAN = 16;

    private BSpline() {
    }

    /** Repeats each knot by its multiplicity. */
    public static double[] expandKnots(double[] knots, int[] multiplicities) {
        int n = 0;
        for (int m : multiplicities) {
            n += m;
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < knots.length && i < multiplicities.length; i++) {
            for (int j = 0; j < multiplicities[i]; j++) {
                out[k++] = knots[i];
            }
        }
        return out;
    }

    /** Parameters to sample: every distinct knot inside the valid range, with subdivisions for curved spans. */
    public static double[] parameters(int degree, double[] knots, int controlPoints) {
        double lo = knots[degree];
        double hi = knots[controlPoints];
        int per = degree <= 1 ? 1 : SAMPLES_PER_SPAN;
        double[] out = new double[(controlPoints - degree) * per + 1];
        int k = 0;
        for (int i = degree; i < controlPoints; i++) {
            double a = knots[i];
            double b = knots[i + 1];
            if (b <= a) {
                continue;
            }
            for (int s = 0; s < per; s++) {
                out[k++] = a + (b - a) * s / per;
            }
        }
        out[k++] = hi;
        if (k == 1) {
            out[k++] = lo;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** The basis functions N(span-degree .. span) at u. */
    static double[] basis(int span, double u, int degree, double[] knots) {
        double[] n = new double[degree + 1];
        double[] left = new double[degree + 1];
        double[] right = new double[degree + 1];
        n[0] = 1;
        for (int j = 1; j <= degree; j++) {
            left[j] = u - knots[span + 1 - j];
            right[j] = knots[span + j] - u;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                double den = right[r + 1] + left[j - r];
                double temp = den == 0 ? 0 : n[r] / den;
                n[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            n[j] = saved;
        }
        return n;
    }

    static int span(int controlPoints, int degree, double u, double[] knots) {
        int n = controlPoints - 1;
        if (u >= knots[n + 1]) {
            int s = n;
            while (s > degree && knots[s] >= knots[n + 1]) {
                s--;
            }
            return s;
        }
        int lo = degree;
        int hi = n + 1;
        int mid = (lo + hi) / 2;
        while (u < knots[mid] || u >= knots[mid + 1]) {
            if (u < knots[mid]) {
                hi = mid;
            } else {
                lo = mid;
            }
            mid = (lo + hi) / 2;
        }
        return mid;
    }

    /** Curve points (x,y,z interleaved) at the sample parameters; {@code weights} null for a non-rational curve. */
    public static double[] curve(double[] ctrl, double[] weights, int degree, double[] knots) {
        int count = ctrl.length / 3;
        double[] us = parameters(degree, knots, count);
        double[] out = new double[us.length * 3];
        for (int i = 0; i < us.length; i++) {
            int sp = span(count, degree, us[i], knots);
            double[] nb = basis(sp, us[i], degree, knots);
            double x = 0, y = 0, z = 0, w = 0;
            for (int j = 0; j <= degree; j++) {
                int c = sp - degree + j;
                double f = nb[j] * (weights == null ? 1 : weights[c]);
                x += f * ctrl[c * 3];
                y += f * ctrl[c * 3 + 1];
                z += f * ctrl[c * 3 + 2];
                w += f;
            }
            out[i * 3] = x / w;
            out[i * 3 + 1] = y / w;
            out[i * 3 + 2] = z / w;
        }
        return out;
    }

    /**
     * Triangles of a surface over its whole parameter range (trimming curves are not applied), flat-shaded.
     * {@code ctrl[i]} is row i (u direction) with x,y,z per control point along v.
     */
    public static void surface(double[][] ctrl, double[][] weights, int degreeU, int degreeV, double[] knotsU,
            double[] knotsV, MeshBuilder out) {
        int nu = ctrl.length;
        int nv = ctrl[0].length / 3;
        double[] us = parameters(degreeU, knotsU, nu);
        double[] vs = parameters(degreeV, knotsV, nv);
        double[][] grid = new double[us.length][vs.length * 3];
        for (int a = 0; a < us.length; a++) {
            int su = span(nu, degreeU, us[a], knotsU);
            double[] bu = basis(su, us[a], degreeU, knotsU);
            for (int b = 0; b < vs.length; b++) {
                int sv = span(nv, degreeV, vs[b], knotsV);
                double[] bv = basis(sv, vs[b], degreeV, knotsV);
                double x = 0, y = 0, z = 0, w = 0;
                for (int i = 0; i <= degreeU; i++) {
                    int ci = su - degreeU + i;
                    for (int j = 0; j <= degreeV; j++) {
                        int cj = sv - degreeV + j;
                        double f = bu[i] * bv[j] * (weights == null ? 1 : weights[ci][cj]);
                        x += f * ctrl[ci][cj * 3];
                        y += f * ctrl[ci][cj * 3 + 1];
                        z += f * ctrl[ci][cj * 3 + 2];
                        w += f;
                    }
                }
                grid[a][b * 3] = x / w;
                grid[a][b * 3 + 1] = y / w;
                grid[a][b * 3 + 2] = z / w;
            }
        }
        for (int a = 0; a + 1 < us.length; a++) {
            for (int b = 0; b + 1 < vs.length; b++) {
                double[] p = grid[a];
                double[] q = grid[a + 1];
                int i0 = b * 3;
                int i1 = (b + 1) * 3;
                out.triangle(p[i0], p[i0 + 1], p[i0 + 2], q[i0], q[i0 + 1], q[i0 + 2], q[i1], q[i1 + 1], q[i1 + 2]);
                out.triangle(p[i0], p[i0 + 1], p[i0 + 2], q[i1], q[i1 + 1], q[i1 + 2], p[i1], p[i1 + 1], p[i1 + 2]);
            }
        }
    }
}
