package org.plinth.geometry.mesh;

/** A shape placed relative to its product's placement. */
public record ShapeInstance(Shape shape, Transform transform) {
}
