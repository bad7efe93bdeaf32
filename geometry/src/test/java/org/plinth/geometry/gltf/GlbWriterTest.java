package org.plinth.geometry.gltf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.mesh.Colour;
import org.plinth.geometry.mesh.Extruder;
import org.plinth.geometry.mesh.MeshBuilder;
import org.plinth.geometry.mesh.Shape;
import org.plinth.geometry.mesh.ShapeInstance;
import org.plinth.geometry.mesh.StandardProfiles;
import org.plinth.geometry.mesh.Transform;
import tools.jackson.databind.JsonNode;

class GlbWriterTest {

    private static Shape box(double x, double y, double z, Colour c) {
        MeshBuilder b = new MeshBuilder();
        Extruder.extrude(StandardProfiles.rectangle(x, y), new double[] {0, 0, 1}, z, b);
        return new Shape(List.of(new Shape.Primitive(b.build(), c)));
    }

    private static ProductGeometry product(String gid, Transform at, List<ShapeInstance> shapes) {
        return new ProductGeometry(1, gid, "IfcWall", "wall \"" + gid + "\"", at, shapes, ProductGeometry.Status.OK, "");
    }

    static byte[] write(List<ProductGeometry> products) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GlbWriter.Written w = GlbWriter.write(products, out);
        assertThat(w.bytes()).isEqualTo(out.size());
        return out.toByteArray();
    }

    @Test
    void writesOneNodePerProductWithGlobalIdAndSharesMeshes() throws Exception {
        Shape shared = box(1, 1, 1, new Colour(1, 0, 0, 1));
        Shape other = box(2, 1, 1, new Colour(0, 0, 1, 0.5f));
        List<ProductGeometry> products = List.of(
            product("A", Transform.translation(0, 0, 0), List.of(new ShapeInstance(shared, Transform.IDENTITY))),
            product("B", Transform.translation(5, 0, 0), List.of(new ShapeInstance(shared, Transform.IDENTITY))),
            product("C", Transform.IDENTITY, List.of(new ShapeInstance(shared, Transform.translation(0, 3, 0)),
                new ShapeInstance(other, Transform.IDENTITY))),
            new ProductGeometry(9, "D", "IfcAnnotation", "", Transform.IDENTITY, List.of(),
                ProductGeometry.Status.NO_GEOMETRY, "no body"));
        GlbStructure glb = GlbStructure.read(write(products));
        assertThat(glb.problems).isEmpty();
        JsonNode nodes = glb.json.path("nodes");
        // root + three products + two children of C
        assertThat(nodes.size()).isEqualTo(6);
        assertThat(nodes.get(0).path("children").size()).isEqualTo(3);
        assertThat(nodes.get(1).path("name").asString()).isEqualTo("A");
        assertThat(nodes.get(2).path("extras").path("ifcClass").asString()).isEqualTo("IfcWall");
        assertThat(nodes.get(2).path("extras").path("name").asString()).isEqualTo("wall \"B\"");
        assertThat(nodes.get(1).path("mesh").asInt()).isEqualTo(nodes.get(2).path("mesh").asInt());
        assertThat(glb.json.path("meshes").size()).isEqualTo(2);
        assertThat(glb.json.path("materials").size()).isEqualTo(2);
        assertThat(glb.json.path("materials").get(1).path("alphaMode").asString()).isEqualTo("BLEND");
        assertThat(nodes.get(3).path("children").size()).isEqualTo(2);
        assertThat(glb.json.path("asset").path("extras").path("plinthOffset").get(0).asDouble()).isZero();
    }

    @Test
    void recentresFarModelsAndRecordsTheOffset() throws Exception {
        Shape shared = box(1, 1, 1, Colour.DEFAULT);
        List<ProductGeometry> products = List.of(
            product("A", Transform.translation(458000, 5438000, 100), List.of(new ShapeInstance(shared, Transform.IDENTITY))),
            product("B", Transform.translation(458010, 5438000, 100), List.of(new ShapeInstance(shared, Transform.IDENTITY))));
        GlbStructure glb = GlbStructure.read(write(products));
        assertThat(glb.problems).isEmpty();
        JsonNode offset = glb.json.path("asset").path("extras").path("plinthOffset");
        assertThat(offset.get(0).asDouble()).isEqualTo(458005);
        assertThat(offset.get(1).asDouble()).isEqualTo(5438000);
        assertThat(offset.get(2).asDouble()).isEqualTo(100);
        JsonNode m = glb.json.path("nodes").get(1).path("matrix");
        assertThat(m.get(12).asDouble()).isEqualTo(-5);
        // the root turns z-up into y-up; the product node keeps IFC axes: x and y offsets in columns 12 and 13
        assertThat(m.get(13).asDouble()).isZero();
    }

    @Test
    void farShapeOriginsAndTheRecentringOffsetCancelInOneMatrix() throws Exception {
        // a shape stored relative to its own far origin, in a product placed at the world origin
        Shape local = box(1, 1, 1, Colour.DEFAULT);
        Transform shapeOrigin = Transform.translation(452269, 4539403, 0);
        List<ProductGeometry> products = List.of(
            product("A", Transform.IDENTITY, List.of(new ShapeInstance(local, shapeOrigin))),
            product("B", Transform.IDENTITY, List.of(new ShapeInstance(local, shapeOrigin.multiply(Transform.translation(3, 0, 0))),
                new ShapeInstance(local, shapeOrigin.multiply(Transform.translation(6, 0, 0))))));
        GlbStructure glb = GlbStructure.read(write(products));
        assertThat(glb.problems).isEmpty();
        JsonNode offset = glb.json.path("asset").path("extras").path("plinthOffset");
        assertThat(offset.get(0).asDouble()).isEqualTo(452272);
        JsonNode a = glb.json.path("nodes").get(1);
        assertThat(a.path("matrix").get(12).asDouble()).isEqualTo(-3);
        assertThat(a.path("matrix").get(13).asDouble()).isZero();
        JsonNode b = glb.json.path("nodes").get(2);
        assertThat(b.has("matrix")).isFalse();
        JsonNode child = glb.json.path("nodes").get(b.path("children").get(1).asInt());
        assertThat(child.path("matrix").get(12).asDouble()).isEqualTo(3);
    }

    @Test
    void nonUniformInstancesStayUnderTheirProductSoNoMatrixShears() throws Exception {
        Shape shared = box(1, 1, 1, Colour.DEFAULT);
        Transform rotated = Transform.ofAxes(new double[] {10, 0, 0}, new double[] {0, 1, 0}, new double[] {-1, 0, 0},
            new double[] {0, 0, 1});
        List<ProductGeometry> products = List.of(
            product("A", rotated, List.of(new ShapeInstance(shared, Transform.scale(2, 1, 1)))));
        GlbStructure glb = GlbStructure.read(write(products));
        assertThat(glb.problems).isEmpty();
        JsonNode a = glb.json.path("nodes").get(1);
        assertThat(a.path("matrix").get(12).asDouble()).isEqualTo(10);
        JsonNode child = glb.json.path("nodes").get(a.path("children").get(0).asInt());
        assertThat(child.path("matrix").get(0).asDouble()).isEqualTo(2);
        assertThat(GlbWriter.isSimilarity(Transform.scale(2, 1, 1))).isFalse();
        assertThat(GlbWriter.isSimilarity(rotated.multiply(Transform.scale(-3, 3, 3)))).isTrue();
    }

    @Test
    void writesAValidFileForAnEmptyModel() throws Exception {
        GlbStructure glb = GlbStructure.read(write(List.of()));
        assertThat(glb.problems).isEmpty();
        assertThat(glb.json.path("nodes").size()).isEqualTo(1);
    }
}
