package org.plinth.ifc.extract;

/**
 * One property or quantity in the BIMData {@code Property} shape.
 *
 * @param definition name, kind, value type and unit
 * @param value      {@code String}, {@code Double}, {@code Long}, {@code Boolean}, {@code null}, a
 *                   {@code List} (enumerated with several values, list values, table rows as
 *                   {@code [defining, defined]}) or a {@code Map} (bounded: {@code lower}, {@code upper},
 *                   {@code set_point})
 */
public record Property(PropertyDefinition definition, Object value) {
}
