package org.plinth.ifc.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One IFC schema (IFC2X3, IFC4 or IFC4X3) as tables: entity codes, supertypes, attributes in
 * instance order, inverse attributes, enumerations, selects and defined types.
 *
 * <p>Entity codes are dense ({@code 0..entityCount()-1}, in EXPRESS file order) and differ
 * between schemas. {@link #isSubtypeOf} is two array reads: every entity gets a pre-order number
 * in the inheritance tree and the pre-order number one past its last descendant.
 *
 * <p>Tables are loaded once per schema from the generated resources written by
 * {@link org.plinth.ifc.schema.gen.ExpressSchemaGenerator}. Instances are immutable and thread-safe.
 */
public final class IfcSchema {

    private static final String[] NAMES = {"IFC2X3", "IFC4", "IFC4X3"};
    private static final IfcSchema[] LOADED = new IfcSchema[NAMES.length];

    private final String name;
    private final String expressName;
    private final String[] entityNames;
    private final Map<String, Integer> codeByUpperName;
    private final int[] supertype;
    private final boolean[] isAbstract;
    private final int[] preorder;
    private final int[] preorderEnd;
    private final List<List<IfcAttribute>> attributes;
    private final List<List<IfcInverseAttribute>> inverses;
    private final Map<String, List<String>> enumerations;
    private final Map<String, List<String>> selects;
    private final Map<String, String> definedTypes;
    private final Map<String, String> typeNameByUpperName;

    private IfcSchema(String name, String expressName, List<String> entityNames, List<String> supertypeNames,
            List<Boolean> abstractFlags, List<List<IfcAttribute>> ownAttributes,
            List<List<IfcInverseAttribute>> ownInverses, Map<String, List<String>> enumerations,
            Map<String, List<String>> selects, Map<String, String> definedTypes) {
        this.name = name;
        this.expressName = expressName;
        int n = entityNames.size();
        this.entityNames = entityNames.toArray(new String[0]);
        this.codeByUpperName = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            codeByUpperName.put(entityNames.get(i).toUpperCase(Locale.ROOT), i);
        }
        this.supertype = new int[n];
        this.isAbstract = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = supertypeNames.get(i);
            supertype[i] = s == null ? -1 : requireCode(s);
            isAbstract[i] = abstractFlags.get(i);
        }
        this.preorder = new int[n];
        this.preorderEnd = new int[n];
        numberTree(n);
        this.attributes = new ArrayList<>(n);
        this.inverses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            attributes.add(null);
            inverses.add(null);
        }
        for (int i = 0; i < n; i++) {
            inherit(i, ownAttributes, ownInverses);
        }
        this.enumerations = Collections.unmodifiableMap(enumerations);
        this.selects = Collections.unmodifiableMap(selects);
        this.definedTypes = Collections.unmodifiableMap(definedTypes);
        this.typeNameByUpperName = new HashMap<>();
        for (String t : entityNames) {
            typeNameByUpperName.put(t.toUpperCase(Locale.ROOT), t);
        }
        for (Map<String, ?> m : List.of(definedTypes, enumerations, selects)) {
            for (String t : m.keySet()) {
                typeNameByUpperName.put(t.toUpperCase(Locale.ROOT), t);
            }
        }
    }

    /**
     * The schema for a FILE_SCHEMA name: {@code IFC2X3}, {@code IFC4} (also {@code IFC4_ADD2} and
     * similar), {@code IFC4X3} (also {@code IFC4X3_ADD2}, {@code IFC4X3_RC2}, ...). Case-insensitive.
     *
     * @throws IllegalArgumentException for a schema Plinth has no tables for
     */
    public static IfcSchema forName(String fileSchemaName) {
        return find(fileSchemaName).orElseThrow(() -> new IllegalArgumentException(
                "unsupported IFC schema '" + fileSchemaName + "'; supported: IFC2X3, IFC4, IFC4X3"));
    }

    /** Like {@link #forName} but empty for an unsupported schema name. */
    public static Optional<IfcSchema> find(String fileSchemaName) {
        String upper = fileSchemaName.trim().toUpperCase(Locale.ROOT);
        int index;
        if (upper.startsWith("IFC4X3")) {
            index = 2;
        } else if (upper.equals("IFC4") || upper.startsWith("IFC4_")) {
            index = 1;
        } else if (upper.equals("IFC2X3") || upper.startsWith("IFC2X3_")) {
            index = 0;
        } else {
            return Optional.empty();
        }
        return Optional.of(load(index));
    }

    private static synchronized IfcSchema load(int index) {
        if (LOADED[index] == null) {
            LOADED[index] = parse(NAMES[index]);
        }
        return LOADED[index];
    }

    private static IfcSchema parse(String name) {
        String resource = name + ".tsv";
        try (InputStream in = IfcSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema table " + resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String expressName = name;
            List<String> entityNames = new ArrayList<>();
            List<String> supertypes = new ArrayList<>();
            List<Boolean> abstracts = new ArrayList<>();
            List<List<IfcAttribute>> attrs = new ArrayList<>();
            List<List<IfcInverseAttribute>> invs = new ArrayList<>();
            Map<String, List<String>> enums = new HashMap<>();
            Map<String, List<String>> selects = new HashMap<>();
            Map<String, String> types = new HashMap<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "schema" -> expressName = f[1];
                    case "type" -> types.put(f[1], f[2]);
                    case "enum" -> enums.put(f[1], List.of(f[2].split(",")));
                    case "select" -> selects.put(f[1], List.of(f[2].split(",")));
                    case "entity" -> {
                        entityNames.add(f[1]);
                        supertypes.add(f[2].equals("-") ? null : f[2]);
                        abstracts.add(f[3].equals("1"));
                        attrs.add(new ArrayList<>());
                        invs.add(new ArrayList<>());
                    }
                    case "attr" -> attrs.get(attrs.size() - 1).add(new IfcAttribute(f[1], f[2], f[3].equals("1")));
                    case "inverse" -> invs.get(invs.size() - 1)
                            .add(new IfcInverseAttribute(f[1], f[2], f[3], f[4].equals("-") ? "" : f[4]));
                    default -> throw new IllegalStateException(
                            "schema table " + resource + " line " + lineNumber + ": unknown record '" + f[0] + "'");
                }
            }
            return new IfcSchema(name, expressName, entityNames, supertypes, abstracts, attrs, invs,
                    enums, selects, types);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema table " + resource, e);
        }
    }

    private void numberTree(int n) {
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (supertype[i] >= 0) {
                childCount[supertype[i]]++;
            }
        }
        int[][] children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            int s = supertype[i];
            if (s >= 0) {
                children[s][fill[s]++] = i;
            }
        }
        int counter = 0;
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (supertype[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            next[0] = 0;
            preorder[root] = counter++;
            while (top >= 0) {
                int node = stack[top];
                if (next[top] < children[node].length) {
                    int child = children[node][next[top]++];
                    preorder[child] = counter++;
                    stack[++top] = child;
                    next[top] = 0;
                } else {
                    preorderEnd[node] = counter;
                    top--;
                }
            }
        }
    }

    private void inherit(int code, List<List<IfcAttribute>> own, List<List<IfcInverseAttribute>> ownInverses) {
        if (attributes.get(code) != null) {
            return;
        }
        List<IfcAttribute> all = new ArrayList<>();
        List<IfcInverseAttribute> allInverse = new ArrayList<>();
        int s = supertype[code];
        if (s >= 0) {
            inherit(s, own, ownInverses);
            all.addAll(attributes.get(s));
            allInverse.addAll(inverses.get(s));
        }
        all.addAll(own.get(code));
        allInverse.addAll(ownInverses.get(code));
        attributes.set(code, List.copyOf(all));
        inverses.set(code, List.copyOf(allInverse));
    }

    private int requireCode(String entityName) {
        Integer code = codeByUpperName.get(entityName.toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalStateException("schema " + name + " names unknown entity " + entityName);
        }
        return code;
    }

    /** Plinth's name for the schema: {@code IFC2X3}, {@code IFC4} or {@code IFC4X3}. */
    public String name() {
        return name;
    }

    /** The SCHEMA name inside the EXPRESS file, e.g. {@code IFC4X3_ADD2}. */
    public String expressName() {
        return expressName;
    }

    public int entityCount() {
        return entityNames.length;
    }

    /** The code of an entity by name, any case ({@code "IfcWall"}, {@code "IFCWALL"}); -1 if unknown. */
    public int entityCode(String entityName) {
        Integer code = codeByUpperName.get(entityName.toUpperCase(Locale.ROOT));
        return code == null ? -1 : code;
    }

    /** The EXPRESS spelling, e.g. {@code IfcWall}. */
    public String entityName(int code) {
        return entityNames[code];
    }

    /** The direct supertype's code, or -1 for a root entity. */
    public int supertype(int code) {
        return supertype[code];
    }

    public boolean isAbstract(int code) {
        return isAbstract[code];
    }

    /**
     * True when {@code code} is {@code ancestor} or one of its subtypes. False when either code is
     * negative (an entity the schema does not know), so callers can pass unmapped codes.
     */
    public boolean isSubtypeOf(int code, int ancestor) {
        if (code < 0 || ancestor < 0) {
            return false;
        }
        int p = preorder[code];
        return p >= preorder[ancestor] && p < preorderEnd[ancestor];
    }

    /** Explicit attributes in the order a STEP instance lists them, inherited ones first. */
    public List<IfcAttribute> attributes(int code) {
        return attributes.get(code);
    }

    public int attributeCount(int code) {
        return attributes.get(code).size();
    }

    /** Position of an explicit attribute in a STEP instance (exact name), or -1. */
    public int attributeIndex(int code, String attributeName) {
        List<IfcAttribute> list = attributes.get(code);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(attributeName)) {
                return i;
            }
        }
        return -1;
    }

    /** Like {@link #attributeIndex(int, String)} by entity name; fails if entity or attribute is unknown. */
    public int requireAttributeIndex(String entityName, String attributeName) {
        int code = entityCode(entityName);
        int index = code < 0 ? -1 : attributeIndex(code, attributeName);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no attribute " + entityName + "." + attributeName);
        }
        return index;
    }

    /** Inverse attributes, inherited ones first. */
    public List<IfcInverseAttribute> inverseAttributes(int code) {
        return inverses.get(code);
    }

    /** Values of an enumeration type in EXPRESS order, e.g. {@code IfcWallTypeEnum}; empty if unknown. */
    public List<String> enumerationValues(String typeName) {
        return enumerations.getOrDefault(typeName, List.of());
    }

    /** Names of all enumeration types. */
    public List<String> enumerationNames() {
        List<String> names = new ArrayList<>(enumerations.keySet());
        Collections.sort(names);
        return names;
    }

    /** Members of a select type, e.g. {@code IfcValue}; empty if unknown. */
    public List<String> selectMembers(String typeName) {
        return selects.getOrDefault(typeName, List.of());
    }

    /** The underlying type of a defined type ({@code IfcLabel} → {@code STRING}), if it is one. */
    public Optional<String> definedType(String typeName) {
        return Optional.ofNullable(definedTypes.get(typeName));
    }

    /**
     * The EXPRESS spelling of any entity, defined type, enumeration or select name given in any
     * case ({@code IFCLENGTHMEASURE} → {@code IfcLengthMeasure}); the input itself when unknown.
     */
    public String typeName(String anyCase) {
        String name = typeNameByUpperName.get(anyCase.toUpperCase(Locale.ROOT));
        return name == null ? anyCase : name;
    }

    @Override
    public String toString() {
        return "IfcSchema[" + name + ", " + entityNames.length + " entities]";
    }

    /** All schema names Plinth has tables for. */
    public static List<String> supportedNames() {
        return Arrays.asList(NAMES.clone());
    }
}
