package org.plinth.ifc.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.extract.Element;
import org.plinth.ifc.extract.IfcExtractor;
import org.plinth.step.StepModel;
import org.plinth.step.StepReader;

/**
 * The {@code plinth ifc} commands:
 * <pre>
 *   info FILE... [--json]        one line per file: schema, size, entities, products, timings, warnings
 *   extract FILE --out data.json the whole extraction as JSON (BIMData field names)
 * </pre>
 * Exit code 0 when every file was read, 1 when one failed, 2 for bad usage.
 */
public final class IfcCommand {

    private final PrintStream out;
    private final PrintStream err;

    public IfcCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new IfcCommand(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command; returns the process exit code. */
    public int run(String[] args) {
        if (args.length == 0) {
            return usage();
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "info":
                return info(rest);
            case "extract":
                return extract(rest);
            default:
                return usage();
        }
    }

    private int usage() {
        err.println("usage: plinth ifc info FILE... [--json]");
        err.println("       plinth ifc extract FILE --out data.json");
        return 2;
    }

    /** Facts of one file, as printed by {@code info}. */
    public record FileInfo(String file, String schema, long bytes, int entities, int products,
            Map<String, Integer> products_by_class, int storeys, long parse_ms, long extract_ms, int warnings) {
    }

    private int info(List<String> args) {
        boolean json = args.remove("--json");
        if (args.isEmpty()) {
            return usage();
        }
        int status = 0;
        for (String file : args) {
            try {
                FileInfo info = info(Path.of(file));
                out.println(json ? toJson(info) : toText(info));
            } catch (IOException | RuntimeException e) {
                err.println(file + ": " + reason(e));
                status = 1;
            }
        }
        return status;
    }

    /** Reads, indexes and fully extracts one file, timing the two phases. */
    public static FileInfo info(Path file) throws IOException {
        long t0 = System.nanoTime();
        StepModel step = StepReader.read(file);
        long t1 = System.nanoTime();
        try (IfcModel model = IfcModel.of(step)) {
            long t2 = System.nanoTime();
            IfcExtractor extractor = new IfcExtractor(model);
            Map<String, Integer> byClass = new TreeMap<>();
            int[] products = {0};
            extractor.forEachElement(e -> {
                products[0]++;
                byClass.merge(e.type(), 1, Integer::sum);
            });
            extractor.forEachType(e -> { });
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
            long t3 = System.nanoTime();
            return new FileInfo(file.toString(), model.schema().name(), Files.size(file), model.size(), products[0],
                    byClass, storeys, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, extractor.warningCount());
        }
    }

    private static String toText(FileInfo i) {
        StringBuilder sb = new StringBuilder();
        sb.append(i.file()).append(" schema=").append(i.schema()).append(" bytes=").append(i.bytes())
                .append(" entities=").append(i.entities()).append(" products=").append(i.products())
                .append(" storeys=").append(i.storeys()).append(" parse_ms=").append(i.parse_ms())
                .append(" extract_ms=").append(i.extract_ms()).append(" warnings=").append(i.warnings())
                .append(" by_class=");
        boolean first = true;
        for (Map.Entry<String, Integer> e : i.products_by_class().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(e.getKey()).append(':').append(e.getValue());
        }
        return sb.toString();
    }

    private static String toJson(FileInfo i) throws IOException {
        StringWriter s = new StringWriter();
        new JsonWriter(s).value(i);
        return s.toString();
    }

    private int extract(List<String> args) {
        int outAt = args.indexOf("--out");
        if (outAt < 0 || outAt + 1 >= args.size() || args.size() != 3) {
            return usage();
        }
        Path target = Path.of(args.get(outAt + 1));
        args.remove(outAt + 1);
        args.remove(outAt);
        Path source = Path.of(args.get(0));
        try (IfcModel model = IfcModel.open(source);
                Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
                        StandardCharsets.UTF_8), 1 << 16)) {
            long t0 = System.nanoTime();
            writeExtraction(new IfcExtractor(model), w);
            err.println("extracted " + source + " to " + target + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(source + ": " + reason(e));
            return 1;
        }
    }

    /** A message a user can act on; some JDK exceptions carry only the path as message. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Writes the whole extraction as one JSON object, streaming elements and types one at a time.
     * Members: header, units, structure, buildings, storeys, spaces, elements, types, systems,
     * groups, zones, layers, materials, georeference, warnings.
     */
    public static void writeExtraction(IfcExtractor extractor, Writer w) throws IOException {
        JsonWriter json = new JsonWriter(w);
        json.beginObject();
        json.name("header").value(extractor.header());
        json.name("units").value(extractor.units());
        json.name("structure").value(extractor.structure());
        json.name("buildings").value(extractor.buildings());
        json.name("storeys").value(extractor.storeys());
        json.name("spaces").value(extractor.spaces());
        json.name("elements").beginArray();
        IOException[] failure = new IOException[1];
        extractor.forEachElement(e -> write(json, e, failure));
        json.endArray();
        json.name("types").beginArray();
        extractor.forEachType(e -> write(json, e, failure));
        json.endArray();
        if (failure[0] != null) {
            throw failure[0];
        }
        json.name("systems").value(extractor.systems());
        json.name("groups").value(extractor.groups());
        json.name("zones").value(extractor.zones());
        json.name("layers").value(extractor.layers());
        json.name("materials").value(extractor.materials());
        json.name("georeference").value(extractor.georeference());
        json.name("warnings").value(extractor.warnings());
        json.endObject();
        json.flush();
    }

    private static void write(JsonWriter json, Element e, IOException[] failure) {
        if (failure[0] != null) {
            return;
        }
        try {
            json.value(e);
        } catch (IOException x) {
            failure[0] = x;
        }
    }
}
