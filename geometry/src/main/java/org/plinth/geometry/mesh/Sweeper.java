package org.plinth.geometry.mesh;

import java.util.List;

/**
 * Solids swept from a profile: a disk along a polyline (pipes, rebars; joints mitred in the bisecting plane, so a
 * polyline path gives the exact volume of the mitred tube) and a profile revolved about an axis. Both are built in
 * local coordinates, oriented outward by their signed volume, then passed through the builder's transform.
 */
public final class Sweeper {

    private Sweeper() {
    }

    /**
     * A tube of radius {@code r} (hollow when {@code inner > 0}) along {@code path} (x,y,z interleaved).
     */
    public static void sweepDisk(double[] path, double r, double inner, GeometrySettings s, MeshBuilder out) {
        double[] p = dedupe(path);
        int m = p.length / 3;
        if (m < 2 || !(r > 0)) {
            return;
        }
        int n = Math.max(8, s.arcSegments(r, 2 * Math.PI));
        MeshBuilder local = new MeshBuilder();
        double[][] outerRings = rings(p, r, n);
        tube(outerRings, p, n, local, false);
        if (inner > 0 && inner < r) {
            double[][] innerRings = rings(p, inner, n);
            tube(innerRings, p, n, local, true);
            annulus(outerRings[0], innerRings[0], n, local, true);
            annulus(outerRings[m - 1], innerRings[m - 1], n, local, false);
        } else {
            disk(outerRings[0], n, local, true);
            disk(outerRings[m - 1], n, local, false);
        }
        addOriented(local.build(), out);
    }

