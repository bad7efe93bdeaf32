package org.plinth.bcf;

/** A point or direction in BCF viewpoint coordinates (metres). */
public record Vector3(double x, double y, double z) {
}
