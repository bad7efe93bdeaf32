package org.plinth.geometry.mesh;

import java.util.HashMap;
import java.util.Map;

/** Invariants of closed meshes, welding vertices by exact position (faces carry their own vertices). */
public final class MeshChecks {

    private MeshChecks() {
    }

    /**
     * Number of directed edges whose reverse is missing or which occur more than once: 0 for a closed, consistently
     * oriented (outward or inward) 2-manifold.
     */
    public static int openOrInconsistentEdges(TriangleMesh m) {
        Map<String, Integer> weld = new HashMap<>();
        float[] p = m.positions();
        int[] id = new int[m.vertexCount()];
        for (int v = 0; v < id.length; v++) {
            String key = p[v * 3] + "," + p[v * 3 + 1] + "," + p[v * 3 + 2];
            Integer known = weld.putIfAbsent(key, weld.size());
            id[v] = known == null ? weld.size() - 1 : known;
        }
        Map<Long, Integer> directed = new HashMap<>();
        int[] ix = m.indices();
        for (int t = 0; t < ix.length; t += 3) {
            for (int e = 0; e < 3; e++) {
                int a = id[ix[t + e]];
                int b = id[ix[t + (e + 1) % 3]];
                if (a == b) {
                    continue;
                }
                directed.merge(((long) a << 32) | b, 1, Integer::sum);
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
}
