package org.plinth.ifc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.plinth.ifc.schema.IfcSchema;
import org.plinth.step.StepEntity;
import org.plinth.step.StepHeader;
import org.plinth.step.StepModel;
import org.plinth.step.StepReader;
import org.plinth.step.StepSymbolTable;

/**
 * A STEP model read as IFC: the schema named by FILE_SCHEMA, each entity's schema code (one
 * {@code int[]} maps the file's own type codes to schema codes) and a dense position per entity.
 * Closing it closes the underlying {@link StepModel}. Thread-safe to read.
 */
public final class IfcModel implements AutoCloseable {

    private final StepModel step;
    private final IfcSchema schema;
    private final int[] schemaCodeOfTypeCode;
    private final int[] ids;
    private final EntityIndex index;
    /** Dense position → schema code: extraction asks "is this a ..." constantly; one array read answers. */
    private final int[] schemaCodeAt;

    private IfcModel(StepModel step, IfcSchema schema) {
        this.step = step;
        this.schema = schema;
        StepSymbolTable symbols = step.symbols();
        this.schemaCodeOfTypeCode = new int[symbols.size()];
        for (int tc = 0; tc < symbols.size(); tc++) {
            schemaCodeOfTypeCode[tc] = schema.entityCode(symbols.name(tc));
        }
        this.ids = step.ids();
        this.index = new EntityIndex(ids);
        this.schemaCodeAt = new int[ids.length];
        java.util.Arrays.fill(schemaCodeAt, -1);
        for (int tc = 0; tc < symbols.size(); tc++) {
            int code = schemaCodeOfTypeCode[tc];
            if (code >= 0) {
                for (int id : step.idsOfType(tc)) {
                    schemaCodeAt[index.of(id)] = code;
                }
            }
        }
    }

    /** Reads a file leniently (broken entities become warnings) and picks its schema. */
    public static IfcModel open(Path file) throws IOException {
        StepModel step = StepReader.read(file);
        try {
            return of(step);
        } catch (RuntimeException e) {
            step.close();
            throw e;
        }
    }

    /**
     * Wraps a read STEP model; the schema comes from its FILE_SCHEMA.
     *
     * @throws IllegalArgumentException when FILE_SCHEMA is missing or names a schema without tables
     */
    public static IfcModel of(StepModel step) {
        List<String> schemas = step.header().schemas();
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("the file has no FILE_SCHEMA; cannot tell IFC2X3 from IFC4");
        }
        return new IfcModel(step, IfcSchema.forName(schemas.get(0)));
    }

    /** Wraps a read STEP model with a given schema, whatever its header says. */
    public static IfcModel of(StepModel step, IfcSchema schema) {
        return new IfcModel(step, schema);
    }

    public StepModel step() {
        return step;
    }

    public IfcSchema schema() {
        return schema;
    }

    public StepHeader header() {
        return step.header();
    }

    /** Number of entity instances. */
    public int size() {
        return ids.length;
    }

    /** Dense position {@code 0..size()-1} of an entity, or -1 when absent. */
    public int position(int id) {
        return index.of(id);
    }

    /** The entity id at a dense position. */
    public int idAt(int position) {
        return ids[position];
    }

    public boolean contains(int id) {
        return index.of(id) >= 0;
    }

    /** Schema code of the file's type code, or -1 for a type the schema does not know. */
    public int schemaCodeOfTypeCode(int typeCode) {
        return typeCode < 0 ? -1 : schemaCodeOfTypeCode[typeCode];
    }

    /** Schema code of an entity, or -1 when absent or of a type the schema does not know. */
    public int schemaCode(int id) {
        int position = index.of(id);
        return position < 0 ? -1 : schemaCodeAt[position];
    }

    /** True when entity {@code id} is an instance of {@code schemaCode} or one of its subtypes. */
    public boolean isA(int id, int schemaCode) {
        return schema.isSubtypeOf(schemaCode(id), schemaCode);
    }

    /**
     * The entity's class in EXPRESS spelling ({@code IfcWall}); for an unknown type the name as written.
     *
     * @throws java.util.NoSuchElementException when the model has no entity with that id
     */
    public String className(int id) {
        int code = schemaCode(id);
        return code >= 0 ? schema.entityName(code) : step.typeName(id);
    }

    /** Instances of an entity and all its subtypes, ascending id; empty for an unknown code. */
    public int[] instancesOf(int schemaCode) {
        if (schemaCode < 0) {
            return new int[0];
        }
        int total = 0;
        int types = 0;
        for (int tc = 0; tc < schemaCodeOfTypeCode.length; tc++) {
            if (schema.isSubtypeOf(schemaCodeOfTypeCode[tc], schemaCode)) {
                total += step.idsOfType(tc).length;
                types++;
            }
        }
        int[] result = new int[total];
        int at = 0;
        for (int tc = 0; tc < schemaCodeOfTypeCode.length; tc++) {
            if (schema.isSubtypeOf(schemaCodeOfTypeCode[tc], schemaCode)) {
                int[] some = step.idsOfType(tc);
                System.arraycopy(some, 0, result, at, some.length);
                at += some.length;
            }
        }
        if (types > 1) {
            Arrays.sort(result);
        }
        return result;
    }

    /** Instances by entity name in any case ({@code "IfcProduct"}); empty when the schema lacks it. */
    public int[] instancesOf(String entityName) {
        return instancesOf(schema.entityCode(entityName));
    }

    /**
     * A typed view: attributes by EXPRESS name.
     *
     * @throws java.util.NoSuchElementException when the model has no entity with that id
     */
    public IfcEntity get(int id) {
        return new IfcEntity(this, step.entity(id), schemaCode(id));
    }

    /** The entity's lazily decoded view. */
    public StepEntity entity(int id) {
        return step.entity(id);
    }

    @Override
    public void close() {
        step.close();
    }
}
