package org.plinth.geometry.mesh;

import java.util.List;

/** Invariants of closed meshes for tests (welded by exact position, see {@link MeshTopology}). */
public final class MeshChecks {

    private MeshChecks() {
    }

    /** 0 for a closed, consistently oriented 2-manifold. */
    public static int openOrInconsistentEdges(TriangleMesh m) {
        return MeshTopology.openOrInconsistentEdges(List.of(m));
    }
}
