package org.plinth.geometry.mesh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edge topology of triangle meshes whose faces carry their own vertices: vertices are welded by exact position,
 * then every directed edge must meet its reverse exactly once for the surface to be closed and consistently
 * oriented. Only for checks and reports (it hashes every vertex), never in the meshing path.
 */
public final class MeshTopology {

    private MeshTopology() {
    }

    private record Position(float x, float y, float z) {
    }

    /** Directed edges without exactly one reverse (0 for a closed, consistently oriented surface). */
    public static int openOrInconsistentEdges(List<TriangleMesh> parts) {
        Map<Position, Integer> weld = new HashMap<>();
        Map<Long, Integer> directed = new HashMap<>();
        for (TriangleMesh m : parts) {
            float[] p = m.positions();
            int[] id = new int[m.vertexCount()];
            for (int v = 0; v < id.length; v++) {
                Position key = new Position(p[v * 3], p[v * 3 + 1], p[v * 3 + 2]);
                Integer known = weld.putIfAbsent(key, weld.size());
                id[v] = known == null ? weld.size() - 1 : known;
            }
            int[] ix = m.indices();
            for (int t = 0; t < ix.length; t += 3) {
                for (int e = 0; e < 3; e++) {
                    int a = id[ix[t + e]];
                    int b = id[ix[t + (e + 1) % 3]];
                    if (a != b) {
                        directed.merge(((long) a << 32) | b, 1, Integer::sum);
                    }
                }
            }
        }
        int bad = 0;
        for (Map.Entry<Long, Integer> e : directed.entrySet()) {
            long key = e.getKey();
            long reverse = ((key & 0xffffffffL) << 32) | (key >>> 32);
            if (e.getValue() != 1 || directed.getOrDefault(reverse, 0) != 1) {
                bad++;
            }
        }
        return bad;
    }

    /**
     * True for a closed, consistently oriented surface. Meshes out of {@link MeshBoolean} may carry T-junctions
     * (a vertex of one face lying inside an edge of its neighbour); when the exact edge match fails, meshes of up
     * to {@link #MAX_T_JUNCTION_VERTICES} vertices are checked again with every edge split at the vertices that lie
     * on it (positions welded on a {@value #WELD_M} m grid).
     */
    public static boolean isClosed(List<TriangleMesh> parts) {
        if (openOrInconsistentEdges(parts) == 0) {
            return true;
        }
        int vertices = 0;
        for (TriangleMesh m : parts) {
            vertices += m.vertexCount();
        }
        return vertices <= MAX_T_JUNCTION_VERTICES && closedAcrossTJunctions(parts);
    }

    static final int MAX_T_JUNCTION_VERTICES = 3_000;
    static final double WELD_M = 1e-5;

    private record Cell(long x, long y, long z) {
    }

    private static boolean closedAcrossTJunctions(List<TriangleMesh> parts) {
        Map<Cell, Integer> weld = new HashMap<>();
        List<double[]> points = new java.util.ArrayList<>();
        List<int[]> triangles = new java.util.ArrayList<>();
        for (TriangleMesh m : parts) {
            float[] p = m.positions();
            int[] id = new int[m.vertexCount()];
            for (int v = 0; v < id.length; v++) {
                Cell c = new Cell(Math.round(p[v * 3] / WELD_M), Math.round(p[v * 3 + 1] / WELD_M),
                    Math.round(p[v * 3 + 2] / WELD_M));
                Integer known = weld.get(c);
                if (known == null) {
                    known = points.size();
                    weld.put(c, known);
                    points.add(new double[] {p[v * 3], p[v * 3 + 1], p[v * 3 + 2]});
                }
                id[v] = known;
            }
            int[] ix = m.indices();
            for (int t = 0; t < ix.length; t += 3) {
                triangles.add(new int[] {id[ix[t]], id[ix[t + 1]], id[ix[t + 2]]});
            }
        }
        Map<Long, Integer> directed = new HashMap<>();
        List<double[]> onEdge = new java.util.ArrayList<>();
        for (int[] t : triangles) {
            for (int e = 0; e < 3; e++) {
                int a = t[e];
                int b = t[(e + 1) % 3];
                if (a == b) {
                    continue;
                }
                double[] pa = points.get(a);
                double[] pb = points.get(b);
                double dx = pb[0] - pa[0], dy = pb[1] - pa[1], dz = pb[2] - pa[2];
                double len2 = dx * dx + dy * dy + dz * dz;
                onEdge.clear();
                for (int v = 0; v < points.size(); v++) {
                    if (v == a || v == b) {
                        continue;
                    }
                    double[] q = points.get(v);
                    double qx = q[0] - pa[0], qy = q[1] - pa[1], qz = q[2] - pa[2];
                    double s = (qx * dx + qy * dy + qz * dz) / len2;
                    if (s <= 0 || s >= 1) {
                        continue;
                    }
                    double cx = qy * dz - qz * dy, cy = qz * dx - qx * dz, cz = qx * dy - qy * dx;
                    if (cx * cx + cy * cy + cz * cz <= WELD_M * WELD_M * len2) {
                        onEdge.add(new double[] {s, v});
                    }
                }
                onEdge.sort((u, w) -> Double.compare(u[0], w[0]));
                int from = a;
                for (double[] o : onEdge) {
                    int to = (int) o[1];
                    directed.merge(((long) from << 32) | to, 1, Integer::sum);
                    from = to;
                }
                directed.merge(((long) from << 32) | b, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : directed.entrySet()) {
            long key = e.getKey();
            long reverse = ((key & 0xffffffffL) << 32) | (key >>> 32);
            if (!e.getValue().equals(directed.getOrDefault(reverse, 0))) {
                return false;
            }
        }
        return true;
    }
}
