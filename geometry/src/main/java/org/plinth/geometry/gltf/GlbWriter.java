package org.plinth.geometry.gltf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.mesh.Colour;
import org.plinth.geometry.mesh.Shape;
import org.plinth.geometry.mesh.ShapeInstance;
import org.plinth.geometry.mesh.Transform;
import org.plinth.geometry.mesh.TriangleMesh;

/**
 * Writes products as one GLB: a root node turning IFC's z-up into glTF's y-up, under it one node per product
 * (name = GlobalId, {@code extras} = GlobalId, IFC class, name) carrying its placement (or, with several shape
 * instances, one child node each carrying placement × instance transform), and one glTF mesh per
 * {@link Shape} object, so a shape shared by several products (a representation map) is stored once.
 *
 * <p>When the model lies far from the origin (any coordinate beyond {@link #RECENTRE_BEYOND_M}) the placements
 * are shifted in double precision by a whole-metre offset before they become floats; the offset, in IFC world
 * coordinates, is written to {@code asset.extras.plinthOffset}. Indices are 32-bit; positions, normals floats.
 */
public final class GlbWriter {

    /** Models whose bounding box reaches further than this from the origin (metres) are recentred. */
    public static final double RECENTRE_BEYOND_M = 1000;

    private static final int GLB_MAGIC = 0x46546C67;
    private static final int CHUNK_JSON = 0x4E4F534A;
    private static final int CHUNK_BIN = 0x004E4942;
    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;

    private GlbWriter() {
    }

    /** What was written. */
    public record Written(long bytes, int nodes, int meshes, int materials, long triangles, double[] offset) {
    }

