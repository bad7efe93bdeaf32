package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * Groups and their members (IfcRelAssignsToGroup): systems (IfcSystem and subtypes except
 * zones), zones (nested when a zone is assigned to another zone) and other groups.
 */
final class GroupExtractor {

    private final ExtractionContext ctx;
    private final RelationIndex relations;
    private final int group;
    private final int system;
    private final int zone;
    private final int space;
    private final int longName;

    GroupExtractor(ExtractionContext ctx, RelationIndex relations) {
        this.ctx = ctx;
        this.relations = relations;
        group = ctx.code("IfcGroup");
        system = ctx.code("IfcSystem");
        zone = ctx.code("IfcZone");
        space = ctx.code("IfcSpace");
        int ln = ctx.index("IfcSpatialElement", "LongName");
        longName = ln >= 0 ? ln : ctx.index("IfcSpatialStructureElement", "LongName");
    }

    List<ElementGroup> systems() {
        List<ElementGroup> out = new ArrayList<>();
        for (int id : ctx.model.instancesOf(system)) {
            if (!ctx.isA(id, zone)) {
                out.add(group(id));
            }
        }
        return out;
    }

    List<ElementGroup> groups() {
        List<ElementGroup> out = new ArrayList<>();
        for (int id : ctx.model.instancesOf(group)) {
            if (!ctx.isA(id, system) && !ctx.isA(id, zone)) {
                out.add(group(id));
            }
        }
        return out;
    }

    private ElementGroup group(int id) {
        List<StepValue> a = ctx.attributes(id);
        int[] members = relations.groupMembers.get(ctx.model.position(id));
        List<String> uuids = new ArrayList<>(members.length);
        for (int m : members) {
            String uuid = ctx.uuid(m);
            if (uuid != null) {
                uuids.add(uuid);
            }
        }
        return new ElementGroup(ExtractionContext.string(a, 0), ctx.model.className(id), ExtractionContext.string(a, 2),
                ExtractionContext.string(a, 3), ExtractionContext.string(a, 4), List.copyOf(uuids));
    }

    /** Zones not assigned to another zone, each with its sub-zones and spaces. */
    List<Zone> zones() {
        int[] zones = ctx.model.instancesOf(zone);
        boolean[] nested = new boolean[zones.length];
        for (int z : zones) {
            for (int m : relations.groupMembers.get(ctx.model.position(z))) {
                int at = java.util.Arrays.binarySearch(zones, m);
                if (at >= 0 && m != z) {
                    nested[at] = true;
                }
            }
        }
        List<Zone> out = new ArrayList<>();
        for (int i = 0; i < zones.length; i++) {
            if (!nested[i]) {
                out.add(zone(zones[i], 0));
            }
        }
        return out;
    }

    private Zone zone(int id, int depth) {
        List<StepValue> a = ctx.attributes(id);
        List<Zone> subZones = new ArrayList<>();
        List<ZoneSpace> spaces = new ArrayList<>();
        for (int m : relations.groupMembers.get(ctx.model.position(id))) {
            if (ctx.isA(m, zone) && depth < 16 && m != id) {
                subZones.add(zone(m, depth + 1));
            } else if (ctx.isA(m, space)) {
                List<StepValue> s = ctx.attributes(m);
                spaces.add(new ZoneSpace(ExtractionContext.string(s, 0), ExtractionContext.string(s, 2),
                        ExtractionContext.string(s, longName)));
            }
        }
        return new Zone(ExtractionContext.string(a, 0), ExtractionContext.string(a, 2), ExtractionContext.string(a, 3),
                ExtractionContext.string(a, 4), List.copyOf(subZones), List.copyOf(spaces));
    }
}
