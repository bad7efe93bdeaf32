package org.plinth.geometry.convert;

import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.gltf.JsonText;

/**
 * The JSON report of a conversion: per product GlobalId, class, triangles, whether the mesh is closed, its volume
 * (null when not closed), world bbox, status; totals.
 */
public final class ConversionReport {

    private ConversionReport() {
    }

    public static String json(String file, IfcToGlbConverter.Result r) {
        StringBuilder sb = new StringBuilder(1 << 16);
        int[] counts = new int[ProductGeometry.Status.values().length];
        long triangles = 0;
        for (ProductGeometry p : r.products()) {
            counts[p.status().ordinal()]++;
            triangles += p.triangleCount();
        }
        sb.append("{\"file\":");
        JsonText.string(sb, file);
        sb.append(",\"schema\":");
        JsonText.string(sb, r.schema());
        sb.append(",\"parse_ms\":").append(r.parseMs()).append(",\"mesh_ms\":").append(r.meshMs())
            .append(",\"write_ms\":").append(r.writeMs()).append(",\"cpu_ms\":").append(r.cpuMs())
            .append(",\"peak_heap_mb\":")
            .append(r.peakHeapBytes() / (1024 * 1024));
        sb.append(",\"totals\":{\"products\":").append(r.products().size());
        for (ProductGeometry.Status s : ProductGeometry.Status.values()) {
            sb.append(",\"").append(s.name().toLowerCase()).append("\":").append(counts[s.ordinal()]);
        }
        sb.append(",\"triangles\":").append(triangles).append(",\"glb_bytes\":").append(r.written().bytes())
            .append(",\"gltf_meshes\":").append(r.written().meshes()).append(",\"offset\":[");
        double[] o = r.written().offset();
        JsonText.number(sb, o[0]).append(',');
        JsonText.number(sb, o[1]).append(',');
        JsonText.number(sb, o[2]).append("]}");
        sb.append(",\"products\":[");
        boolean first = true;
        for (ProductGeometry p : r.products()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("\n{\"GlobalId\":");
            JsonText.string(sb, p.globalId());
            sb.append(",\"class\":");
            JsonText.string(sb, p.ifcClass());
            boolean closed = p.isClosed();
            sb.append(",\"triangles\":").append(p.triangleCount()).append(",\"closed\":").append(closed)
                .append(",\"volume_m3\":");
            // the signed-tetrahedra sum is a volume only for a closed surface
            JsonText.number(sb, closed ? round(p.volume(), 1e6) : Double.NaN);
            sb.append(",\"bbox_m\":");
            double[] b = p.bounds();
            if (Double.isFinite(b[0])) {
                sb.append('[');
                for (int k = 0; k < 6; k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    JsonText.number(sb, round(b[k], 1e4));
                }
                sb.append(']');
            } else {
                sb.append("null");
            }
            sb.append(",\"status\":");
            String status = switch (p.status()) {
                case OK -> "ok";
                case PARTIAL -> "partial: " + p.reason();
                case NO_GEOMETRY -> "no geometry: " + p.reason();
                case FAILED -> "failed: " + p.reason();
            };
            JsonText.string(sb, status);
            sb.append('}');
        }
        sb.append("\n]}\n");
        return sb.toString();
    }

    private static double round(double v, double scale) {
        return Math.rint(v * scale) / scale;
    }
}
