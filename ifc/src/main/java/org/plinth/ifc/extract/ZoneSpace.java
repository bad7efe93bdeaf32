package org.plinth.ifc.extract;

/** A space of a zone, in the BIMData {@code ZoneSpace} shape. */
public record ZoneSpace(String uuid, String name, String longname) {
}
