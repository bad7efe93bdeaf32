package org.plinth.geometry.mesh;

/**
 * Triangles as flat arrays: {@code positions} and {@code normals} hold x,y,z per vertex (metres, float),
 * {@code indices} three vertex indices per triangle, counter-clockwise seen from outside. Vertices are not
 * shared across sharp edges (each planar face has its own, carrying the face normal), so watertightness is a
 * property of positions, not of indices. The arrays are owned by the mesh; do not modify them.
 */
public record TriangleMesh(float[] positions, float[] normals, int[] indices) {

    public TriangleMesh {
        if (positions.length != normals.length || positions.length % 3 != 0 || indices.length % 3 != 0) {
            throw new IllegalArgumentException("inconsistent mesh arrays: " + positions.length + " positions, "
                + normals.length + " normals, " + indices.length + " indices");
        }
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    /**
     * Signed volume enclosed (sum of signed tetrahedra against the origin), after {@code t}. Meaningful for
     * closed meshes only; positive when the triangles face outward.
     */
    public double signedVolume(Transform t) {
        double[] p = new double[9];
        double sum = 0;
        float[] v = positions;
        int[] ix = indices;
        if (ix.length == 0) {
            return 0;
        }
        // tetrahedra against the first vertex rather than (0,0,0): the same sum for a closed mesh, and no
        // cancellation between huge terms when the mesh sits far from the origin
        double[] o = new double[3];
        t.applyPoint(v[ix[0] * 3], v[ix[0] * 3 + 1], v[ix[0] * 3 + 2], o, 0);
        for (int i = 0; i < ix.length; i += 3) {
            int a = ix[i] * 3;
            int b = ix[i + 1] * 3;
            int c = ix[i + 2] * 3;
            t.applyPoint(v[a], v[a + 1], v[a + 2], p, 0);
            t.applyPoint(v[b], v[b + 1], v[b + 2], p, 3);
            t.applyPoint(v[c], v[c + 1], v[c + 2], p, 6);
            for (int k = 0; k < 9; k++) {
                p[k] -= o[k % 3];
            }
            sum += p[0] * (p[4] * p[8] - p[5] * p[7])
                - p[1] * (p[3] * p[8] - p[5] * p[6])
                + p[2] * (p[3] * p[7] - p[4] * p[6]);
        }
        return sum / 6.0;
    }

    /** Widens {@code box} (minX,minY,minZ,maxX,maxY,maxZ) by this mesh's vertices after {@code t}. */
    public void extendBounds(Transform t, double[] box) {
        if (t.isIdentity()) {
            float[] v = positions;
            for (int i = 0; i < v.length; i += 3) {
                for (int k = 0; k < 3; k++) {
                    double c = v[i + k];
                    if (c < box[k]) {
                        box[k] = c;
                    }
                    if (c > box[k + 3]) {
                        box[k + 3] = c;
                    }
                }
            }
            return;
        }
        double[] p = new double[3];
        float[] v = positions;
        for (int i = 0; i < v.length; i += 3) {
            t.applyPoint(v[i], v[i + 1], v[i + 2], p, 0);
            for (int k = 0; k < 3; k++) {
                if (p[k] < box[k]) {
                    box[k] = p[k];
                }
                if (p[k] > box[k + 3]) {
                    box[k + 3] = p[k];
                }
            }
        }
    }

    /** A box ready for {@link #extendBounds}: min at +∞, max at −∞. */
    public static double[] emptyBounds() {
        double inf = Double.POSITIVE_INFINITY;
        return new double[] {inf, inf, inf, -inf, -inf, -inf};
    }
}
