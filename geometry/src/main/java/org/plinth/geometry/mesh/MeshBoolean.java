package org.plinth.geometry.mesh;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Union, difference and intersection of closed triangle meshes with binary space partitioning trees: each solid's
 * polygons are split by the other's planes and kept or dropped by side, as in the classic csg.js scheme, written
 * here with explicit work stacks (no recursion, so large meshes cannot overflow the thread stack).
 *
 * <p>Exactness: a point is on a plane when its signed distance is below {@code planeTolerance}; splitting points are
 * interpolated in double precision. Volumes of the result are exact up to that tolerance; the surface is closed as
 * a point set but may contain T-junctions where a face was split on one side of an edge only, so it is not always
 * an edge-manifold. What this gives up against an exact-arithmetic boolean: robustness for nearly coplanar faces
 * closer than the tolerance, and a vertex-welded manifold output.
 */
public final class MeshBoolean {

    public enum Operation { UNION, DIFFERENCE, INTERSECTION }

    private final double eps;

    public MeshBoolean(double planeTolerance) {
        this.eps = planeTolerance;
    }

    /** A convex planar polygon: x,y,z interleaved, with its plane n·p = w. */
    static final class Poly {
        final double[] v;
        final double nx;
        final double ny;
        final double nz;
        final double w;

        Poly(double[] v, double nx, double ny, double nz, double w) {
            this.v = v;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.w = w;
        }

        Poly flipped() {
            int n = v.length / 3;
            double[] r = new double[v.length];
            for (int i = 0; i < n; i++) {
                System.arraycopy(v, (n - 1 - i) * 3, r, i * 3, 3);
            }
            return new Poly(r, -nx, -ny, -nz, -w);
        }
    }

    private static final class Node {
        boolean hasPlane;
        double nx;
        double ny;
        double nz;
        double w;
        Node front;
        Node back;
        List<Poly> polys = new ArrayList<>();
    }

    /** A solid as polygons, in double precision, with its bounding box. */
    public static final class Solid {
        public static final Solid EMPTY = new Solid(List.of());

        final List<Poly> polys;

        Solid(List<Poly> polys) {
            this.polys = polys;
        }

        public boolean isEmpty() {
            return polys.isEmpty();
        }

        public double[] bounds() {
            double[] b = TriangleMesh.emptyBounds();
            for (Poly p : polys) {
                for (int i = 0; i < p.v.length; i += 3) {
                    for (int k = 0; k < 3; k++) {
                        b[k] = Math.min(b[k], p.v[i + k]);
                        b[k + 3] = Math.max(b[k + 3], p.v[i + k]);
                    }
                }
            }
            return b;
        }
    }

