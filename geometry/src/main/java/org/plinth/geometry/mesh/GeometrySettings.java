package org.plinth.geometry.mesh;

/**
 * Every tolerance of the mesher in one place, each named for what it bounds. Lengths are metres.
 *
 * @param relativeChordTolerance largest sagitta of a tessellated arc as a share of its radius
 * @param absoluteChordTolerance largest sagitta of a tessellated arc in metres (large radii)
 * @param minArcSegments fewest segments for a full circle, however small
 * @param maxArcSegments most segments for a full circle, however large
 * @param includeSpaces mesh IfcSpace products (off by default, as most viewers hide them)
 * @param booleanPlaneTolerance a point closer than this to a cutting plane lies on it (mesh booleans), metres
 */
public record GeometrySettings(
        double relativeChordTolerance,
        double absoluteChordTolerance,
        int minArcSegments,
        int maxArcSegments,
        boolean includeSpaces,
        double booleanPlaneTolerance) {

    public static final GeometrySettings DEFAULTS = new GeometrySettings(0.005, 0.01, 8, 256, false, 1e-5);

    public GeometrySettings {
        if (!(relativeChordTolerance > 0) || !(absoluteChordTolerance > 0)) {
            throw new IllegalArgumentException("chord tolerances must be positive");
        }
        if (minArcSegments < 3 || maxArcSegments < minArcSegments) {
            throw new IllegalArgumentException("need 3 <= minArcSegments <= maxArcSegments, got "
                + minArcSegments + ", " + maxArcSegments);
        }
    }

    /** Segments for an arc of {@code sweep} radians and radius {@code radius} (m) meeting both chord tolerances. */
    public int arcSegments(double radius, double sweep) {
        double sagitta = Math.min(relativeChordTolerance * radius, absoluteChordTolerance);
        double ratio = radius > 0 ? 1 - sagitta / radius : 0;
        double step = ratio <= -1 ? Math.PI : 2 * Math.acos(Math.max(-1, Math.min(1, ratio)));
        int full = step > 0 ? (int) Math.ceil(2 * Math.PI / step) : maxArcSegments;
        full = Math.max(minArcSegments, Math.min(maxArcSegments, full));
        int n = (int) Math.ceil(full * Math.abs(sweep) / (2 * Math.PI));
        return Math.max(1, n);
    }
}
