package org.plinth.geometry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.convert.ConversionReport;
import org.plinth.geometry.convert.IfcToGlbConverter;
import org.plinth.geometry.mesh.GeometrySettings;

/**
 * {@code plinth convert IN.ifc OUT.glb [--report report.json] [--spaces]}. Exit 0 on success, 1 on a read error,
 * 2 on usage. {@code --spaces} also meshes IfcSpace products (left out by default, as viewers hide them).
 */
public final class ConvertCommand {

    private ConvertCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path in = null;
        Path out = null;
        Path report = null;
        boolean spaces = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--spaces")) {
                spaces = true;
            } else if (a.equals("--report") && i + 1 < args.length) {
                report = Path.of(args[++i]);
            } else if (a.startsWith("--report=")) {
                report = Path.of(a.substring("--report=".length()));
            } else if (a.equals("-h") || a.equals("--help")) {
                usage();
                return 0;
            } else if (in == null) {
                in = Path.of(a);
            } else if (out == null) {
                out = Path.of(a);
            } else {
                System.err.println("convert: unexpected argument " + a);
                usage();
                return 2;
            }
        }
        if (in == null || out == null) {
            usage();
            return 2;
        }
        try {
            GeometrySettings d = GeometrySettings.DEFAULTS;
            GeometrySettings settings = spaces ? new GeometrySettings(d.relativeChordTolerance(),
                d.absoluteChordTolerance(), d.minArcSegments(), d.maxArcSegments(), true, d.booleanPlaneTolerance()) : d;
            IfcToGlbConverter.Result r = new IfcToGlbConverter(settings).convert(in, out);
            int[] counts = new int[ProductGeometry.Status.values().length];
            for (ProductGeometry p : r.products()) {
                counts[p.status().ordinal()]++;
            }
            System.out.printf("%s: %d products (%d ok, %d partial, %d no geometry, %d failed), %d triangles, "
                    + "%d bytes; parse %d ms, mesh %d ms, write %d ms, peak heap %d MB%n",
                out, r.products().size(), counts[0], counts[1], counts[2], counts[3], r.written().triangles(),
                r.written().bytes(), r.parseMs(), r.meshMs(), r.writeMs(), r.peakHeapBytes() / (1024 * 1024));
            if (report != null) {
                Files.writeString(report, ConversionReport.json(in.getFileName().toString(), r), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("convert: " + in + ": " + e);
            return 1;
        }
    }

    private static void usage() {
        System.err.println("usage: plinth convert IN.ifc OUT.glb [--report report.json] [--spaces]");
    }
}
