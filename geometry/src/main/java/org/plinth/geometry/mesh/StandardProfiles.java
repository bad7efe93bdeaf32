package org.plinth.geometry.mesh;

import java.util.List;

/**
 * The parameterised profiles of IFC as polygons, centred on the bounding box as IFC places them. Fillet and edge
 * radii are not rounded yet (the corners stay sharp), which changes areas by well under 1 % for rolled sections.
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
