package org.plinth.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.convert.IfcToGlbConverter;
import org.plinth.geometry.mesh.GeometrySettings;
import java.util.LinkedHashMap;

/**
 * Product-by-product comparison of Plinth's meshes with web-ifc's. Input: the JSON written by
 * {@code bench/webifc/geometry-webifc.mjs} as TSV (per GlobalId triangles, volume, world box; StreamAllMeshes time).
 * After one untimed warm-up pass over all files, it converts each file with Plinth (IFC → GLB into a null stream,
 * best of {@code rounds}) and prints, for
 * products both tools mesh with a positive volume: the share whose volume is within 0.5 % and whose box is within
 * 1 mm of web-ifc's, the disagreements with their kind, and the time ratio.
 *
 * <p>Usage: {@code GeometryPeerComparison webifc.tsv CORPUS_IFC_DIR [rounds] [disagreements.tsv]}
 */
public final class GeometryPeerComparison {

    private static final double VOLUME_TOLERANCE = 0.005;
    private static final double BOX_TOLERANCE_M = 0.001;

    private GeometryPeerComparison() {
    }

    record Theirs(String cls, int triangles, double volume, double[] box) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Double> webifcMs = new LinkedHashMap<>();
        Map<String, Double> webifcCpuMs = new HashMap<>();
        Map<String, Map<String, Theirs>> byFile = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] c = line.split("\t", -1);
            if (c[0].equals("T")) {
                webifcMs.put(c[1], Double.parseDouble(c[2]));
                webifcCpuMs.put(c[1], c.length > 3 ? Double.parseDouble(c[3]) : Double.NaN);
            } else if (c[0].equals("P")) {
                double[] box = new double[6];
                for (int k = 0; k < 6; k++) {
                    box[k] = Double.parseDouble(c[6 + k]);
                }
                byFile.computeIfAbsent(c[1], k -> new HashMap<>()).put(c[2],
                    new Theirs(c[3], Integer.parseInt(c[4]), Double.parseDouble(c[5]), box));
            }
        }
        Path dir = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path disagreementsOut = args.length > 3 ? Path.of(args[3]) : null;
        IfcToGlbConverter converter = new IfcToGlbConverter(GeometrySettings.DEFAULTS);
        List<String> disagreements = new ArrayList<>();
        disagreements.add("file\tGlobalId\tclass\tkind\tplinth_volume\twebifc_volume\tmax_box_diff_m\tplinth_status");
        long bothAll = 0;
        long agreeAll = 0;
        double oursMsAll = 0;
        double oursMeshMsAll = 0;
        double theirsMsAll = 0;
        double oursCpuAll = 0;
        double theirsCpuAll = 0;
        System.out.printf(Locale.ROOT, "%-45s %6s %6s %6s %7s %9s %9s %7s%n", "file", "plinth", "webifc", "both",
            "agree", "plinth_ms", "webifc_ms", "ratio");
        // one untimed pass over every file first: the JIT compiles while web-ifc's WebAssembly arrives compiled
        for (String name : webifcMs.keySet()) {
            converter.convert(dir.resolve(name), OutputStream.nullOutputStream());
        }
        for (Map.Entry<String, Double> f : webifcMs.entrySet()) {
            String name = f.getKey();
            Map<String, Theirs> theirs = byFile.getOrDefault(name, Map.of());
            IfcToGlbConverter.Result best = null;
            double bestMs = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                IfcToGlbConverter.Result res = converter.convert(dir.resolve(name), OutputStream.nullOutputStream());
                double ms = res.parseMs() + res.meshMs() + res.writeMs();
                bestCpu = Math.min(bestCpu, res.cpuMs());
                if (ms < bestMs) {
                    bestMs = ms;
                    best = res;
                }
            }
            int ours = 0;
            int both = 0;
            int agree = 0;
            for (ProductGeometry p : best.products()) {
                if (p.triangleCount() > 0) {
                    ours++;
                }
                Theirs t = theirs.get(p.globalId());
                if (t == null) {
                    if (p.triangleCount() > 0) {
                        disagreements.add(row(name, p, "only plinth meshes it", p.volume(), Double.NaN, Double.NaN));
                    }
                    continue;
                }
                if (p.triangleCount() == 0) {
                    if (t.triangles() > 0) {
                        disagreements.add(row(name, p, "only web-ifc meshes it", 0, t.volume(), Double.NaN));
                    }
                    continue;
                }
                // magnitudes: web-ifc keeps shells written inside out as they are (negative volume), plinth turns them
                double v = Math.abs(p.volume());
                double tv = Math.abs(t.volume());
                if (!(v > 1e-9) || !(tv > 1e-9) || !p.isClosed()) {
                    continue; // not a closed solid on our side (web-ifc's closedness is not known): volumes say nothing
                }
                both++;
                double[] b = p.bounds();
                double boxDiff = 0;
                for (int k = 0; k < 6; k++) {
                    boxDiff = Math.max(boxDiff, Math.abs(b[k] - t.box()[k]));
                }
                boolean volumeOk = Math.abs(v - tv) <= VOLUME_TOLERANCE * tv;
                boolean boxOk = boxDiff <= BOX_TOLERANCE_M;
                if (volumeOk && boxOk) {
                    agree++;
                } else {
                    String kind = !volumeOk && !boxOk ? "volume and box" : !volumeOk ? "volume" : "box";
                    disagreements.add(row(name, p, kind, p.volume(), t.volume(), boxDiff));
                }
            }
            double theirsMs = f.getValue();
            oursCpuAll += bestCpu;
            theirsCpuAll += webifcCpuMs.getOrDefault(name, Double.NaN);
            bothAll += both;
            agreeAll += agree;
            oursMsAll += bestMs;
            oursMeshMsAll += best.meshMs();
            theirsMsAll += theirsMs;
            System.out.printf(Locale.ROOT, "%-45s %6d %6d %6d %6.1f%% %9.0f %9.0f %7.2f%n", name, ours, theirs.size(),
                both, both == 0 ? 100.0 : 100.0 * agree / both, bestMs, theirsMs, theirsMs / Math.max(1, bestMs));
        }
        System.out.printf(Locale.ROOT, "%nproducts both mesh as closed solids: %d, agreeing (volume 0.5 %%, box 1 mm): "
            + "%d = %.1f %%%n", bothAll, agreeAll, bothAll == 0 ? 0 : 100.0 * agreeAll / bothAll);
        System.out.printf(Locale.ROOT, "time: plinth parse+mesh+write %.0f ms (mesh only %.0f ms), web-ifc "
            + "StreamAllMeshes %.0f ms; web-ifc / plinth = %.2f (mesh only %.2f)%n", oursMsAll, oursMeshMsAll,
            theirsMsAll, theirsMsAll / oursMsAll, theirsMsAll / oursMeshMsAll);
        System.out.printf(Locale.ROOT, "cpu: plinth parse+mesh+write %.0f ms, web-ifc StreamAllMeshes %.0f ms; "
            + "web-ifc / plinth = %.2f%n", oursCpuAll, theirsCpuAll, theirsCpuAll / oursCpuAll);
        System.out.println("disagreements: " + (disagreements.size() - 1));
        if (disagreementsOut != null) {
            Files.write(disagreementsOut, disagreements);
        }
    }

    private static String row(String file, ProductGeometry p, String kind, double ours, double theirs, double box) {
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%.6f\t%.6f\t%.4f\t%s", file, p.globalId(), p.ifcClass(),
            kind, ours, theirs, box, p.status().name().toLowerCase(Locale.ROOT)
                + (p.reason().isEmpty() ? "" : ": " + p.reason().replace('\t', ' ')));
    }
}
