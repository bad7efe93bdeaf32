package org.plinth.geometry.mesh;

import java.util.List;

/**
 * What one glTF mesh holds: one primitive per colour. A shape built once for an IFC representation map is
 * shared by every product that maps it (identity of the object is the sharing key).
 */
public record Shape(List<Primitive> primitives) {

    public Shape {
        primitives = List.copyOf(primitives);
    }

    /** Triangles of one colour. */
    public record Primitive(TriangleMesh mesh, Colour colour) {
    }

    public int triangleCount() {
        int n = 0;
        for (Primitive p : primitives) {
            n += p.mesh().triangleCount();
        }
        return n;
    }

    public boolean isEmpty() {
        return triangleCount() == 0;
    }
}
