package org.plinth.geometry.mesh;

import java.util.Arrays;

/**
 * An affine map of 3D space: a 3×3 linear part and a translation, row-major in twelve doubles
 * ({@code m[0..3]} is the first row: x' = m0·x + m1·y + m2·z + m3). Doubles, because IFC placements
 * carry georeferenced coordinates whose low digits a float would lose. Immutable.
 */
public final class Transform {

    public static final Transform IDENTITY = new Transform(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});

    private final double[] m;

    private Transform(double[] m) {
        this.m = m;
    }

    /** From a row-major 3×4 array (copied). */
    public static Transform ofRows(double[] rowMajor3x4) {
        if (rowMajor3x4.length != 12) {
            throw new IllegalArgumentException("a 3x4 matrix needs 12 values, got " + rowMajor3x4.length);
        }
        return new Transform(rowMajor3x4.clone());
    }

    /** Columns are the images of the x, y and z axes; {@code origin} the image of (0,0,0). */
    public static Transform ofAxes(double[] origin, double[] x, double[] y, double[] z) {
        return new Transform(new double[] {
            x[0], y[0], z[0], origin[0],
            x[1], y[1], z[1], origin[1],
            x[2], y[2], z[2], origin[2]});
    }

    public static Transform translation(double x, double y, double z) {
        return new Transform(new double[] {1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z});
    }

    public static Transform scale(double sx, double sy, double sz) {
        return new Transform(new double[] {sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, sz, 0});
    }

    /** Element at row r (0..2), column c (0..3). */
    public double get(int r, int c) {
        return m[r * 4 + c];
    }

    /** {@code this ∘ other}: applies {@code other} first. */
    public Transform multiply(Transform other) {
        if (other == IDENTITY) {
            return this;
        }
        if (this == IDENTITY) {
            return other;
        }
        double[] a = m;
        double[] b = other.m;
        double[] r = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                double s = a[i * 4] * b[j] + a[i * 4 + 1] * b[4 + j] + a[i * 4 + 2] * b[8 + j];
                if (j == 3) {
                    s += a[i * 4 + 3];
                }
                r[i * 4 + j] = s;
            }
        }
        return new Transform(r);
    }

    public double determinant() {
        return m[0] * (m[5] * m[10] - m[6] * m[9])
            - m[1] * (m[4] * m[10] - m[6] * m[8])
            + m[2] * (m[4] * m[9] - m[5] * m[8]);
    }

    /** The inverse map; throws when the linear part is singular. */
    public Transform inverse() {
        double det = determinant();
        if (det == 0 || !Double.isFinite(det)) {
            throw new ArithmeticException("singular transform " + this);
        }
        double[] c = {
            m[5] * m[10] - m[6] * m[9], -(m[1] * m[10] - m[2] * m[9]), m[1] * m[6] - m[2] * m[5],
            -(m[4] * m[10] - m[6] * m[8]), m[0] * m[10] - m[2] * m[8], -(m[0] * m[6] - m[2] * m[4]),
            m[4] * m[9] - m[5] * m[8], -(m[0] * m[9] - m[1] * m[8]), m[0] * m[5] - m[1] * m[4]};
        double[] r = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 4 + j] = c[i * 3 + j] / det;
            }
            r[i * 4 + 3] = -(r[i * 4] * m[3] + r[i * 4 + 1] * m[7] + r[i * 4 + 2] * m[11]);
        }
        return new Transform(r);
    }

    /** The inverse-transpose of the linear part, row-major 3×3, for transforming normals. */
    public double[] normalMatrix() {
        double det = determinant();
        double[] c = new double[] {
            m[5] * m[10] - m[6] * m[9], -(m[4] * m[10] - m[6] * m[8]), m[4] * m[9] - m[5] * m[8],
            -(m[1] * m[10] - m[2] * m[9]), m[0] * m[10] - m[2] * m[8], -(m[0] * m[9] - m[1] * m[8]),
            m[1] * m[6] - m[2] * m[5], -(m[0] * m[6] - m[2] * m[4]), m[0] * m[5] - m[1] * m[4]};
        // cofactor matrix / det is the inverse-transpose; the scale does not matter for unit normals except its sign
        double s = det < 0 ? -1 : 1;
        for (int i = 0; i < 9; i++) {
            c[i] *= s;
        }
        return c;
    }

    public void applyPoint(double x, double y, double z, double[] out, int at) {
        out[at] = m[0] * x + m[1] * y + m[2] * z + m[3];
        out[at + 1] = m[4] * x + m[5] * y + m[6] * z + m[7];
        out[at + 2] = m[8] * x + m[9] * y + m[10] * z + m[11];
    }

    public boolean isIdentity() {
        return this == IDENTITY || Arrays.equals(m, IDENTITY.m);
    }

    /** Column-major 4×4 as glTF wants it. */
    public float[] toColumnMajor4x4() {
        return new float[] {
            (float) m[0], (float) m[4], (float) m[8], 0f,
            (float) m[1], (float) m[5], (float) m[9], 0f,
            (float) m[2], (float) m[6], (float) m[10], 0f,
            (float) m[3], (float) m[7], (float) m[11], 1f};
    }

    /** Row-major 3×4 copy. */
    public double[] toRows() {
        return m.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transform t && Arrays.equals(m, t.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Transform" + Arrays.toString(m);
    }
}
