package org.plinth.geometry.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.mesh.Colour;
import org.plinth.geometry.mesh.GeometrySettings;
import org.plinth.geometry.mesh.MeshBoolean;
import org.plinth.geometry.mesh.Shape;
import org.plinth.geometry.mesh.ShapeBuilder;
import org.plinth.geometry.mesh.ShapeInstance;
import org.plinth.geometry.mesh.Transform;
import org.plinth.ifc.IfcModel;
import org.plinth.step.StepEntity;

/**
 * Meshes the products of a model: picks each product's body representation, resolves its placement, meshes its
 * items, and shares the shape of a representation map between all products that map it. A product that fails
 * is returned as {@link ProductGeometry.Status#FAILED} with the reason; the others are not affected.
 * Single-threaded; one instance per model.
 */
public final class ModelMesher {

    private final MappingContext cx;
    private final PlacementMapper placements;
    private final ItemMapper items;
    private final StyleMapper styles;
    /** Shapes of representation maps, with the origin their positions are relative to. */
    private final Map<MapKey, ShapeInstance> mappedShapes = new HashMap<>();
    private final Map<Integer, List<Integer>> openingsOfHost = new HashMap<>();
    private final MeshBoolean booleans;

    private record MapKey(int mapId, Colour colour) {
    }

    public ModelMesher(IfcModel model, GeometrySettings settings) {
        this.cx = new MappingContext(model, UnitScales.of(model), settings);
        this.placements = new PlacementMapper(cx);
        CurveMapper curves = new CurveMapper(cx, placements);
        ProfileMapper profiles = new ProfileMapper(cx, placements, curves);
        this.styles = new StyleMapper(cx);
        this.items = new ItemMapper(cx, placements, profiles, styles, curves);
        this.booleans = new MeshBoolean(settings.booleanPlaneTolerance());
        for (int rel : model.instancesOf("IfcRelVoidsElement")) {
            try {
                StepEntity r = model.entity(rel);
                openingsOfHost.computeIfAbsent(r.ref(4), k -> new ArrayList<>()).add(r.ref(5));
            } catch (RuntimeException ignored) {
                // a broken relation only loses its opening
            }
        }
    }

    public UnitScales units() {
        return cx.units;
    }

