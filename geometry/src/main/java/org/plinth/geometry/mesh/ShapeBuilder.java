package org.plinth.geometry.mesh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects triangles per colour and turns them into one {@link Shape} (one primitive per colour). */
public final class ShapeBuilder {

    private final Map<Colour, MeshBuilder> byColour = new LinkedHashMap<>();

    /** The builder for a colour, its transform set to {@code t}. */
    public MeshBuilder builder(Colour colour, Transform t) {
        MeshBuilder b = byColour.computeIfAbsent(colour, c -> new MeshBuilder());
        b.setTransform(t);
        return b;
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
