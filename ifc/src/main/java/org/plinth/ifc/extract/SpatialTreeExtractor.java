package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * The spatial tree (project → site → building → storey → space, following IfcRelAggregates)
 * and the flat building, storey and space lists with elevations. Elevations in the records are
 * as written (project length unit) and, for {@code bimdata_elevation}, in metres.
 */
final class SpatialTreeExtractor {

    private final ExtractionContext ctx;
    private final RelationIndex relations;
    private final UnitExtractor units;
    private final int spatial;
    private final int building;
    private final int storey;
    private final int space;
    private final int site;
    private final int longName;
    private final int storeyElevation;
    private final int buildingElevation;
    private final int siteElevation;
    private final int placement;

    SpatialTreeExtractor(ExtractionContext ctx, RelationIndex relations, UnitExtractor units) {
        this.ctx = ctx;
        this.relations = relations;
        this.units = units;
        int spatialElement = ctx.code("IfcSpatialElement");
        spatial = spatialElement >= 0 ? spatialElement : ctx.code("IfcSpatialStructureElement");
        building = ctx.code("IfcBuilding");
        storey = ctx.code("IfcBuildingStorey");
        space = ctx.code("IfcSpace");
        site = ctx.code("IfcSite");
        int ln = ctx.index("IfcSpatialElement", "LongName");
        longName = ln >= 0 ? ln : ctx.index("IfcSpatialStructureElement", "LongName");
        storeyElevation = ctx.index("IfcBuildingStorey", "Elevation");
        buildingElevation = ctx.index("IfcBuilding", "ElevationOfRefHeight");
        siteElevation = ctx.index("IfcSite", "RefElevation");
        placement = ctx.index("IfcProduct", "ObjectPlacement");
    }

    /** Tree roots: every IfcProject (normally one) with its spatial descendants. */
    List<SpatialNode> structure() {
        List<SpatialNode> roots = new ArrayList<>();
        for (int project : ctx.model.instancesOf("IfcProject")) {
            roots.add(node(project, 0));
        }
        return roots;
    }

    private SpatialNode node(int id, int depth) {
        List<StepValue> a = ctx.attributes(id);
        List<SpatialNode> children = new ArrayList<>();
        if (depth < 32) {
            for (int child : relations.children.get(ctx.model.position(id))) {
                if (ctx.isA(child, spatial)) {
                    children.add(node(child, depth + 1));
                }
            }
        }
        int code = ctx.model.schemaCode(id);
        String longname = ctx.schema.isSubtypeOf(code, spatial) ? ExtractionContext.string(a, longName)
                : ExtractionContext.string(a, ctx.index("IfcProject", "LongName"));
        return new SpatialNode(ExtractionContext.string(a, 0), ctx.model.className(id),
                ExtractionContext.string(a, 2), longname, elevation(id, code, a), List.copyOf(children));
    }

    private Double elevation(int id, int code, List<StepValue> a) {
        if (ctx.schema.isSubtypeOf(code, storey)) {
            return ExtractionContext.number(a, storeyElevation);
        }
        if (ctx.schema.isSubtypeOf(code, building)) {
            return ExtractionContext.number(a, buildingElevation);
        }
        if (ctx.schema.isSubtypeOf(code, site)) {
            return ExtractionContext.number(a, siteElevation);
        }
        return null;
    }

    List<Building> buildings() {
        List<Building> out = new ArrayList<>();
        double toMetres = units.lengthToMetres();
        for (int id : ctx.model.instancesOf(building)) {
            List<StepValue> a = ctx.attributes(id);
            Double elevation = ExtractionContext.number(a, buildingElevation);
            out.add(new Building(ExtractionContext.string(a, 0), ExtractionContext.string(a, 2),
                    elevation == null ? null : elevation * toMetres));
        }
        return out;
    }

    List<Storey> storeys() {
        List<Storey> out = new ArrayList<>();
        double toMetres = units.lengthToMetres();
        for (int id : ctx.model.instancesOf(storey)) {
            List<StepValue> a = ctx.attributes(id);
            Double elevation = ExtractionContext.number(a, storeyElevation);
            Double height = elevation != null ? elevation : placementHeight(ExtractionContext.ref(a, placement));
            out.add(new Storey(ExtractionContext.string(a, 0), ExtractionContext.string(a, 2),
                    height == null ? null : height * toMetres, elevation, ancestorUuid(id, building)));
        }
        return out;
    }

    List<Space> spaces() {
        List<Space> out = new ArrayList<>();
        for (int id : ctx.model.instancesOf(space)) {
            List<StepValue> a = ctx.attributes(id);
            out.add(new Space(ExtractionContext.string(a, 0), ExtractionContext.string(a, 2),
                    ExtractionContext.string(a, longName), ancestorUuid(id, storey)));
        }
        return out;
    }

    /** GlobalId of the nearest aggregate (or containment) ancestor of a class, or null. */
    private String ancestorUuid(int id, int ancestorCode) {
        int current = id;
        for (int depth = 0; depth < 32; depth++) {
            int p = ctx.model.position(current);
            if (p < 0) {
                return null;
            }
            int up = relations.parent[p] != 0 ? relations.parent[p] : relations.container[p];
            if (up == 0) {
                return null;
            }
            if (ctx.isA(up, ancestorCode)) {
                return ctx.uuid(up);
            }
            current = up;
        }
        return null;
    }

    /** Z of an IfcLocalPlacement's own location (not composed with its parents); null when unknown. */
    private Double placementHeight(int localPlacement) {
        if (localPlacement <= 0) {
            return null;
        }
        int axis = ExtractionContext.ref(ctx.attributes(localPlacement), 1);
        int location = ExtractionContext.ref(ctx.attributes(axis), 0);
        List<StepValue> coordinates = ExtractionContext.list(ctx.attributes(location), 0);
        return coordinates.size() == 3 ? ExtractionContext.number(coordinates.get(2)) : null;
    }
}
