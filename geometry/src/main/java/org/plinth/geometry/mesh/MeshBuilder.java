package org.plinth.geometry.mesh;

import java.util.Arrays;
import java.util.List;

/**
 * Collects triangles into growable primitive arrays, mapping every point through a current transform (and
 * normals through its inverse-transpose; a mirroring transform also flips the winding so faces keep pointing
 * out). Not thread-safe; one builder per shape.
 */
public final class MeshBuilder {

    private float[] positions = new float[3 * 64];
    private float[] normals = new float[3 * 64];
    private int[] indices = new int[3 * 64];
    private int vertexCount;
    private int indexCount;
    private Transform transform = Transform.IDENTITY;
    private double[] normalMatrix = Transform.IDENTITY.normalMatrix();
    private boolean flip;
    private final double[] scratch = new double[3];
    /**
     * Shared with the other builders of one shape: x, y, z of an origin subtracted from every position before it
     * becomes a float, and [3] = 1 once chosen. Null: positions are stored as they are.
     */
    private final double[] origin;

    public MeshBuilder() {
        this.origin = null;
    }

    /** A builder that stores positions relative to the shared {@code origin} (see {@link ShapeBuilder}). */
    MeshBuilder(double[] origin) {
        this.origin = origin;
    }

    /** Positions beyond this distance (m) from the origin make the first vertex's whole metres the shape origin. */
    static final double FAR_M = 10_000;

    public void setTransform(Transform t) {
        transform = t;
        normalMatrix = t.normalMatrix();
        flip = t.determinant() < 0;
    }

