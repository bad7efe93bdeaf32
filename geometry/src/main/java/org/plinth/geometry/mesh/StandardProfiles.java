package org.plinth.geometry.mesh;

import java.util.List;

/**
 * The parameterised profiles of IFC as polygons, centred on the bounding box as IFC places them. The shapes with
 * fillet and edge radii have overloads that round those corners ({@link #roundCorners}), arcs cut by the chord
 * tolerance.
 */
public final class StandardProfiles {

    private StandardProfiles() {
    }

    public static Profile rectangle(double x, double y) {
        double a = x / 2, b = y / 2;
        return Profile.of(new double[] {-a, -b, a, -b, a, b, -a, b});
    }

    public static Profile hollowRectangle(double x, double y, double wall) {
        double a = x / 2, b = y / 2, c = a - wall, d = b - wall;
        if (c <= 0 || d <= 0) {
            return rectangle(x, y);
        }
        return new Profile(new double[] {-a, -b, a, -b, a, b, -a, b}, List.of(new double[] {-c, -d, c, -d, c, d, -c, d}));
    }

    public static Profile roundedRectangle(double x, double y, double radius, GeometrySettings s) {
        double r = Math.min(radius, Math.min(x, y) / 2);
        if (r <= 0) {
            return rectangle(x, y);
        }
        int n = s.arcSegments(r, Math.PI / 2);
        double a = x / 2 - r, b = y / 2 - r;
        double[] out = new double[4 * (n + 1) * 2];
        int k = 0;
        double[][] centres = {{a, -b}, {a, b}, {-a, b}, {-a, -b}};
        for (int q = 0; q < 4; q++) {
            double start = -Math.PI / 2 + q * Math.PI / 2;
            for (int i = 0; i <= n; i++) {
                double t = start + Math.PI / 2 * i / n;
                out[k++] = centres[q][0] + r * Math.cos(t);
                out[k++] = centres[q][1] + r * Math.sin(t);
            }
        }
        return Profile.of(out);
    }

    public static Profile circle(double radius, GeometrySettings s) {
        return Profile.of(circleRing(radius, radius, s));
    }

    public static Profile hollowCircle(double radius, double wall, GeometrySettings s) {
        double inner = radius - wall;
        if (inner <= 0) {
            return circle(radius, s);
        }
        return new Profile(circleRing(radius, radius, s), List.of(circleRing(inner, inner, s)));
    }

    public static Profile ellipse(double semiX, double semiY, GeometrySettings s) {
        return Profile.of(circleRing(semiX, semiY, s));
    }