    /** Rings of n points at each path vertex, in the plane bisecting the adjacent segments. */
    private static double[][] rings(double[] p, double r, int n) {
        int m = p.length / 3;
        // one frame per segment, carried from segment to segment by the smallest rotation (no twist)
        double[][] segU = new double[m - 1][];
        segU[0] = perpendicular(dir(p, 0, 1));
        for (int j = 1; j < m - 1; j++) {
            segU[j] = rotateMinimal(segU[j - 1], dir(p, j - 1, j), dir(p, j, j + 1));
        }
        double[][] rings = new double[m][];
        for (int i = 0; i < m; i++) {
            int seg = Math.max(0, i - 1);
            double[] dIn = dir(p, seg, seg + 1);
            double[] dOut = i == m - 1 || i == 0 ? dIn : dir(p, i, i + 1);
            double[] u = segU[seg];
            double[] v = cross(dIn, u);
            double[] bis = normalize(add(dIn, dOut));
            if (bis == null || dot(dIn, dOut) < -0.99) {
                bis = dIn;
            }
            double denom = dot(dIn, bis);
            double[] ring = new double[n * 3];
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * k / n;
                double[] off = add(scale(u, r * Math.cos(a)), scale(v, r * Math.sin(a)));
                // slide along the incoming direction onto the bisecting plane
                double shift = dot(off, bis) / denom;
                for (int c = 0; c < 3; c++) {
                    ring[k * 3 + c] = p[i * 3 + c] + off[c] - dIn[c] * shift;
                }
            }
            rings[i] = ring;
        }
        return rings;
    }

    /** {@code u} turned by the rotation that takes unit {@code from} to unit {@code to} about their common normal. */
    private static double[] rotateMinimal(double[] u, double[] from, double[] to) {
        double[] axis = cross(from, to);
        double sin = Math.sqrt(dot(axis, axis));
        double cos = dot(from, to);
        if (sin < 1e-12) {
            return u;
        }
        double[] k = scale(axis, 1 / sin);
        double[] kv = cross(k, u);
        double kd = dot(k, u) * (1 - cos);
        double[] r = {u[0] * cos + kv[0] * sin + k[0] * kd, u[1] * cos + kv[1] * sin + k[1] * kd,
            u[2] * cos + kv[2] * sin + k[2] * kd};
        double[] n = normalize(sub(r, scale(to, dot(r, to))));
        return n == null ? perpendicular(to) : n;
    }

    private static void tube(double[][] rings, double[] p, int n, MeshBuilder b, boolean inward) {
        for (int i = 0; i + 1 < rings.length; i++) {
            double[] a = rings[i];
            double[] c = rings[i + 1];
            for (int k = 0; k < n; k++) {
                int k2 = (k + 1) % n;
                int v0 = vertexRadial(b, a, k, p, i, inward);
                int v1 = vertexRadial(b, a, k2, p, i, inward);
                int v2 = vertexRadial(b, c, k2, p, i + 1, inward);
                int v3 = vertexRadial(b, c, k, p, i + 1, inward);
                if (inward) {
                    b.triangle(v0, v2, v1);
                    b.triangle(v0, v3, v2);
                } else {
                    b.triangle(v0, v1, v2);
                    b.triangle(v0, v2, v3);
                }
            }
        }
    }

    private static int vertexRadial(MeshBuilder b, double[] ring, int k, double[] p, int i, boolean inward) {
        double nx = ring[k * 3] - p[i * 3], ny = ring[k * 3 + 1] - p[i * 3 + 1], nz = ring[k * 3 + 2] - p[i * 3 + 2];
        double s = inward ? -1 : 1;
        return b.vertex(ring[k * 3], ring[k * 3 + 1], ring[k * 3 + 2], s * nx, s * ny, s * nz);
    }

    private static void disk(double[] ring, int n, MeshBuilder b, boolean start) {
        double[] poly = ring.clone();
        if (start) {
            reverse3(poly);
        }
        b.planarFace(poly, List.of());
    }

    private static void annulus(double[] outer, double[] inner, int n, MeshBuilder b, boolean start) {
        double[] o = outer.clone();
        double[] i = inner.clone();
        if (start) {
            reverse3(o);
        } else {
            reverse3(i);
        }
        b.planarFace(o, List.of(i));
    }

    /**
     * Sweeps a profile along a polyline. At each vertex the profile plane is normal to the mean of the adjacent
     * segment directions; the profile's x axis follows {@code reference} made orthogonal to that tangent (or, with
     * {@code referenceIsY}, its y axis does — the normal of a reference surface). Segments are ruled between
     * consecutive profile copies; both ends are capped.
     */
    public static void sweepProfile(Profile profile, double[] path, double[] reference, boolean referenceIsY,
            MeshBuilder out) {
        double[] p = dedupe(path);
        int m = p.length / 3;
        if (m < 2 || profile.isDegenerate()) {
            return;
        }
        List<double[]> rings2d = new java.util.ArrayList<>();
        rings2d.add(profile.outer());
        rings2d.addAll(profile.holes());
        double[][][] placed = new double[rings2d.size()][m][];
        for (int i = 0; i < m; i++) {
            double[] dIn = i == 0 ? dir(p, 0, 1) : dir(p, i - 1, i);
            double[] dOut = i == m - 1 ? dIn : dir(p, i, i + 1);
            double[] t = normalize(add(dIn, dOut));
            if (t == null) {
                t = dOut;
            }
            double[] ref = normalize(sub(reference, scale(t, dot(reference, t))));
            if (ref == null) {
                ref = perpendicular(t);
            }
            double[] x = referenceIsY ? cross(ref, t) : ref;
            double[] y = referenceIsY ? ref : cross(t, ref);
            for (int r = 0; r < rings2d.size(); r++) {
                double[] ring = rings2d.get(r);
                double[] q = new double[ring.length / 2 * 3];
                for (int k = 0; k < ring.length / 2; k++) {
                    for (int c = 0; c < 3; c++) {
                        q[k * 3 + c] = p[i * 3 + c] + x[c] * ring[k * 2] + y[c] * ring[k * 2 + 1];
                    }
                }
                placed[r][i] = q;
            }
        }
        MeshBuilder local = new MeshBuilder();
        for (double[][] copies : placed) {
            int n = copies[0].length / 3;
            for (int i = 0; i + 1 < m; i++) {
                double[] a = copies[i];
                double[] b = copies[i + 1];
                for (int k = 0; k < n; k++) {
                    int k2 = (k + 1) % n;
                    local.triangle(a[k * 3], a[k * 3 + 1], a[k * 3 + 2], a[k2 * 3], a[k2 * 3 + 1], a[k2 * 3 + 2],
                        b[k2 * 3], b[k2 * 3 + 1], b[k2 * 3 + 2]);
                    local.triangle(a[k * 3], a[k * 3 + 1], a[k * 3 + 2], b[k2 * 3], b[k2 * 3 + 1], b[k2 * 3 + 2],
                        b[k * 3], b[k * 3 + 1], b[k * 3 + 2]);
                }
            }
        }
        int[] tris = FaceTriangulator.triangulate(profile.outer(), profile.holes());
        for (int end = 0; end < 2; end++) {
            int i = end == 0 ? 0 : m - 1;
            double[][] pts = new double[profile.outer().length / 2 + holeCount(profile)][];
            int at = 0;
            for (double[][] copies : placed) {
                double[] q = copies[i];
                for (int k = 0; k < q.length / 3; k++) {
                    pts[at++] = new double[] {q[k * 3], q[k * 3 + 1], q[k * 3 + 2]};
                }
            }
            for (int j = 0; j < tris.length; j += 3) {
                double[] a = pts[tris[j]];
                double[] b = pts[end == 0 ? tris[j + 2] : tris[j + 1]];
                double[] c = pts[end == 0 ? tris[j + 1] : tris[j + 2]];
                local.triangle(a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]);
            }
        }
        addOriented(local.build(), out);
    }

    private static int holeCount(Profile p) {
        int n = 0;
        for (double[] h : p.holes()) {
            n += h.length / 2;
        }
        return n;
    }

    /**
     * Revolves a profile (in the local x,y plane) by {@code angle} radians about the axis through {@code origin}
     * along {@code axis} (both in profile coordinates).
     */
    public static void revolve(Profile profile, double[] origin, double[] axis, double angle, GeometrySettings s,
            MeshBuilder out) {
        double[] k = normalize(axis);
        if (k == null || profile.isDegenerate() || angle == 0) {
            return;
        }
        double sweep = Math.max(-2 * Math.PI, Math.min(2 * Math.PI, angle));
        boolean full = Math.abs(Math.abs(sweep) - 2 * Math.PI) < 1e-9;
        double reach = 0;
        for (int i = 0; i < profile.outer().length; i += 2) {
            reach = Math.max(reach, distanceToAxis(profile.outer()[i], profile.outer()[i + 1], origin, k));
        }
        int steps = Math.max(2, s.arcSegments(reach, Math.abs(sweep)));
        MeshBuilder local = new MeshBuilder();
        double[] angles = new double[steps + 1];
        for (int j = 0; j <= steps; j++) {
            // the last angle is written exactly, so rings and caps meet bit for bit
            angles[j] = j == steps ? (full ? 0 : sweep) : sweep * j / steps;
        }
        revolveRing(profile.outer(), origin, k, angles, local);
        for (double[] h : profile.holes()) {
            revolveRing(h, origin, k, angles, local);
        }
        if (!full) {
            int[] tris = FaceTriangulator.triangulate(profile.outer(), profile.holes());
            capAt(profile, tris, origin, k, 0, true, local);
            capAt(profile, tris, origin, k, sweep, false, local);
        }
        addOriented(local.build(), out);
    }

    private static void revolveRing(double[] ring, double[] o, double[] k, double[] angles, MeshBuilder b) {
        int n = ring.length / 2;
        for (int e = 0; e < n; e++) {
            int f = (e + 1) % n;
            for (int j = 0; j + 1 < angles.length; j++) {
                double t0 = angles[j];
                double t1 = angles[j + 1];
                double[] a0 = rotate(ring[e * 2], ring[e * 2 + 1], o, k, t0);
                double[] b0 = rotate(ring[f * 2], ring[f * 2 + 1], o, k, t0);
                double[] b1 = rotate(ring[f * 2], ring[f * 2 + 1], o, k, t1);
                double[] a1 = rotate(ring[e * 2], ring[e * 2 + 1], o, k, t1);
                b.planarFace(new double[] {a0[0], a0[1], a0[2], b0[0], b0[1], b0[2], b1[0], b1[1], b1[2],
                    a1[0], a1[1], a1[2]}, List.of());
            }
        }
    }

    private static void capAt(Profile p, int[] tris, double[] o, double[] k, double t, boolean reversed, MeshBuilder b) {
        int count = p.outer().length / 2;
        for (double[] h : p.holes()) {
            count += h.length / 2;
        }
        double[][] pts = new double[count][];
        int at = 0;
        for (int i = 0; i < p.outer().length; i += 2) {
            pts[at++] = rotate(p.outer()[i], p.outer()[i + 1], o, k, t);
        }
        for (double[] h : p.holes()) {
            for (int i = 0; i < h.length; i += 2) {
                pts[at++] = rotate(h[i], h[i + 1], o, k, t);
            }
        }
        for (int i = 0; i < tris.length; i += 3) {
            double[] a = pts[tris[i]];
            double[] c = pts[reversed ? tris[i + 2] : tris[i + 1]];
            double[] d = pts[reversed ? tris[i + 1] : tris[i + 2]];
            b.triangle(a[0], a[1], a[2], c[0], c[1], c[2], d[0], d[1], d[2]);
        }
    }

    /** Rodrigues rotation of (x, y, 0) about the axis through o along unit k. */
    private static double[] rotate(double x, double y, double[] o, double[] k, double t) {
        double[] v = {x - o[0], y - o[1], -o[2]};
        double c = Math.cos(t), s = Math.sin(t);
        double[] kv = cross(k, v);
        double kd = dot(k, v) * (1 - c);
        return new double[] {o[0] + v[0] * c + kv[0] * s + k[0] * kd, o[1] + v[1] * c + kv[1] * s + k[1] * kd,
            o[2] + v[2] * c + kv[2] * s + k[2] * kd};
    }

    private static double distanceToAxis(double x, double y, double[] o, double[] k) {
        double[] v = {x - o[0], y - o[1], -o[2]};
        double[] c = cross(k, v);
        return Math.sqrt(dot(c, c));
    }

    /** Adds a locally built closed mesh through the builder's transform, turned over if it faces inward. */
    private static void addOriented(TriangleMesh local, MeshBuilder out) {
        boolean flip = local.signedVolume(Transform.IDENTITY) < 0;
        float[] p = local.positions();
        float[] nm = local.normals();
        int base = out.vertexCount();
        float sign = flip ? -1 : 1;
        for (int v = 0; v < local.vertexCount(); v++) {
            out.vertex(p[v * 3], p[v * 3 + 1], p[v * 3 + 2], sign * nm[v * 3], sign * nm[v * 3 + 1], sign * nm[v * 3 + 2]);
        }
        int[] ix = local.indices();
        for (int i = 0; i < ix.length; i += 3) {
            if (flip) {
                out.triangle(base + ix[i], base + ix[i + 2], base + ix[i + 1]);
            } else {
                out.triangle(base + ix[i], base + ix[i + 1], base + ix[i + 2]);
            }
        }
    }

    private static double[] dedupe(double[] path) {
        double[] out = new double[path.length];
        int m = 0;
        for (int i = 0; i + 2 < path.length; i += 3) {
            if (m > 0 && Math.abs(out[m - 3] - path[i]) < 1e-9 && Math.abs(out[m - 2] - path[i + 1]) < 1e-9
                    && Math.abs(out[m - 1] - path[i + 2]) < 1e-9) {
                continue;
            }
            out[m++] = path[i];
            out[m++] = path[i + 1];
            out[m++] = path[i + 2];
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static void reverse3(double[] r) {
        int n = r.length / 3;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            for (int c = 0; c < 3; c++) {
                double t = r[i * 3 + c];
                r[i * 3 + c] = r[j * 3 + c];
                r[j * 3 + c] = t;
            }
        }
    }

    private static double[] dir(double[] p, int a, int b) {
        double[] d = {p[b * 3] - p[a * 3], p[b * 3 + 1] - p[a * 3 + 1], p[b * 3 + 2] - p[a * 3 + 2]};
        double[] n = normalize(d);
        return n == null ? new double[] {0, 0, 1} : n;
    }

    private static double[] perpendicular(double[] d) {
        double[] a = Math.abs(d[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        return normalize(sub(a, scale(d, dot(a, d))));
    }

    private static double[] normalize(double[] v) {
        double l = Math.sqrt(dot(v, v));
        return l < 1e-12 || !Double.isFinite(l) ? null : new double[] {v[0] / l, v[1] / l, v[2] / l};
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