    public Transform transform() {
        return transform;
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int triangleCount() {
        return indexCount / 3;
    }

    /** Adds a vertex (local coordinates, local normal); returns its index. */
    public int vertex(double x, double y, double z, double nx, double ny, double nz) {
        if (vertexCount * 3 + 3 > positions.length) {
            int size = positions.length * 2;
            positions = Arrays.copyOf(positions, size);
            normals = Arrays.copyOf(normals, size);
        }
        transform.applyPoint(x, y, z, scratch, 0);
        int at = vertexCount * 3;
        if (origin != null) {
            if (origin[3] == 0) {
                // floats keep ~7 digits: georeferenced coordinates must lose their large part first
                boolean far = Math.abs(scratch[0]) > FAR_M || Math.abs(scratch[1]) > FAR_M || Math.abs(scratch[2]) > FAR_M;
                origin[0] = far ? Math.rint(scratch[0]) : 0;
                origin[1] = far ? Math.rint(scratch[1]) : 0;
                origin[2] = far ? Math.rint(scratch[2]) : 0;
                origin[3] = 1;
            }
            scratch[0] -= origin[0];
            scratch[1] -= origin[1];
            scratch[2] -= origin[2];
        }
        positions[at] = (float) scratch[0];
        positions[at + 1] = (float) scratch[1];
        positions[at + 2] = (float) scratch[2];
        double[] q = normalMatrix;
        double mx = q[0] * nx + q[1] * ny + q[2] * nz;
        double my = q[3] * nx + q[4] * ny + q[5] * nz;
        double mz = q[6] * nx + q[7] * ny + q[8] * nz;
        double len = Math.sqrt(mx * mx + my * my + mz * mz);
        if (len > 0) {
            mx /= len;
            my /= len;
            mz /= len;
        }
        normals[at] = (float) mx;
        normals[at + 1] = (float) my;
        normals[at + 2] = (float) mz;
        return vertexCount++;
    }

    /** A triangle, counter-clockwise in local coordinates. */
    public void triangle(int a, int b, int c) {
        if (indexCount + 3 > indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[indexCount++] = a;
        indices[indexCount++] = flip ? c : b;
        indices[indexCount++] = flip ? b : c;
    }

    /** One flat triangle from three points; skipped when degenerate. */
    public void triangle(double ax, double ay, double az, double bx, double by, double bz,
            double cx, double cy, double cz) {
        double ux = bx - ax, uy = by - ay, uz = bz - az;
        double vx = cx - ax, vy = cy - ay, vz = cz - az;
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len == 0 || !Double.isFinite(len)) {
            return;
        }
        nx /= len;
        ny /= len;
        nz /= len;
        int a = vertex(ax, ay, az, nx, ny, nz);
        int b = vertex(bx, by, bz, nx, ny, nz);
        int c = vertex(cx, cy, cz, nx, ny, nz);
        triangle(a, b, c);
    }

    /**
     * A planar face from 3D rings (x,y,z interleaved, not closed); its front side is the one from which the outer
     * ring runs counter-clockwise. Returns false when the face has no area.
     */
    public boolean planarFace(double[] outer, List<double[]> holes) {
        int n = outer.length / 3;
        if (n < 3) {
            return false;
        }
        double nx = 0, ny = 0, nz = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xj = outer[j * 3], yj = outer[j * 3 + 1], zj = outer[j * 3 + 2];
            double xi = outer[i * 3], yi = outer[i * 3 + 1], zi = outer[i * 3 + 2];
            nx += (yj - yi) * (zj + zi);
            ny += (zj - zi) * (xj + xi);
            nz += (xj - xi) * (yj + yi);
        }
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len == 0 || !Double.isFinite(len)) {
            return false;
        }
        nx /= len;
        ny /= len;
        nz /= len;
        int base = vertexCount;
        if (n == 3 && holes.isEmpty()) {
            vertex(outer[0], outer[1], outer[2], nx, ny, nz);
            vertex(outer[3], outer[4], outer[5], nx, ny, nz);
            vertex(outer[6], outer[7], outer[8], nx, ny, nz);
            triangle(base, base + 1, base + 2);
            return true;
        }
        // drop the axis the normal leans on most; note whether that projection mirrors the ring
        double ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
        int drop = az >= ax && az >= ay ? 2 : (ax >= ay ? 0 : 1);
        boolean mirrored = (drop == 0 ? nx : drop == 1 ? ny : nz) < 0;
        double[] outer2 = project(outer, drop);
        List<double[]> holes2 = holes.isEmpty() ? List.of() : projectAll(holes, drop);
        int[] tris = FaceTriangulator.triangulate(outer2, holes2);
        addRing(outer, nx, ny, nz);
        for (double[] h : holes) {
            addRing(h, nx, ny, nz);
        }
        for (int i = 0; i < tris.length; i += 3) {
            if (mirrored) {
                triangle(base + tris[i], base + tris[i + 2], base + tris[i + 1]);
            } else {
                triangle(base + tris[i], base + tris[i + 1], base + tris[i + 2]);
            }
        }
        return true;
    }

    private void addRing(double[] r, double nx, double ny, double nz) {
        for (int i = 0; i < r.length; i += 3) {
            vertex(r[i], r[i + 1], r[i + 2], nx, ny, nz);
        }
    }

    private static List<double[]> projectAll(List<double[]> rings, int drop) {
        double[][] out = new double[rings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = project(rings.get(i), drop);
        }
        return List.of(out);
    }

    /** Drops one axis keeping a right-handed order: x→(y,z), y→(z,x), z→(x,y). */
    private static double[] project(double[] r, int drop) {
        int n = r.length / 3;
        int u = (drop + 1) % 3;
        int v = (drop + 2) % 3;
        double[] o = new double[n * 2];
        for (int i = 0; i < n; i++) {
            o[i * 2] = r[i * 3 + u];
            o[i * 2 + 1] = r[i * 3 + v];
        }
        return o;
    }

    /** Where the next index goes; with {@link #vertexCount()} marks the start of one item's triangles. */
    public int indexCount() {
        return indexCount;
    }

    /**
     * Turns the triangles added since the marks outward when, together, they enclose a negative volume (a closed
     * shell written inside out, as some exporters do); open shells have no meaningful sign and are left alone
     * unless clearly negative. Returns true when it turned them.
     */
    public boolean orientOutwardSince(int vertexMark, int indexMark) {
        double sum = 0;
        for (int i = indexMark; i + 2 < indexCount; i += 3) {
            int a = indices[i] * 3, b = indices[i + 1] * 3, c = indices[i + 2] * 3;
            double ax = positions[a], ay = positions[a + 1], az = positions[a + 2];
            double bx = positions[b] - ax, by = positions[b + 1] - ay, bz = positions[b + 2] - az;
            double cx = positions[c] - ax, cy = positions[c + 1] - ay, cz = positions[c + 2] - az;
            // relative to the item's first vertex: well conditioned whatever the placement
            double ox = ax - positions[vertexMark * 3], oy = ay - positions[vertexMark * 3 + 1],
                oz = az - positions[vertexMark * 3 + 2];
            sum += ox * (by * cz - bz * cy) - oy * (bx * cz - bz * cx) + oz * (bx * cy - by * cx);
        }
        if (!(sum < 0)) {
            return false;
        }
        flipSince(vertexMark, indexMark);
        return true;
    }

    /** Reverses the triangles and normals added since the marks. */
    public void flipSince(int vertexMark, int indexMark) {
        for (int i = indexMark; i + 2 < indexCount; i += 3) {
            int t = indices[i + 1];
            indices[i + 1] = indices[i + 2];
            indices[i + 2] = t;
        }
        for (int v = vertexMark * 3; v < vertexCount * 3; v++) {
            normals[v] = -normals[v];
        }
    }

    public TriangleMesh build() {
        return new TriangleMesh(Arrays.copyOf(positions, vertexCount * 3), Arrays.copyOf(normals, vertexCount * 3),
            Arrays.copyOf(indices, indexCount));
    }
}
