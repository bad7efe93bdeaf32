package org.plinth.ifc.extract;

import java.util.List;

/**
 * An IfcZone in the BIMData {@code Zone} shape.
 *
 * @param zones  zones assigned to this zone
 * @param spaces spaces assigned to this zone
 */
public record Zone(String uuid, String name, String description, String object_type, List<Zone> zones,
        List<ZoneSpace> spaces) {
}