    public static Written write(List<ProductGeometry> products, OutputStream out) throws IOException {
        double[] offset = offsetFor(products);
        Map<Shape, Integer> meshIndex = new IdentityHashMap<>();
        List<Shape> shapes = new ArrayList<>();
        Map<Colour, Integer> materialIndex = new HashMap<>();
        List<Colour> materials = new ArrayList<>();
        for (ProductGeometry p : products) {
            for (ShapeInstance s : p.shapes()) {
                if (!s.shape().isEmpty() && !meshIndex.containsKey(s.shape())) {
                    meshIndex.put(s.shape(), shapes.size());
                    shapes.add(s.shape());
                    for (Shape.Primitive prim : s.shape().primitives()) {
                        if (materialIndex.putIfAbsent(prim.colour(), materials.size()) == null) {
                            materials.add(prim.colour());
                        }
                    }
                }
            }
        }

        long binBytes = 0;
        for (Shape s : shapes) {
            for (Shape.Primitive prim : s.primitives()) {
                TriangleMesh m = prim.mesh();
                binBytes += 4L * (m.positions().length + m.normals().length + m.indices().length);
            }
        }
        if (binBytes > Integer.MAX_VALUE - 16) {
            throw new IOException("mesh data of " + binBytes + " bytes exceeds what one GLB buffer can hold");
        }
        ByteBuffer bin = ByteBuffer.allocate((int) binBytes).order(ByteOrder.LITTLE_ENDIAN);

        JsonText json = new JsonText();
        json.raw("{\"asset\":{\"version\":\"2.0\",\"generator\":\"Plinth geometry\",\"extras\":{\"plinthOffset\":");
        json.numbers(offset);
        json.raw(",\"plinthUpAxis\":\"IFC z-up, turned to glTF y-up by the root node\"}}");
        json.raw(",\"scene\":0,\"scenes\":[{\"nodes\":[0]}]");

        // accessors and buffer views, one view per accessor, in mesh order
        StringBuilder accessors = new StringBuilder();
        StringBuilder views = new StringBuilder();
        StringBuilder meshes = new StringBuilder();
        int accessorCount = 0;
        long triangles = 0;
        for (int si = 0; si < shapes.size(); si++) {
            Shape s = shapes.get(si);
            if (si > 0) {
                meshes.append(',');
            }
            meshes.append("{\"primitives\":[");
            boolean first = true;
            for (Shape.Primitive prim : s.primitives()) {
                TriangleMesh m = prim.mesh();
                if (m.isEmpty()) {
                    continue;
                }
                triangles += m.triangleCount();
                int pos = accessorCount++;
                int nor = accessorCount++;
                int idx = accessorCount++;
                float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
                float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
                float[] p = m.positions();
                for (int i = 0; i < p.length; i += 3) {
                    for (int k = 0; k < 3; k++) {
                        min[k] = Math.min(min[k], p[i + k]);
                        max[k] = Math.max(max[k], p[i + k]);
                    }
                }
                view(views, pos, bin.position(), p.length * 4, ARRAY_BUFFER);
                bin.asFloatBuffer().put(p);
                bin.position(bin.position() + p.length * 4);
                view(views, nor, bin.position(), m.normals().length * 4, ARRAY_BUFFER);
                bin.asFloatBuffer().put(m.normals());
                bin.position(bin.position() + m.normals().length * 4);
                view(views, idx, bin.position(), m.indices().length * 4, ELEMENT_ARRAY_BUFFER);
                bin.asIntBuffer().put(m.indices());
                bin.position(bin.position() + m.indices().length * 4);
                accessor(accessors, pos, 5126, m.vertexCount(), "VEC3", min, max);
                accessor(accessors, nor, 5126, m.vertexCount(), "VEC3", null, null);
                accessor(accessors, idx, 5125, m.indices().length, "SCALAR", null, null);
                if (!first) {
                    meshes.append(',');
                }
                first = false;
                meshes.append("{\"attributes\":{\"POSITION\":").append(pos).append(",\"NORMAL\":").append(nor)
                    .append("},\"indices\":").append(idx).append(",\"mode\":4,\"material\":")
                    .append(materialIndex.get(prim.colour())).append('}');
            }
            meshes.append("]}");
        }

        // nodes: 0 = root; then per product one node, plus child nodes for products with several instances
        StringBuilder nodes = new StringBuilder();
        StringBuilder rootChildren = new StringBuilder();
        List<String> extraNodes = new ArrayList<>();
        int nodeCount = 1;
        int productNodes = 0;
        List<StringBuilder> productJson = new ArrayList<>();
        for (ProductGeometry p : products) {
            List<ShapeInstance> instances = new ArrayList<>();
            for (ShapeInstance s : p.shapes()) {
                if (meshIndex.containsKey(s.shape())) {
                    instances.add(s);
                }
            }
            if (instances.isEmpty()) {
                continue;
            }
            int self = nodeCount++;
            productNodes++;
            if (rootChildren.length() > 0) {
                rootChildren.append(',');
            }
            rootChildren.append(self);
            StringBuilder n = new StringBuilder();
            n.append("{\"name\":");
            JsonText.string(n, p.globalId());
            n.append(",\"extras\":{\"GlobalId\":");
            JsonText.string(n, p.globalId());
            n.append(",\"ifcClass\":");
            JsonText.string(n, p.ifcClass());
            n.append(",\"name\":");
            JsonText.string(n, p.name());
            n.append('}');
            // matrices are composed in double precision down to the node that carries the mesh, so a shape's own
            // far origin and the recentring offset cancel before becoming floats. glTF wants every node matrix
            // decomposable into translation, rotation and scale: a non-uniform scale under a rotation would shear,
            // so such instances stay children of a node with the product's placement.
            Transform world = Transform.translation(-offset[0], -offset[1], -offset[2]).multiply(p.placement());
            boolean compose = true;
            for (ShapeInstance s : instances) {
                compose &= isSimilarity(s.transform());
            }
            if (compose && instances.size() == 1) {
                matrix(n, world.multiply(instances.get(0).transform()));
                n.append(",\"mesh\":").append(meshIndex.get(instances.get(0).shape()));
            } else {
                if (!compose) {
                    matrix(n, world);
                }
                n.append(",\"children\":[");
                for (int i = 0; i < instances.size(); i++) {
                    ShapeInstance s = instances.get(i);
                    if (i > 0) {
                        n.append(',');
                    }
                    // child node indices are known only once all product nodes are numbered
                    n.append("%CHILD").append(extraNodes.size()).append('%');
                    StringBuilder c = new StringBuilder("{");
                    c.append("\"mesh\":").append(meshIndex.get(s.shape()));
                    matrix(c, compose ? world.multiply(s.transform()) : s.transform());
                    c.append('}');
                    extraNodes.add(c.toString());
                }
                n.append(']');
            }
            n.append('}');
            productJson.add(n);
        }
        // child nodes come after all product nodes
        int firstChild = nodeCount;
        nodes.append("{\"name\":\"IfcModel\",\"matrix\":[1,0,0,0,0,0,-1,0,0,1,0,0,0,0,0,1]");
        if (rootChildren.length() > 0) {
            // glTF forbids empty arrays
            nodes.append(",\"children\":[").append(rootChildren).append(']');
        }
        nodes.append('}');
        for (StringBuilder n : productJson) {
            nodes.append(',').append(resolveChildren(n, firstChild));
        }
        for (String c : extraNodes) {
            nodes.append(',').append(c);
        }
        nodeCount += extraNodes.size();

        json.raw(",\"nodes\":[").raw(nodes).raw("]");
        if (!shapes.isEmpty()) {
            json.raw(",\"meshes\":[").raw(meshes).raw("]");
            json.raw(",\"accessors\":[").raw(accessors).raw("]");
            json.raw(",\"bufferViews\":[").raw(views).raw("]");
            json.raw(",\"buffers\":[{\"byteLength\":").raw(Integer.toString(bin.position())).raw("}]");
        }
        if (!materials.isEmpty()) {
            json.raw(",\"materials\":[");
            for (int i = 0; i < materials.size(); i++) {
                Colour c = materials.get(i);
                if (i > 0) {
                    json.raw(",");
                }
                json.raw("{\"pbrMetallicRoughness\":{\"baseColorFactor\":");
                json.numbers(new double[] {c.r(), c.g(), c.b(), c.a()});
                json.raw(",\"metallicFactor\":0,\"roughnessFactor\":1}");
                if (c.isTransparent()) {
                    json.raw(",\"alphaMode\":\"BLEND\"");
                }
                json.raw(",\"doubleSided\":true}");
            }
            json.raw("]");
        }
        json.raw("}");

        byte[] jsonBytes = json.toString().getBytes(StandardCharsets.UTF_8);
        int jsonPadded = (jsonBytes.length + 3) & ~3;
        int binLength = bin.position();
        int binPadded = (binLength + 3) & ~3;
        boolean hasBin = !shapes.isEmpty();
        long total = 12 + 8 + jsonPadded + (hasBin ? 8 + binPadded : 0);
        ByteBuffer head = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        head.putInt(GLB_MAGIC).putInt(2).putInt((int) total).putInt(jsonPadded).putInt(CHUNK_JSON);
        out.write(head.array());
        out.write(jsonBytes);
        for (int i = jsonBytes.length; i < jsonPadded; i++) {
            out.write(' ');
        }
        if (hasBin) {
            ByteBuffer binHead = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            binHead.putInt(binPadded).putInt(CHUNK_BIN);
            out.write(binHead.array());
            out.write(bin.array(), 0, binLength);
            for (int i = binLength; i < binPadded; i++) {
                out.write(0);
            }
        }
        return new Written(total, productNodes, shapes.size(), materials.size(), triangles, offset);
    }

