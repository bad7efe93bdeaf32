package org.plinth.ifc.extract;

/**
 * Where the model is on earth: IFC4 IfcMapConversion + IfcProjectedCRS, and IfcSite's reference
 * point. Every component is null when the file does not say.
 *
 * @param latitude  IfcSite.RefLatitude in decimal degrees
 * @param longitude IfcSite.RefLongitude in decimal degrees
 * @param elevation IfcSite.RefElevation (project length unit)
 */
public record Georeference(Double eastings, Double northings, Double orthogonal_height, Double x_axis_abscissa,
        Double x_axis_ordinate, Double scale, String crs_name, String crs_description, String geodetic_datum,
        String vertical_datum, String map_projection, String map_zone, Double latitude, Double longitude,
        Double elevation) {

    static final Georeference NONE = new Georeference(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
}
