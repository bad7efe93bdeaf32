package org.plinth.ifc.extract;

import java.util.List;
import org.plinth.step.StepValue;

/** IfcMapConversion with its IfcProjectedCRS (IFC4 and later) and IfcSite's reference point. */
final class GeoreferenceExtractor {

    private GeoreferenceExtractor() {
    }

    static Georeference extract(ExtractionContext ctx) {
        Double eastings = null;
        Double northings = null;
        Double height = null;
        Double abscissa = null;
        Double ordinate = null;
        Double scale = null;
        String crsName = null;
        String crsDescription = null;
        String geodeticDatum = null;
        String verticalDatum = null;
        String mapProjection = null;
        String mapZone = null;
        int[] conversions = ctx.model.instancesOf("IfcMapConversion");
        if (conversions.length > 0) {
            // attributes are looked up on the instance's own class: IFC4X3 moved VerticalDatum to IfcProjectedCRS
            int conversion = conversions[0];
            int code = ctx.model.schemaCode(conversion);
            List<StepValue> m = ctx.attributes(conversion);
            eastings = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "Eastings"));
            northings = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "Northings"));
            height = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "OrthogonalHeight"));
            abscissa = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "XAxisAbscissa"));
            ordinate = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "XAxisOrdinate"));
            scale = ExtractionContext.number(m, ctx.schema.attributeIndex(code, "Scale"));
            int crs = ExtractionContext.ref(m, ctx.schema.attributeIndex(code, "TargetCRS"));
            int crsCode = crs > 0 ? ctx.model.schemaCode(crs) : -1;
            if (crsCode >= 0) {
                List<StepValue> c = ctx.attributes(crs);
                crsName = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "Name"));
                crsDescription = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "Description"));
                geodeticDatum = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "GeodeticDatum"));
                verticalDatum = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "VerticalDatum"));
                mapProjection = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "MapProjection"));
                mapZone = ExtractionContext.string(c, ctx.schema.attributeIndex(crsCode, "MapZone"));
            }
        }
        Double latitude = null;
        Double longitude = null;
        Double elevation = null;
        int[] sites = ctx.model.instancesOf("IfcSite");
        if (sites.length > 0) {
            List<StepValue> s = ctx.attributes(sites[0]);
            latitude = degrees(ExtractionContext.list(s, ctx.index("IfcSite", "RefLatitude")));
            longitude = degrees(ExtractionContext.list(s, ctx.index("IfcSite", "RefLongitude")));
            elevation = ExtractionContext.number(s, ctx.index("IfcSite", "RefElevation"));
        }
        return new Georeference(eastings, northings, height, abscissa, ordinate, scale, crsName, crsDescription,
                geodeticDatum, verticalDatum, mapProjection, mapZone, latitude, longitude, elevation);
    }

    /**
     * IfcCompoundPlaneAngleMeasure (degrees, minutes, seconds, millionths of a second; all carry the
     * sign of the angle) to decimal degrees; null when absent.
     */
    static Double degrees(List<StepValue> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        double[] scale = {1.0, 60.0, 3600.0, 3600.0e6};
        double value = 0;
        for (int i = 0; i < parts.size() && i < 4; i++) {
            Double part = ExtractionContext.number(parts.get(i));
            if (part != null) {
                value += part / scale[i];
            }
        }
        return value;
    }
}
