package org.plinth.geometry.mesh;

/** Linear RGB plus alpha (1 = opaque), each 0..1, as a glTF material's base colour factor. */
public record Colour(float r, float g, float b, float a) {

    public static final Colour DEFAULT = new Colour(0.8f, 0.8f, 0.8f, 1f);

    public boolean isTransparent() {
        return a < 1f;
    }
}
