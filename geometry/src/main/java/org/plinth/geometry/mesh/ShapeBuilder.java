package org.plinth.geometry.mesh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects triangles per colour and turns them into one {@link Shape} (one primitive per colour). When the
 * geometry lies far from the origin (georeferenced coordinates inside the items), positions are stored relative
 * to a whole-metre origin, which {@link #originTransform()} puts back: place the shape with it.
 */
public final class ShapeBuilder {

    private final Map<Colour, MeshBuilder> byColour = new LinkedHashMap<>();
    private final double[] origin = new double[4];

    /** The builder for a colour, its transform set to {@code t}. */
    public MeshBuilder builder(Colour colour, Transform t) {
        MeshBuilder b = byColour.computeIfAbsent(colour, c -> new MeshBuilder(origin));
        b.setTransform(t);
        return b;
    }

    /** Translation from the stored positions back to the coordinates the items were given in. */
    public Transform originTransform() {
        if (origin[0] == 0 && origin[1] == 0 && origin[2] == 0) {
            return Transform.IDENTITY;
        }
        return Transform.translation(origin[0], origin[1], origin[2]);
    }

    public int triangleCount() {
        int n = 0;
        for (MeshBuilder b : byColour.values()) {
            n += b.triangleCount();
        }
        return n;
    }

    public Shape build() {
        List<Shape.Primitive> prims = new ArrayList<>(byColour.size());
        for (Map.Entry<Colour, MeshBuilder> e : byColour.entrySet()) {
            if (e.getValue().triangleCount() > 0) {
                prims.add(new Shape.Primitive(e.getValue().build(), e.getKey()));
            }
        }
        return new Shape(prims);
    }
}
