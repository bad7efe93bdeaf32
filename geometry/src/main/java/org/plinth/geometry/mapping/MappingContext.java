package org.plinth.geometry.mapping;

import java.util.ArrayList;
import java.util.List;
import org.plinth.geometry.mesh.GeometrySettings;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.schema.IfcSchema;
import org.plinth.step.StepEntity;

/**
 * What every mapper needs: the model, its units, the settings, and the notes of the product being mapped
 * (approximations and skipped items, reported as the product's reason). One per conversion, single-threaded.
 */
final class MappingContext {

    final IfcModel model;
    final IfcSchema schema;
    final UnitScales units;
    final GeometrySettings settings;
    final List<String> notes = new ArrayList<>();

    MappingContext(IfcModel model, UnitScales units, GeometrySettings settings) {
        this.model = model;
        this.schema = model.schema();
        this.units = units;
        this.settings = settings;
    }

    StepEntity entity(int id) {
        if (!model.contains(id)) {
            throw new MappingException(id, "?", "referenced entity is missing from the file");
        }
        return model.entity(id);
    }

    String cls(int id) {
        return model.contains(id) ? model.className(id) : "?";
    }

    boolean isA(int id, String entityName) {
        return model.isA(id, schema.entityCode(entityName));
    }

    /** Attribute position by name for entities whose attribute order differs between schemas; -1 when absent. */
    int attr(int id, String attributeName) {
        return schema.attributeIndex(model.schemaCode(id), attributeName);
    }

    double length(StepEntity e, int i) {
        return e.real(i) * units.toMetres();
    }

    double lengthOr(StepEntity e, int i, double fallbackMetres) {
        if (i >= e.attributeCount() || e.isNull(i)) {
            return fallbackMetres;
        }
        return e.real(i) * units.toMetres();
    }

    void note(String s) {
        if (notes.size() < 8 && !notes.contains(s)) {
            notes.add(s);
        }
    }

    MappingException fail(int id, String reason) {
        return new MappingException(id, cls(id), reason);
    }
}
