package org.plinth.geometry.mesh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;

/**
 * Triangulates a planar polygon with holes given in 2D. Triangles index the rings' points in order (outer ring
 * first, then each hole) and are counter-clockwise. Convex rings without holes — nearly every face of a brep and
 * every rectangle — take a fan without allocation; everything else goes to JTS's ear clipper, which joins holes
 * to the shell with bridges and never adds points, so each output corner maps back to an input point.
 */
public final class FaceTriangulator {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Rings up to this many points without holes are ear-clipped here (O(n²) without index structures). */
    static final int SMALL_RING = 256;

    private FaceTriangulator() {
    }

    public static int[] triangulate(double[] outer, List<double[]> holes) {
        int n = outer.length / 2;
        if (n < 3) {
            return new int[0];
        }
        if (holes.isEmpty() && isConvex(outer)) {
            return fan(n, Profile.signedArea2(outer) < 0);
        }
        if (holes.isEmpty() && n <= SMALL_RING) {
            int[] t = earClipSmall(outer);
            if (t != null) {
                return t;
            }
        } else if (!holes.isEmpty()) {
            int[] t = bridgedEarClip(outer, holes);
            if (t != null) {
                return t;
            }
        }
        try {
            return earClip(outer, holes);
        } catch (RuntimeException e) {
            // JTS rejects self-touching or otherwise invalid rings; a fan keeps the face rather than losing it
            return fan(n, Profile.signedArea2(outer) < 0);
        }
    }

    private static int[] fan(int n, boolean clockwise) {
        int[] t = new int[(n - 2) * 3];
        for (int i = 1, k = 0; i < n - 1; i++) {
            t[k++] = 0;
            t[k++] = clockwise ? i + 1 : i;
            t[k++] = clockwise ? i : i + 1;
        }
        return t;
    }