    /** The mesh's triangles after {@code t}, as a solid; degenerate triangles are dropped. */
    public static Solid solid(TriangleMesh m, Transform t) {
        List<Poly> out = new ArrayList<>(m.triangleCount());
        float[] p = m.positions();
        int[] ix = m.indices();
        double[] q = new double[9];
        for (int i = 0; i < ix.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                int a = ix[i + k] * 3;
                t.applyPoint(p[a], p[a + 1], p[a + 2], q, k * 3);
            }
            Poly poly = polygon(q.clone());
            if (poly != null) {
                out.add(poly);
            }
        }
        return new Solid(out);
    }

    /** Concatenation of solids known not to overlap (or whose overlap does not matter, as for cutters). */
    public static Solid concat(List<Solid> parts) {
        List<Poly> all = new ArrayList<>();
        for (Solid s : parts) {
            all.addAll(s.polys);
        }
        return new Solid(all);
    }

    /** A box {@code [x0,x1]×[y0,y1]×[z0,z1]} in {@code frame}, built in double precision, faces outward. */
    public static Solid box(Transform frame, double x0, double x1, double y0, double y1, double z0, double z1) {
        return prism(frame, new double[] {x0, y0, x1, y0, x1, y1, x0, y1}, z0, z1);
    }

    /**
     * A prism over a simple polygon (x,y ring, any orientation) from z0 to z1 in {@code frame}, in double precision.
     */
    public static Solid prism(Transform frame, double[] ring, double z0, double z1) {
        Profile p = Profile.of(ring);
        double[] r = p.outer();
        int n = r.length / 2;
        List<Poly> out = new ArrayList<>();
        double[] q = new double[3];
        int[] tris = FaceTriangulator.triangulate(r, List.of());
        for (int i = 0; i < tris.length; i += 3) {
            Poly bottom = polygon(points(frame, r, new int[] {tris[i], tris[i + 2], tris[i + 1]}, z0, q));
            Poly top = polygon(points(frame, r, new int[] {tris[i], tris[i + 1], tris[i + 2]}, z1, q));
            if (bottom != null) {
                out.add(bottom);
            }
            if (top != null) {
                out.add(top);
            }
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double[] v = new double[12];
            frame.applyPoint(r[i * 2], r[i * 2 + 1], z0, v, 0);
            frame.applyPoint(r[j * 2], r[j * 2 + 1], z0, v, 3);
            frame.applyPoint(r[j * 2], r[j * 2 + 1], z1, v, 6);
            frame.applyPoint(r[i * 2], r[i * 2 + 1], z1, v, 9);
            Poly side = polygon(v);
            if (side != null) {
                out.add(side);
            }
        }
        if (frame.determinant() < 0) {
            List<Poly> flipped = new ArrayList<>(out.size());
            for (Poly x : out) {
                flipped.add(x.flipped());
            }
            out = flipped;
        }
        return new Solid(out);
    }

    private static double[] points(Transform frame, double[] ring, int[] idx, double z, double[] q) {
        double[] v = new double[idx.length * 3];
        for (int k = 0; k < idx.length; k++) {
            frame.applyPoint(ring[idx[k] * 2], ring[idx[k] * 2 + 1], z, v, k * 3);
        }
        return v;
    }

    private static Poly polygon(double[] v) {
        int n = v.length / 3;
        double nx = 0, ny = 0, nz = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            nx += (v[j * 3 + 1] - v[i * 3 + 1]) * (v[j * 3 + 2] + v[i * 3 + 2]);
            ny += (v[j * 3 + 2] - v[i * 3 + 2]) * (v[j * 3] + v[i * 3]);
            nz += (v[j * 3] - v[i * 3]) * (v[j * 3 + 1] + v[i * 3 + 1]);
        }
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 1e-18)) {
            return null;
        }
        nx /= len;
        ny /= len;
        nz /= len;
        return new Poly(v, nx, ny, nz, nx * v[0] + ny * v[1] + nz * v[2]);
    }

    public Solid apply(Operation op, Solid a, Solid b) {
        if (a.isEmpty()) {
            return op == Operation.UNION ? b : a;
        }
        if (b.isEmpty()) {
            return op == Operation.INTERSECTION ? b : a;
        }
        if (!overlap(a.bounds(), b.bounds())) {
            return switch (op) {
                case DIFFERENCE -> a;
                case INTERSECTION -> new Solid(List.of());
                case UNION -> concat(List.of(a, b));
            };
        }
        Node na = new Node();
        build(na, a.polys);
        Node nb = new Node();
        build(nb, b.polys);
        switch (op) {
            case UNION -> {
                clipTo(na, nb);
                clipTo(nb, na);
                invert(nb);
                clipTo(nb, na);
                invert(nb);
                build(na, all(nb));
            }
            case DIFFERENCE -> {
                invert(na);
                clipTo(na, nb);
                clipTo(nb, na);
                invert(nb);
                clipTo(nb, na);
                invert(nb);
                build(na, all(nb));
                invert(na);
            }
            case INTERSECTION -> {
                invert(na);
                clipTo(nb, na);
                invert(nb);
                clipTo(na, nb);
                clipTo(nb, na);
                build(na, all(nb));
                invert(na);
            }
        }
        return new Solid(all(na));
    }

    private static boolean overlap(double[] a, double[] b) {
        for (int k = 0; k < 3; k++) {
            if (a[k] > b[k + 3] || b[k] > a[k + 3]) {
                return false;
            }
        }
        return true;
    }

    /** Triangles of the solid (convex polygons fanned), flat normals, into a builder. */
    public static void emit(Solid s, MeshBuilder out) {
        for (Poly p : s.polys) {
            int n = p.v.length / 3;
            int base = out.vertexCount();
            for (int i = 0; i < n; i++) {
                out.vertex(p.v[i * 3], p.v[i * 3 + 1], p.v[i * 3 + 2], p.nx, p.ny, p.nz);
            }
            for (int i = 1; i < n - 1; i++) {
                out.triangle(base, base + i, base + i + 1);
            }
        }
    }

    private record Work(Node node, List<Poly> polys) {
    }

    private void build(Node root, List<Poly> polys) {
        ArrayDeque<Work> stack = new ArrayDeque<>();
        stack.push(new Work(root, polys));
        while (!stack.isEmpty()) {
            Work w = stack.pop();
            Node node = w.node;
            List<Poly> list = w.polys;
            if (list.isEmpty()) {
                continue;
            }
            if (!node.hasPlane) {
                Poly first = list.get(0);
                node.hasPlane = true;
                node.nx = first.nx;
                node.ny = first.ny;
                node.nz = first.nz;
                node.w = first.w;
            }
            List<Poly> front = new ArrayList<>(list.size());
            List<Poly> back = new ArrayList<>(list.size());
            for (Poly p : list) {
                split(node, p, node.polys, node.polys, front, back);
            }
            if (!front.isEmpty()) {
                if (node.front == null) {
                    node.front = new Node();
                }
                stack.push(new Work(node.front, front));
            }
            if (!back.isEmpty()) {
                if (node.back == null) {
                    node.back = new Node();
                }
                stack.push(new Work(node.back, back));
            }
        }
    }

    /** The parts of {@code polys} outside the solid of {@code root}. */
    private List<Poly> clipPolygons(Node root, List<Poly> polys) {
        List<Poly> out = new ArrayList<>();
        ArrayDeque<Work> stack = new ArrayDeque<>();
        stack.push(new Work(root, polys));
        while (!stack.isEmpty()) {
            Work w = stack.pop();
            Node node = w.node;
            if (!node.hasPlane) {
                out.addAll(w.polys);
                continue;
            }
            List<Poly> front = new ArrayList<>(w.polys.size());
            List<Poly> back = new ArrayList<>(w.polys.size());
            for (Poly p : w.polys) {
                split(node, p, front, back, front, back);
            }
            if (!front.isEmpty()) {
                if (node.front != null) {
                    stack.push(new Work(node.front, front));
                } else {
                    out.addAll(front);
                }
            }
            if (!back.isEmpty() && node.back != null) {
                stack.push(new Work(node.back, back));
            }
        }
        return out;
    }

    private void clipTo(Node a, Node b) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(a);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            n.polys = clipPolygons(b, n.polys);
            if (n.front != null) {
                stack.push(n.front);
            }
            if (n.back != null) {
                stack.push(n.back);
            }
        }
    }

    private static void invert(Node root) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            List<Poly> flipped = new ArrayList<>(n.polys.size());
            for (Poly p : n.polys) {
                flipped.add(p.flipped());
            }
            n.polys = flipped;
            n.nx = -n.nx;
            n.ny = -n.ny;
            n.nz = -n.nz;
            n.w = -n.w;
            Node t = n.front;
            n.front = n.back;
            n.back = t;
            if (n.front != null) {
                stack.push(n.front);
            }
            if (n.back != null) {
                stack.push(n.back);
            }
        }
    }

    private static List<Poly> all(Node root) {
        List<Poly> out = new ArrayList<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.addAll(n.polys);
            if (n.front != null) {
                stack.push(n.front);
            }
            if (n.back != null) {
                stack.push(n.back);
            }
        }
        return out;
    }

    private static final int COPLANAR = 0;
    private static final int FRONT = 1;
    private static final int BACK = 2;
    private static final int SPANNING = 3;

    private void split(Node plane, Poly p, List<Poly> coplanarFront, List<Poly> coplanarBack, List<Poly> front,
            List<Poly> back) {
        double[] v = p.v;
        int n = v.length / 3;
        int polygonType = 0;
        int[] types = new int[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            double t = plane.nx * v[i * 3] + plane.ny * v[i * 3 + 1] + plane.nz * v[i * 3 + 2] - plane.w;
            dist[i] = t;
            int type = t < -eps ? BACK : t > eps ? FRONT : COPLANAR;
            polygonType |= type;
            types[i] = type;
        }
        switch (polygonType) {
            case COPLANAR -> {
                double d = plane.nx * p.nx + plane.ny * p.ny + plane.nz * p.nz;
                (d > 0 ? coplanarFront : coplanarBack).add(p);
            }
            case FRONT -> front.add(p);
            case BACK -> back.add(p);
            default -> {
                double[] f = new double[(n + 2) * 3];
                double[] b = new double[(n + 2) * 3];
                int fn = 0;
                int bn = 0;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    int ti = types[i];
                    int tj = types[j];
                    if (ti != BACK) {
                        f[fn++] = v[i * 3];
                        f[fn++] = v[i * 3 + 1];
                        f[fn++] = v[i * 3 + 2];
                    }
                    if (ti != FRONT) {
                        b[bn++] = v[i * 3];
                        b[bn++] = v[i * 3 + 1];
                        b[bn++] = v[i * 3 + 2];
                    }
                    if ((ti | tj) == SPANNING) {
                        double t = dist[i] / (dist[i] - dist[j]);
                        double x = v[i * 3] + (v[j * 3] - v[i * 3]) * t;
                        double y = v[i * 3 + 1] + (v[j * 3 + 1] - v[i * 3 + 1]) * t;
                        double z = v[i * 3 + 2] + (v[j * 3 + 2] - v[i * 3 + 2]) * t;
                        f[fn++] = x;
                        f[fn++] = y;
                        f[fn++] = z;
                        b[bn++] = x;
                        b[bn++] = y;
                        b[bn++] = z;
                    }
                }
                if (fn >= 9) {
                    front.add(new Poly(java.util.Arrays.copyOf(f, fn), p.nx, p.ny, p.nz, p.w));
                }
                if (bn >= 9) {
                    back.add(new Poly(java.util.Arrays.copyOf(b, bn), p.nx, p.ny, p.nz, p.w));
                }
            }
        }
    }
}
