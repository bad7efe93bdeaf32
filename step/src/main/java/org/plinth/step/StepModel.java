package org.plinth.step;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An indexed STEP file: per entity its id, byte offset, byte length and type code in parallel primitive columns
 * (file order), plus an id table. Attributes are decoded only when an {@link StepEntity} is asked for them.
 *
 * <p>Immutable after reading and safe to read from many threads. References are not resolved while reading: a
 * reference to an id that is absent (dangling) shows up when it is looked up ({@link #contains} is false,
 * {@link #entity} throws {@link NoSuchElementException}).
 */
public final class StepModel implements AutoCloseable {

    private final StepSource source;
    private final StepReadOptions options;
    private final StepLocator locator;
    private final StepHeader header;
    private final List<StepWarning> warnings;
    private final long warningCount;
    private final StepSymbolTable symbols;
    private final int[] ids;
    private final long[] offsets;
    private final int[] lengths;
    private final int[] types;
    private final StepIdTable table;
    /** Built on first {@link #idsOfType}: positions grouped by type code (counting sort), file order within a type. */
    private volatile int[][] byType;

    StepModel(StepSource source, StepReadOptions options, StepLocator locator, StepHeader header,
            List<StepWarning> warnings, long warningCount, StepSymbolTable symbols, int[] ids, long[] offsets,
            int[] lengths, int[] types, StepIdTable table) {
        this.source = source;
        this.options = options;
        this.locator = locator;
        this.header = header;
        this.warnings = warnings;
        this.warningCount = warningCount;
        this.symbols = symbols;
        this.ids = ids;
        this.offsets = offsets;
        this.lengths = lengths;
        this.types = types;
        this.table = table;
    }

    public StepHeader header() {
        return header;
    }

    /** The first {@value StepIndexer#MAX_KEPT_WARNINGS} warnings of a lenient read; see {@link #warningCount()}. */
    public List<StepWarning> warnings() {
        return warnings;
    }

    /** All warnings of a lenient read, including those beyond the kept ones. */
    public long warningCount() {
        return warningCount;
    }

    /** Number of entities indexed. */
    public int size() {
        return ids.length;
    }

    /** All entity ids in file order (a copy). */
    public int[] ids() {
        return ids.clone();
    }

    public boolean contains(int id) {
        return table.indexOf(id) >= 0;
    }

    /** Type code of an entity, -1 when absent. */
    public int typeCode(int id) {
        int i = table.indexOf(id);
        return i < 0 ? -1 : types[i];
    }

    /** Upper-case type name of an entity ({@code ""} for a complex instance); NoSuchElementException when absent. */
    public String typeName(int id) {
        return symbols.name(types[position(id)]);
    }

    public StepSymbolTable symbols() {
        return symbols;
    }

    /** Ids of the entities of exactly this type, file order; empty when none. */
    public int[] idsOfType(int typeCode) {
        int[][] groups = byType;
        if (groups == null) {
            groups = groupByType();
            byType = groups;
        }
        if (typeCode < 0 || typeCode >= groups.length) {
            return new int[0];
        }
        int[] positions = groups[typeCode];
        int[] out = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            out[k] = ids[positions[k]];
        }
        return out;
    }

    private int[][] groupByType() {
        int n = symbols.size();
        int[] counts = new int[n];
        for (int t : types) {
            counts[t]++;
        }
        int[][] groups = new int[n][];
        for (int t = 0; t < n; t++) {
            groups[t] = new int[counts[t]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < types.length; i++) {
            int t = types[i];
            groups[t][counts[t]++] = i;
        }
        return groups;
    }

    /** A view of one entity; decodes lazily. NoSuchElementException when absent. */
    public StepEntity entity(int id) {
        int i = position(id);
        return new StepEntity(this, id, offsets[i], lengths[i], types[i]);
    }

    /** Byte offset of {@code #id=...;} in the source. */
    public long offset(int id) {
        return offsets[position(id)];
    }

    /** Byte length of {@code #id=...;} in the source, from '#' to ';' inclusive. */
    public int length(int id) {
        return lengths[position(id)];
    }

    /** Releases the mapped file, if any; entity views must not be used afterwards. */
    @Override
    public void close() {
        source.close();
    }

    private int position(int id) {
        int i = table.indexOf(id);
        if (i < 0) {
            throw new NoSuchElementException("no entity #" + id);
        }
        return i;
    }

    List<StepValue> decode(int id, long offset, int length) {
        byte[] bytes = source.bytes(offset, length);
        int from = source.arrayBase(offset);
        return new StepValueDecoder(bytes, from, from + length, offset, id, options.maxListDepth(), locator)
                .entityAttributes();
    }

    void writeRaw(int id, OutputStream out) throws IOException {
        int i = position(id);
        source.writeTo(offsets[i], lengths[i], out);
    }
}
