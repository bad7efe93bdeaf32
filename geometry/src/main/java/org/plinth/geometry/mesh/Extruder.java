package org.plinth.geometry.mesh;

import java.util.List;

/**
 * Extrudes a profile lying in the local x,y plane along a direction: two caps and one flat quad per ring edge.
 * The result is closed and faces outward whatever the direction's sign (an extrusion towards −z mirrors the
 * solid, so the winding is turned over).
 */
public final class Extruder {

    private Extruder() {
    }

    /**
     * @param dir extrusion direction in profile coordinates (need not be unit length; it is normalised)
     * @param depth length along {@code dir}, metres
     */
    public static void extrude(Profile profile, double[] dir, double depth, MeshBuilder out) {
        double len = Math.sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
        if (len == 0 || depth == 0 || profile.isDegenerate()) {
            return;
        }
        double dx = dir[0] / len * depth, dy = dir[1] / len * depth, dz = dir[2] / len * depth;
        if (dz == 0) {
            return;
        }
        boolean up = dz > 0;
        int[] tris = FaceTriangulator.triangulate(profile.outer(), profile.holes());
        cap(profile, tris, 0, 0, 0, up ? -1 : 1, !up, out);
        cap(profile, tris, dx, dy, dz, up ? 1 : -1, up, out);
        sides(profile.outer(), dx, dy, dz, up, out);
        for (double[] h : profile.holes()) {
            sides(h, dx, dy, dz, up, out);
        }
    }

    private static void cap(Profile p, int[] tris, double ox, double oy, double oz, double nz, boolean ccw,
            MeshBuilder out) {
        int base = out.vertexCount();
        ring(p.outer(), ox, oy, oz, nz, out);
        List<double[]> holes = p.holes();
        for (double[] h : holes) {
            ring(h, ox, oy, oz, nz, out);
        }
        for (int i = 0; i < tris.length; i += 3) {
            if (ccw) {
                out.triangle(base + tris[i], base + tris[i + 1], base + tris[i + 2]);
            } else {
                out.triangle(base + tris[i], base + tris[i + 2], base + tris[i + 1]);
            }
        }
    }

    private static void ring(double[] r, double ox, double oy, double oz, double nz, MeshBuilder out) {
        for (int i = 0; i < r.length; i += 2) {
            out.vertex(r[i] + ox, r[i + 1] + oy, oz, 0, 0, nz);
        }
    }

    private static void sides(double[] r, double dx, double dy, double dz, boolean up, MeshBuilder out) {
        int n = r.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ax = r[i * 2], ay = r[i * 2 + 1];
            double bx = r[j * 2], by = r[j * 2 + 1];
            double ex = bx - ax, ey = by - ay;
            // normal = e × d, turned round when extruding downwards
            double nx = ey * dz, ny = -ex * dz, nz = ex * dy - ey * dx;
            double l = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (l == 0) {
                continue;
            }
            double s = up ? 1 / l : -1 / l;
            nx *= s;
            ny *= s;
            nz *= s;
            int a0 = out.vertex(ax, ay, 0, nx, ny, nz);
            int b0 = out.vertex(bx, by, 0, nx, ny, nz);
            int b1 = out.vertex(bx + dx, by + dy, dz, nx, ny, nz);
            int a1 = out.vertex(ax + dx, ay + dy, dz, nx, ny, nz);
            if (up) {
                out.triangle(a0, b0, b1);
                out.triangle(a0, b1, a1);
            } else {
                out.triangle(a0, b1, b0);
                out.triangle(a0, a1, b1);
            }
        }
    }
}