    private static String resolveChildren(StringBuilder n, int firstChild) {
        String s = n.toString();
        int at = s.indexOf("%CHILD");
        if (at < 0) {
            return s;
        }
        StringBuilder r = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            r.append(s, from, at);
            int end = s.indexOf('%', at + 1);
            r.append(firstChild + Integer.parseInt(s.substring(at + 6, end)));
            from = end + 1;
            at = s.indexOf("%CHILD", from);
        }
        r.append(s, from, s.length());
        return r.toString();
    }

    /** True when the linear part is a rotation times a uniform scale (mirrors allowed): composable without shear. */
    static boolean isSimilarity(Transform t) {
        double[] c = new double[9];
        for (int col = 0; col < 3; col++) {
            for (int row = 0; row < 3; row++) {
                c[col * 3 + row] = t.get(row, col);
            }
        }
        double l0 = c[0] * c[0] + c[1] * c[1] + c[2] * c[2];
        double l1 = c[3] * c[3] + c[4] * c[4] + c[5] * c[5];
        double l2 = c[6] * c[6] + c[7] * c[7] + c[8] * c[8];
        double tol = 1e-9 * Math.max(l0, Math.max(l1, l2));
        return Math.abs(l0 - l1) <= tol && Math.abs(l0 - l2) <= tol
            && Math.abs(c[0] * c[3] + c[1] * c[4] + c[2] * c[5]) <= tol
            && Math.abs(c[0] * c[6] + c[1] * c[7] + c[2] * c[8]) <= tol
            && Math.abs(c[3] * c[6] + c[4] * c[7] + c[5] * c[8]) <= tol;
    }

    /** A whole-metre offset to subtract, or zeros when the model is near the origin. */
    static double[] offsetFor(List<ProductGeometry> products) {
        // the corners of each shape's local box are enough to decide and centre the offset
        double[] box = TriangleMesh.emptyBounds();
        double[] local = TriangleMesh.emptyBounds();
        double[] corner = new double[3];
        for (ProductGeometry p : products) {
            for (ShapeInstance s : p.shapes()) {
                Transform t = p.worldTransform(s);
                for (Shape.Primitive prim : s.shape().primitives()) {
                    java.util.Arrays.fill(local, 0, 3, Double.POSITIVE_INFINITY);
                    java.util.Arrays.fill(local, 3, 6, Double.NEGATIVE_INFINITY);
                    prim.mesh().extendBounds(Transform.IDENTITY, local);
                    if (!Double.isFinite(local[0])) {
                        continue;
                    }
                    for (int c = 0; c < 8; c++) {
                        t.applyPoint(local[(c & 1) * 3], local[1 + ((c >> 1) & 1) * 3], local[2 + ((c >> 2) & 1) * 3],
                            corner, 0);
                        for (int k = 0; k < 3; k++) {
                            box[k] = Math.min(box[k], corner[k]);
                            box[k + 3] = Math.max(box[k + 3], corner[k]);
                        }
                    }
                }
            }
        }
        double reach = 0;
        for (int k = 0; k < 6; k++) {
            if (Double.isFinite(box[k])) {
                reach = Math.max(reach, Math.abs(box[k]));
            }
        }
        if (reach <= RECENTRE_BEYOND_M) {
            return new double[3];
        }
        return new double[] {
            Math.rint((box[0] + box[3]) / 2), Math.rint((box[1] + box[4]) / 2), Math.rint((box[2] + box[5]) / 2)};
    }

    private static void matrix(StringBuilder n, Transform t) {
        if (t.isIdentity()) {
            return;
        }
        n.append(",\"matrix\":[");
        float[] m = t.toColumnMajor4x4();
        for (int i = 0; i < 16; i++) {
            if (i > 0) {
                n.append(',');
            }
            JsonText.number(n, m[i]);
        }
        n.append(']');
    }

    private static void view(StringBuilder views, int index, int offset, int length, int target) {
        if (index > 0) {
            views.append(',');
        }
        views.append("{\"buffer\":0,\"byteOffset\":").append(offset).append(",\"byteLength\":").append(length)
            .append(",\"target\":").append(target).append('}');
    }

    private static void accessor(StringBuilder a, int index, int componentType, int count, String type, float[] min,
            float[] max) {
        if (index > 0) {
            a.append(',');
        }
        a.append("{\"bufferView\":").append(index).append(",\"componentType\":").append(componentType)
            .append(",\"count\":").append(count).append(",\"type\":\"").append(type).append('"');
        if (min != null) {
            a.append(",\"min\":[");
            JsonText.number(a, min[0]).append(',');
            JsonText.number(a, min[1]).append(',');
            JsonText.number(a, min[2]).append("],\"max\":[");
            JsonText.number(a, max[0]).append(',');
            JsonText.number(a, max[1]).append(',');
            JsonText.number(a, max[2]).append(']');
        }
        a.append('}');
    }
}
