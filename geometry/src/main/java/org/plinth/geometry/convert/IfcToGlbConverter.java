package org.plinth.geometry.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.gltf.GlbWriter;
import org.plinth.geometry.mapping.ModelMesher;
import org.plinth.geometry.mesh.GeometrySettings;
import org.plinth.ifc.IfcModel;

/** Reads an IFC file, meshes every product and writes one GLB; returns the products and the timings. */
public final class IfcToGlbConverter {

    private final GeometrySettings settings;

    public IfcToGlbConverter(GeometrySettings settings) {
        this.settings = settings;
    }

    /**
     * What a conversion did. {@code peakHeapBytes} is the JVM-wide heap peak since the conversion began;
     * {@code cpuMs} the CPU time of the converting thread (steadier than wall time on a loaded machine).
     */
    public record Result(String schema, List<ProductGeometry> products, GlbWriter.Written written, long parseMs,
            long meshMs, long writeMs, long peakHeapBytes, long cpuMs) {
    }

    public Result convert(Path ifc, Path glb) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(glb), 1 << 16)) {
            return convert(ifc, out);
        }
    }

    public Result convert(Path ifc, OutputStream glb) throws IOException {
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (IfcModel model = IfcModel.open(ifc)) {
            long t1 = System.nanoTime();
            List<ProductGeometry> products = new ModelMesher(model, settings).meshAll();
            long t2 = System.nanoTime();
            GlbWriter.Written written = GlbWriter.write(products, glb);
            long t3 = System.nanoTime();
            return new Result(model.schema().name(), products, written, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, peakHeap(),
                (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
