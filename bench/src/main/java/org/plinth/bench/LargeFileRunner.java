package org.plinth.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.plinth.ifc.IfcModel;
import org.plinth.ifc.extract.Element;
import org.plinth.ifc.extract.IfcExtractor;
import org.plinth.ifc.extract.PropertySet;
import org.plinth.step.StepModel;
import org.plinth.step.StepReader;

/**
 * Indexes one large IFC (see {@link LargeIfcGenerator}) the way an import does, {@link StepReader#read(Path)}
 * (memory-mapped), and reports throughput and the heap the index keeps, against the targets of issue 4:
 * parse + index at 300 MB/s or more on one core, heap at most file size + 40 bytes per entity.
 *
 * <p>Heap is measured as used heap after a full GC with the model reachable, minus used heap after a full GC
 * before reading: what the index retains, not what reading allocated on the way.
 *
 * <p>Then, unless {@code --no-extract}, one full extraction the way {@code plinth ifc info} does it (read, then
 * {@link IfcExtractor}: every product and type object streamed with its property sets, classifications and
 * materials, plus tree, storeys, spaces, systems, groups, zones, layers, materials, units, georeference),
 * against the target of 60 s on this 2-core machine.
 *
 * <p>Usage: {@code LargeFileRunner [--reps N] [--no-extract] FILE}. Prints TSV: a header row and one row per
 * index repetition (the first one runs cold: nothing was JIT-compiled before it), then the extraction rows.
 */
public final class LargeFileRunner {

    /** Allowed index heap per entity beyond the file size (issue 4). */
    static final long HEAP_BYTES_PER_ENTITY_TARGET = 40;

    private LargeFileRunner() {
    }

    public static void main(String[] args) throws IOException {
        int reps = 3;
        boolean extract = true;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if ("--reps".equals(args[i])) {
                reps = Integer.parseInt(args[++i]);
            } else if ("--no-extract".equals(args[i])) {
                extract = false;
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: LargeFileRunner [--reps N] [--no-extract] FILE   (write FILE with LargeIfcGenerator)");
            System.exit(2);
        }
        long bytes = Files.size(file);
        System.out.println("tool\tfile\tbytes\tentities\trep\tcpus\tindex_ms\tmb_per_s\tindex_cpu_ms\tmb_per_cpu_s"
                + "\tindex_heap_bytes\theap_target_bytes\theap_bytes_per_entity");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int rep = 1; rep <= reps; rep++) {
            long heapBefore = usedHeapAfterFullGc();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            StepModel model = StepReader.read(file);
            long elapsedNanos = System.nanoTime() - start;
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            long heapRetained = usedHeapAfterFullGc() - heapBefore;
            int entities = model.size();
            Reference.reachabilityFence(model);
            model.close();
            long heapTarget = bytes + HEAP_BYTES_PER_ENTITY_TARGET * entities;
            System.out.println(String.format(Locale.ROOT, "plinth-step\t%s\t%d\t%d\t%d\t%d\t%.0f\t%.1f\t%.0f\t%.1f\t%d\t%d\t%.1f",
                    file.getFileName(), bytes, entities, rep, Runtime.getRuntime().availableProcessors(),
                    elapsedNanos / 1e6, bytes / 1e6 / (elapsedNanos / 1e9), cpuNanos / 1e6,
                    bytes / 1e6 / (cpuNanos / 1e9), heapRetained, heapTarget,
                    (double) heapRetained / entities));
        }
        if (extract) {
            usedHeapAfterFullGc();
            resetPeakHeap();
            ExtractionFigure figure = extract(file);
            System.out.println("tool\tfile\tread_ms\textract_ms\ttotal_s\tproducts\ttype_objects\tproperty_sets"
                    + "\tproperties\tstoreys\twarnings\tpeak_heap_bytes");
            System.out.println(String.format(Locale.ROOT, "plinth-ifc\t%s\t%.0f\t%.0f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%d\t%d",
                    file.getFileName(), figure.readNanos() / 1e6, figure.extractNanos() / 1e6,
                    (figure.readNanos() + figure.extractNanos()) / 1e9, figure.products(), figure.typeObjects(),
                    figure.propertySets(), figure.properties(), figure.storeys(), figure.warnings(), peakHeap()));
        }
    }

    /** What one full extraction produced and how long its two phases took. */
    record ExtractionFigure(long readNanos, long extractNanos, long products, long typeObjects, long propertySets,
            long properties, int storeys, int warnings) {
    }

    /** Counts what streams past, so every element is really built (and the JIT cannot skip it). */
    private static final class ElementTally implements Consumer<Element> {
        long elements;
        long propertySets;
        long properties;

        @Override
        public void accept(Element element) {
            elements++;
            for (PropertySet set : element.property_sets()) {
                propertySets++;
                properties += set.properties().size();
            }
        }
    }

    static ExtractionFigure extract(Path file) throws IOException {
        long start = System.nanoTime();
        StepModel step = StepReader.read(file);
        long read = System.nanoTime();
        try (IfcModel model = IfcModel.of(step)) {
            IfcExtractor extractor = new IfcExtractor(model);
            ElementTally products = new ElementTally();
            extractor.forEachElement(products);
            ElementTally types = new ElementTally();
            extractor.forEachType(types);
            extractor.structure();
            int storeys = extractor.storeys().size();
            extractor.spaces();
            extractor.systems();
            extractor.groups();
            extractor.zones();
            extractor.layers();
            extractor.materials();
            extractor.units();
            extractor.georeference();
            long done = System.nanoTime();
            return new ExtractionFigure(read - start, done - read, products.elements,
                    types.elements, products.propertySets + types.propertySets,
                    products.properties + types.properties, storeys, extractor.warningCount());
        }
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static long usedHeapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