    /** True when all turns have one sign (collinear points allowed). */
    static boolean isConvex(double[] r) {
        int n = r.length / 2;
        int sign = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int k = (i + 2) % n;
            double cross = (r[j * 2] - r[i * 2]) * (r[k * 2 + 1] - r[j * 2 + 1])
                - (r[j * 2 + 1] - r[i * 2 + 1]) * (r[k * 2] - r[j * 2]);
            if (cross > 0) {
                if (sign < 0) {
                    return false;
                }
                sign = 1;
            } else if (cross < 0) {
                if (sign > 0) {
                    return false;
                }
                sign = -1;
            }
        }
        return true;
    }

    /**
     * Plain ear clipping of a simple ring without holes; null when no ear can be found (a self-intersecting ring),
     * so the caller falls back to JTS.
     */
    static int[] earClipSmall(double[] r) {
        int n = r.length / 2;
        boolean ccw = Profile.signedArea2(r) > 0;
        int[] next = new int[n];
        int[] prev = new int[n];
        for (int i = 0; i < n; i++) {
            // walk the ring counter-clockwise whatever its orientation
            next[i] = ccw ? (i + 1) % n : (i + n - 1) % n;
            prev[i] = ccw ? (i + n - 1) % n : (i + 1) % n;
        }
        int[] out = new int[(n - 2) * 3];
        int k = 0;
        int remaining = n;
        int i = 0;
        int sinceLastEar = 0;
        while (remaining > 3) {
            int a = prev[i];
            int c = next[i];
            if (isEar(r, a, i, c, next)) {
                out[k++] = a;
                out[k++] = i;
                out[k++] = c;
                next[a] = c;
                prev[c] = a;
                remaining--;
                sinceLastEar = 0;
                i = c;
            } else {
                i = next[i];
                if (++sinceLastEar > remaining) {
                    return null;
                }
            }
        }
        out[k++] = prev[i];
        out[k++] = i;
        out[k++] = next[i];
        return out;
    }

    private static boolean isEar(double[] r, int a, int b, int c, int[] next) {
        double ax = r[a * 2], ay = r[a * 2 + 1];
        double bx = r[b * 2], by = r[b * 2 + 1];
        double cx = r[c * 2], cy = r[c * 2 + 1];
        double turn = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (turn < 0) {
            return false;
        }
        if (turn == 0) {
            return true; // a straight corner: cutting it adds a zero-area triangle and keeps the edges shared
        }
        for (int p = next[c]; p != a; p = next[p]) {
            double px = r[p * 2], py = r[p * 2 + 1];
            if ((px == ax && py == ay) || (px == bx && py == by) || (px == cx && py == cy)) {
                continue;
            }
            if ((bx - ax) * (py - ay) - (by - ay) * (px - ax) >= 0
                    && (cx - bx) * (py - by) - (cy - by) * (px - bx) >= 0
                    && (ax - cx) * (py - cy) - (ay - cy) * (px - cx) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Holes joined to the shell by bridges (each hole's rightmost vertex to the nearest shell vertex it can see),
     * then ear clipping of the one merged ring; null when the rings are too large or no bridge is found.
     */
    static int[] bridgedEarClip(double[] outer, List<double[]> holes) {
        int total = outer.length / 2;
        for (double[] h : holes) {
            total += h.length / 2;
        }
        if (total + 2 * holes.size() > SMALL_RING) {
            return null;
        }
        // merged ring as (x, y, original index); outer counter-clockwise, holes clockwise
        double[] xy = new double[(total + 2 * holes.size()) * 2];
        int[] origin = new int[total + 2 * holes.size()];
        int len = 0;
        boolean outerCcw = Profile.signedArea2(outer) > 0;
        int n0 = outer.length / 2;
        for (int i = 0; i < n0; i++) {
            int src = outerCcw ? i : n0 - 1 - i;
            xy[len * 2] = outer[src * 2];
            xy[len * 2 + 1] = outer[src * 2 + 1];
            origin[len++] = src;
        }
        int[] holeBase = new int[holes.size()];
        Integer[] order = new Integer[holes.size()];
        int base = n0;
        for (int h = 0; h < holes.size(); h++) {
            holeBase[h] = base;
            base += holes.get(h).length / 2;
            order[h] = h;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(maxX(holes.get(b)), maxX(holes.get(a))));
        for (int h : order) {
            double[] hole = holes.get(h);
            int hn = hole.length / 2;
            boolean holeCw = Profile.signedArea2(hole) < 0;
            int m = 0;
            for (int i = 1; i < hn; i++) {
                if (hole[i * 2] > hole[m * 2]) {
                    m = i;
                }
            }
            double mx = hole[m * 2], my = hole[m * 2 + 1];
            int bridge = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < len; i++) {
                double dx = xy[i * 2] - mx, dy = xy[i * 2 + 1] - my;
                double d = dx * dx + dy * dy;
                if (d < best && dx >= 0 && visible(mx, my, i, xy, len, holes, h)) {
                    best = d;
                    bridge = i;
                }
            }
            if (bridge < 0) {
                return null;
            }
            // splice: ..., bridge, hole from m round to m, bridge copy, ...
            int insert = hn + 2;
            System.arraycopy(xy, (bridge + 1) * 2, xy, (bridge + 1 + insert) * 2, (len - bridge - 1) * 2);
            System.arraycopy(origin, bridge + 1, origin, bridge + 1 + insert, len - bridge - 1);
            int at = bridge + 1;
            for (int k = 0; k <= hn; k++) {
                int step = holeCw ? k : -k;
                int src = ((m + step) % hn + hn) % hn;
                xy[at * 2] = hole[src * 2];
                xy[at * 2 + 1] = hole[src * 2 + 1];
                origin[at++] = holeBase[h] + src;
            }
            xy[at * 2] = xy[bridge * 2];
            xy[at * 2 + 1] = xy[bridge * 2 + 1];
            origin[at] = origin[bridge];
            len += insert;
        }
        int[] t = earClipSmall(java.util.Arrays.copyOf(xy, len * 2));
        if (t == null) {
            return null;
        }
        int k = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = origin[t[i]], b = origin[t[i + 1]], c = origin[t[i + 2]];
            if (a == b || b == c || a == c) {
                continue; // the zero-width triangles along a bridge
            }
            t[k++] = a;
            t[k++] = b;
            t[k++] = c;
        }
        return java.util.Arrays.copyOf(t, k);
    }

    private static double maxX(double[] r) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.length; i += 2) {
            m = Math.max(m, r[i]);
        }
        return m;
    }

    /** True when the segment from (mx,my) to merged vertex p crosses no edge of the merged ring or of any hole. */
    private static boolean visible(double mx, double my, int p, double[] xy, int len, List<double[]> holes, int self) {
        double px = xy[p * 2], py = xy[p * 2 + 1];
        for (int i = 0; i < len; i++) {
            int j = (i + 1) % len;
            if (crosses(mx, my, px, py, xy[i * 2], xy[i * 2 + 1], xy[j * 2], xy[j * 2 + 1])) {
                return false;
            }
        }
        for (int h = 0; h < holes.size(); h++) {
            double[] r = holes.get(h);
            int n = r.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                if (crosses(mx, my, px, py, r[i * 2], r[i * 2 + 1], r[j * 2], r[j * 2 + 1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Proper crossing of segments ab and cd (touching at an end point does not count). */
    private static boolean crosses(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static int[] earClip(double[] outer, List<double[]> holes) {
        Map<Coordinate, Integer> indexOf = new HashMap<>();
        int[] base = {0};
        LinearRing shell = ring(outer, indexOf, base);
        LinearRing[] inner = new LinearRing[holes.size()];
        for (int h = 0; h < inner.length; h++) {
            inner[h] = ring(holes.get(h), indexOf, base);
        }
        Polygon polygon = FACTORY.createPolygon(shell, inner);
        Geometry triangles = PolygonTriangulator.triangulate(polygon);
        int count = triangles.getNumGeometries();
        int[] out = new int[count * 3];
        int k = 0;
        for (int g = 0; g < count; g++) {
            Coordinate[] c = triangles.getGeometryN(g).getCoordinates();
            Integer a = indexOf.get(c[0]);
            Integer b = indexOf.get(c[1]);
            Integer d = indexOf.get(c[2]);
            if (a == null || b == null || d == null) {
                throw new IllegalStateException("triangulation produced a point that is not a polygon vertex");
            }
            double cross = (c[1].x - c[0].x) * (c[2].y - c[0].y) - (c[1].y - c[0].y) * (c[2].x - c[0].x);
            if (cross == 0) {
                continue;
            }
            out[k++] = a;
            out[k++] = cross > 0 ? b : d;
            out[k++] = cross > 0 ? d : b;
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private static LinearRing ring(double[] r, Map<Coordinate, Integer> indexOf, int[] base) {
        int n = r.length / 2;
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(r[i * 2], r[i * 2 + 1]);
            indexOf.putIfAbsent(c[i], base[0] + i);
        }
        c[n] = c[0];
        base[0] += n;
        return FACTORY.createLinearRing(c);
    }
}