    /** Ids of the products that have a representation and are meshed (openings and, by default, spaces excluded). */
    public int[] productIds() {
        IfcModel model = cx.model;
        int[] all = model.instancesOf("IfcProduct");
        int opening = model.schema().entityCode("IfcOpeningElement");
        int space = model.schema().entityCode("IfcSpace");
        int[] out = new int[all.length];
        int n = 0;
        for (int id : all) {
            if (model.isA(id, opening) || (!cx.settings.includeSpaces() && model.isA(id, space))) {
                continue;
            }
            try {
                StepEntity e = model.entity(id);
                if (e.attributeCount() > 6 && !e.isNull(6)) {
                    out[n++] = id;
                }
            } catch (RuntimeException ignored) {
                out[n++] = id; // let meshProduct report why it is broken
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public List<ProductGeometry> meshAll() {
        int[] ids = productIds();
        List<ProductGeometry> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(meshProduct(id));
        }
        return out;
    }

    /** Meshes one product; never throws for bad data (the result says FAILED and why). */
    public ProductGeometry meshProduct(int id) {
        cx.notes.clear();
        String cls = cx.cls(id);
        String globalId = "";
        String name = "";
        Transform placement = Transform.IDENTITY;
        try {
            StepEntity e = cx.entity(id);
            globalId = e.stringOpt(0).orElse("");
            name = e.stringOpt(2).orElse("");
            placement = placements.objectPlacement(StepValues.refOr0(e, 5));
            Colour colour = styles.productColour(id, cls);
            List<String> itemFailures = new ArrayList<>();
            int[] itemCount = new int[1];
            List<ShapeInstance> instances = bodyInstances(e, colour, itemFailures, itemCount);
            List<Integer> openings = openingsOfHost.get(id);
            if (openings != null && !instances.isEmpty()) {
                instances = subtractOpenings(placement, instances, openings, itemFailures);
            }
            List<String> reasons = new ArrayList<>(itemFailures);
            reasons.addAll(cx.notes);
            String reason = String.join("; ", reasons);
            ProductGeometry.Status status;
            if (instances.isEmpty()) {
                status = itemFailures.isEmpty() ? ProductGeometry.Status.NO_GEOMETRY : ProductGeometry.Status.FAILED;
                if (itemCount[0] == 0 && reason.isEmpty()) {
                    reason = "no body representation";
                }
            } else {
                status = reasons.isEmpty() ? ProductGeometry.Status.OK : ProductGeometry.Status.PARTIAL;
            }
            return new ProductGeometry(id, globalId, cls, name, placement, instances, status, reason);
        } catch (RuntimeException ex) {
            return new ProductGeometry(id, globalId, cls, name, placement, List.of(), ProductGeometry.Status.FAILED,
                reason(ex));
        }
    }

    /** The shapes of a product's body items: one for its direct items, one shared instance per mapped item. */
    private List<ShapeInstance> bodyInstances(StepEntity e, Colour colour, List<String> itemFailures, int[] itemCount) {
        List<ShapeInstance> instances = new ArrayList<>();
        ShapeBuilder direct = new ShapeBuilder();
        for (int rep : bodyRepresentations(StepValues.refOr0(e, 6))) {
            for (int item : cx.entity(rep).refs(3)) {
                itemCount[0]++;
                try {
                    if (cx.cls(item).equals("IfcMappedItem")) {
                        StepEntity mi = cx.entity(item);
                        Colour own = styles.itemColour(item);
                        ShapeInstance mapped = mappedShape(mi.ref(0), own != null ? own : colour);
                        if (!mapped.shape().isEmpty()) {
                            instances.add(new ShapeInstance(mapped.shape(),
                                placements.operator(mi.ref(1)).multiply(mapped.transform())));
                        }
                    } else {
                        items.emit(item, Transform.IDENTITY, colour, direct);
                    }
                } catch (RuntimeException ex) {
                    itemFailures.add(reason(ex));
                }
            }
        }
        if (direct.triangleCount() > 0) {
            instances.add(0, new ShapeInstance(direct.build(), direct.originTransform()));
        }
        return instances;
    }

    /**
     * The host's shapes minus its openings, computed in the host's own placement frame (small coordinates, so the
     * float meshes keep their precision). The result is no longer shared with other products.
     */
    private List<ShapeInstance> subtractOpenings(Transform hostPlacement, List<ShapeInstance> host,
            List<Integer> openings, List<String> failures) {
        Transform toHost = hostPlacement.inverse();
        List<MeshBoolean.Solid> cutters = new ArrayList<>();
        for (int opening : openings) {
            try {
                StepEntity o = cx.entity(opening);
                Transform openingPlacement = toHost.multiply(placements.objectPlacement(StepValues.refOr0(o, 5)));
                List<String> ignored = new ArrayList<>();
                for (ShapeInstance s : bodyInstances(o, Colour.DEFAULT, ignored, new int[1])) {
                    Transform t = openingPlacement.multiply(s.transform());
                    for (Shape.Primitive p : s.shape().primitives()) {
                        cutters.add(MeshBoolean.solid(p.mesh(), t));
                    }
                }
                if (!ignored.isEmpty()) {
                    failures.add("opening #" + opening + " not meshed: " + ignored.get(0));
                }
            } catch (RuntimeException ex) {
                failures.add("opening #" + opening + " not meshed: " + reason(ex));
            }
        }
        if (cutters.isEmpty()) {
            return host;
        }
        ShapeBuilder out = new ShapeBuilder();
        for (ShapeInstance s : host) {
            for (Shape.Primitive p : s.shape().primitives()) {
                MeshBoolean.Solid solid = MeshBoolean.solid(p.mesh(), s.transform());
                for (MeshBoolean.Solid cutter : cutters) {
                    solid = booleans.apply(MeshBoolean.Operation.DIFFERENCE, solid, cutter);
                }
                MeshBoolean.emit(solid, out.builder(p.colour(), Transform.IDENTITY));
            }
        }
        return List.of(new ShapeInstance(out.build(), out.originTransform()));
    }

    private static String reason(RuntimeException ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private ShapeInstance mappedShape(int mapId, Colour colour) {
        MapKey key = new MapKey(mapId, colour);
        ShapeInstance known = mappedShapes.get(key);
        if (known != null) {
            return known;
        }
        StepEntity map = cx.entity(mapId);
        Transform origin = placements.axisPlacement(StepValues.refOr0(map, 0));
        ShapeBuilder b = new ShapeBuilder();
        for (int item : cx.entity(map.ref(1)).refs(3)) {
            items.emit(item, origin, colour, b);
        }
        ShapeInstance shape = new ShapeInstance(b.build(), b.originTransform());
        mappedShapes.put(key, shape);
        return shape;
    }

    /**
     * The representations to mesh: those named Body (else Facetation or Body-FallBack, else any that is not an
     * axis, footprint, box, annotation or other 2D/abstract view).
     */
    private List<Integer> bodyRepresentations(int productShape) {
        List<Integer> best = new ArrayList<>();
        if (productShape == 0) {
            return best;
        }
        int bestRank = Integer.MAX_VALUE;
        for (int rep : cx.entity(productShape).refs(2)) {
            if (!cx.cls(rep).equals("IfcShapeRepresentation")) {
                continue;
            }
            StepEntity r = cx.entity(rep);
            String identifier = r.stringOpt(1).orElse("");
            String type = r.stringOpt(2).orElse("");
            int rank = rank(identifier, type);
            if (rank < bestRank) {
                best.clear();
                bestRank = rank;
            }
            if (rank == bestRank && rank < Integer.MAX_VALUE) {
                best.add(rep);
            }
        }
        return best;
    }

    private static int rank(String identifier, String type) {
        switch (identifier.toLowerCase()) {
            case "body":
                return 0;
            case "facetation", "body-fallback":
                return 1;
            case "axis", "footprint", "box", "annotation", "profile", "clearance", "reference", "cog", "lighting",
                 "survey", "plan":
                return Integer.MAX_VALUE;
            default:
                break;
        }
        switch (type) {
            case "Curve2D", "Curve3D", "GeometricCurveSet", "Annotation2D", "Point", "PointCloud", "BoundingBox",
                 "Curve", "Surface2D", "FillArea", "Text":
                return Integer.MAX_VALUE;
            default:
                return 2;
        }
    }
}