    static double[] circleRing(double rx, double ry, GeometrySettings s) {
        int n = Math.max(3, s.arcSegments(Math.max(rx, ry), 2 * Math.PI));
        double[] r = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            r[i * 2] = rx * Math.cos(t);
            r[i * 2 + 1] = ry * Math.sin(t);
        }
        return r;
    }

    /**
     * Rounds corner i of a ring (x,y interleaved) with radius {@code radii[i]} (0 keeps it sharp), for convex and
     * reflex corners alike: the arc is tangent to both edges, its tangent points clamped to half of each edge.
     */
    public static double[] roundCorners(double[] ring, double[] radii, GeometrySettings s) {
        int n = ring.length / 2;
        double[] out = new double[ring.length * 4 + 64];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double vx = ring[i * 2], vy = ring[i * 2 + 1];
            double r = radii[i];
            if (!(r > 0)) {
                out = ensure(out, k + 2);
                out[k++] = vx;
                out[k++] = vy;
                continue;
            }
            int a = (i + n - 1) % n;
            int b = (i + 1) % n;
            double ax = ring[a * 2] - vx, ay = ring[a * 2 + 1] - vy;
            double bx = ring[b * 2] - vx, by = ring[b * 2 + 1] - vy;
            double la = Math.hypot(ax, ay), lb = Math.hypot(bx, by);
            double cos = (ax * bx + ay * by) / (la * lb);
            double theta = Math.acos(Math.max(-1, Math.min(1, cos)));
            if (la == 0 || lb == 0 || theta < 1e-6 || Math.PI - theta < 1e-6) {
                out = ensure(out, k + 2);
                out[k++] = vx;
                out[k++] = vy;
                continue;
            }
            double d = Math.min(r / Math.tan(theta / 2), Math.min(la, lb) / 2);
            double rr = d * Math.tan(theta / 2);
            double t1x = vx + ax / la * d, t1y = vy + ay / la * d;
            double t2x = vx + bx / lb * d, t2y = vy + by / lb * d;
            double hx = ax / la + bx / lb, hy = ay / la + by / lb;
            double hl = Math.hypot(hx, hy);
            double dist = rr / Math.sin(theta / 2);
            double cx = vx + hx / hl * dist, cy = vy + hy / hl * dist;
            double a1 = Math.atan2(t1y - cy, t1x - cx);
            double a2 = Math.atan2(t2y - cy, t2x - cx);
            double sweep = a2 - a1;
            while (sweep > Math.PI) {
                sweep -= 2 * Math.PI;
            }
            while (sweep < -Math.PI) {
                sweep += 2 * Math.PI;
            }
            int segs = s.arcSegments(rr, Math.abs(sweep));
            out = ensure(out, k + 2 * (segs + 1));
            for (int j = 0; j <= segs; j++) {
                double t = a1 + sweep * j / segs;
                out[k++] = cx + rr * Math.cos(t);
                out[k++] = cy + rr * Math.sin(t);
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static double[] ensure(double[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static Profile rounded(Profile sharp, double[] radii, GeometrySettings s) {
        for (double r : radii) {
            if (r > 0) {
                return Profile.of(roundCorners(sharp.outer(), radii, s));
            }
        }
        return sharp;
    }

    /** I-shape with web-flange fillets and flange edge radii (0 = sharp). */
    public static Profile iShape(double width, double depth, double web, double flange, double fillet, double edge,
            GeometrySettings s) {
        double f = fillet;
        double e = edge;
        return rounded(iShape(width, depth, web, flange), new double[] {0, 0, e, f, f, e, 0, 0, e, f, f, e}, s);
    }

    public static Profile lShape(double depth, double width, double thickness, double fillet, double edge,
            GeometrySettings s) {
        return rounded(lShape(depth, width, thickness), new double[] {0, 0, edge, fillet, edge, 0}, s);
    }

    public static Profile tShape(double depth, double flangeWidth, double web, double flange, double fillet,
            double flangeEdge, double webEdge, GeometrySettings s) {
        return rounded(tShape(depth, flangeWidth, web, flange),
            new double[] {webEdge, webEdge, fillet, flangeEdge, 0, 0, flangeEdge, fillet}, s);
    }

    public static Profile uShape(double depth, double flangeWidth, double web, double flange, double fillet,
            double edge, GeometrySettings s) {
        return rounded(uShape(depth, flangeWidth, web, flange), new double[] {0, 0, edge, fillet, fillet, edge, 0, 0}, s);
    }

    /** C-shape with internal fillets; the outer corners get internal radius + wall thickness. */
    public static Profile cShape(double depth, double width, double wall, double girth, double internalFillet,
            GeometrySettings s) {
        Profile sharp = cShape(depth, width, wall, girth);
        if (!(internalFillet > 0) || girth <= wall) {
            return sharp;
        }
        double f = internalFillet;
        double o = internalFillet + wall;
        return rounded(sharp, new double[] {o, o, 0, 0, f, f, f, f, 0, 0, o, o}, s);
    }

    public static Profile zShape(double depth, double flangeWidth, double web, double flange, double fillet,
            double edge, GeometrySettings s) {
        return rounded(zShape(depth, flangeWidth, web, flange), new double[] {0, 0, fillet, edge, 0, 0, fillet, edge}, s);
    }

    public static Profile iShape(double width, double depth, double web, double flange) {
        double b = width / 2, h = depth / 2, w = web / 2;
        return Profile.of(new double[] {
            -b, -h, b, -h, b, -h + flange, w, -h + flange, w, h - flange, b, h - flange,
            b, h, -b, h, -b, h - flange, -w, h - flange, -w, -h + flange, -b, -h + flange});
    }

    public static Profile lShape(double depth, double width, double thickness) {
        double w = width / 2, d = depth / 2, t = thickness;
        return Profile.of(new double[] {-w, -d, w, -d, w, -d + t, -w + t, -d + t, -w + t, d, -w, d});
    }

    public static Profile tShape(double depth, double flangeWidth, double web, double flange) {
        double d = depth / 2, b = flangeWidth / 2, w = web / 2;
        return Profile.of(new double[] {-w, -d, w, -d, w, d - flange, b, d - flange, b, d, -b, d, -b, d - flange,
            -w, d - flange});
    }

    public static Profile uShape(double depth, double flangeWidth, double web, double flange) {
        double d = depth / 2, b = flangeWidth / 2;
        return Profile.of(new double[] {-b, -d, b, -d, b, -d + flange, -b + web, -d + flange, -b + web, d - flange,
            b, d - flange, b, d, -b, d});
    }

    public static Profile cShape(double depth, double width, double wall, double girth) {
        double d = depth / 2, w = width / 2, t = wall;
        if (girth <= t) {
            return uShape(depth, width, wall, wall);
        }
        return Profile.of(new double[] {-w, -d, w, -d, w, -d + girth, w - t, -d + girth, w - t, -d + t, -w + t, -d + t,
            -w + t, d - t, w - t, d - t, w - t, d - girth, w, d - girth, w, d, -w, d});
    }

    public static Profile zShape(double depth, double flangeWidth, double web, double flange) {
        double d = depth / 2, w = web / 2, b = flangeWidth;
        return Profile.of(new double[] {-b + w, -d, w, -d, w, d - flange, b - w, d - flange, b - w, d, -w, d,
            -w, -d + flange, -b + w, -d + flange});
    }
}
