package org.plinth.geometry.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.geometry.ProductGeometry;
import org.plinth.geometry.gltf.GlbStructure;
import org.plinth.geometry.gltf.GlbWriter;
import org.plinth.geometry.mesh.GeometrySettings;
import org.plinth.geometry.mesh.MeshChecks;
import org.plinth.geometry.mesh.Shape;
import org.plinth.geometry.mesh.ShapeInstance;
import org.plinth.ifc.IfcModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

class ModelMesherTest {

    private static Map<String, ProductGeometry> byGlobalId;
    private static List<ProductGeometry> products;

    static List<ProductGeometry> mesh(String resource) throws IOException {
        try (InputStream in = ModelMesherTest.class.getResourceAsStream("/fixtures/" + resource)) {
            IfcModel model = IfcModel.of(StepReader.read(in, StepReadOptions.lenientDefaults()));
            return new ModelMesher(model, GeometrySettings.DEFAULTS).meshAll();
        }
    }

    @BeforeAll
    static void meshFixture() throws IOException {
        products = mesh("basic-solids-mm.ifc");
        byGlobalId = new LinkedHashMap<>();
        for (ProductGeometry p : products) {
            byGlobalId.put(p.globalId(), p);
        }
    }

    private static ProductGeometry product(String gid) {
        assertThat(byGlobalId).containsKey(gid);
        return byGlobalId.get(gid);
    }

    private static void assertClosed(ProductGeometry p) {
        for (ShapeInstance s : p.shapes()) {
            for (Shape.Primitive prim : s.shape().primitives()) {
                assertThat(MeshChecks.openOrInconsistentEdges(prim.mesh())).as(p.globalId()).isZero();
            }
        }
    }

    @Test
    void wallIsPlacedRotatedAndConvertedFromMillimetres() {
        ProductGeometry wall = product("0001wallxxxxxxxxxxxxxx");
        assertThat(wall.status()).isEqualTo(ProductGeometry.Status.OK);
        assertThat(wall.ifcClass()).isEqualTo("IfcWall");
        assertThat(wall.volume()).isCloseTo(2.4, within(1e-6));
        assertThat(wall.bounds()).containsExactly(new double[] {0.8, 2.0, 0.0, 1.0, 6.0, 3.0}, within(1e-6));
        assertThat(wall.triangleCount()).isEqualTo(12);
        assertClosed(wall);
    }

    @Test
    void lShapedSlabWithVoidHasExactVolume() {
        ProductGeometry slab = product("0001slabxxxxxxxxxxxxxx");
        assertThat(slab.volume()).isCloseTo(26 * 0.25, within(1e-6));
        assertThat(slab.bounds()).containsExactly(new double[] {0, 0, 0, 6, 6, 0.25}, within(1e-6));
        assertClosed(slab);
    }

    @Test
    void cylinderIsWithinTheChordTolerance() {
        ProductGeometry column = product("0001columnxxxxxxxxxxxx");
        double exact = Math.PI * 0.3 * 0.3 * 2.5;
        assertThat(column.volume()).isBetween(exact * 0.99, exact);
        assertClosed(column);
    }

    @Test
    void mappedItemPlacedThreeTimesSharesOneShape() {
        ProductGeometry b1 = product("0001box1xxxxxxxxxxxxxx");
        ProductGeometry b2 = product("0001box2xxxxxxxxxxxxxx");
        ProductGeometry b3 = product("0001box3xxxxxxxxxxxxxx");
        assertThat(b1.volume()).isCloseTo(1.0, within(1e-6));
        assertThat(b2.volume()).isCloseTo(1.0, within(1e-6));
        assertThat(b3.volume()).isCloseTo(2.0, within(1e-6));
        assertThat(b1.shapes().get(0).shape()).isSameAs(b2.shapes().get(0).shape()).isSameAs(b3.shapes().get(0).shape());
        assertThat(b2.bounds()).containsExactly(new double[] {19.5, -0.5, 0, 20.5, 0.5, 1}, within(1e-6));
        assertThat(b3.bounds()).containsExactly(new double[] {29, -0.5, 0, 31, 0.5, 1}, within(1e-6));
    }

    @Test
    void mirroredMappedItemKeepsAPositiveVolume() {
        ProductGeometry mirrored = product("0001box4mirroredxxxxxx");
        assertThat(mirrored.shapes().get(0).transform().determinant()).isNegative();
        assertThat(mirrored.volume()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void facetedBrepAndTriangulatedFaceSetAreClosedWithExactVolumes() {
        ProductGeometry tetra = product("0001brepxxxxxxxxxxxxxx");
        assertThat(tetra.volume()).isCloseTo(1.0 / 6, within(1e-6));
        assertClosed(tetra);
        ProductGeometry cube = product("0001tfsxxxxxxxxxxxxxxx");
        assertThat(cube.triangleCount()).isEqualTo(12);
        assertThat(cube.volume()).isCloseTo(1.0, within(1e-6));
        assertClosed(cube);
    }

    @Test
    void openingIsSubtractedFromItsHost() {
        ProductGeometry wall = product("0001wallopeningxxxxxxx");
        assertThat(wall.status()).isEqualTo(ProductGeometry.Status.OK);
        assertThat(wall.volume()).isCloseTo(2.4 - 0.4, within(1e-6));
        assertThat(wall.bounds()).containsExactly(new double[] {0, 10, 0, 4, 10.2, 3}, within(1e-6));
        // closed once the boolean's T-junctions are taken into account
        assertThat(wall.isClosed()).isTrue();
        assertThat(byGlobalId).doesNotContainKey("0001openingxxxxxxxxxxx");
    }

    @Test
    void halfSpaceCutsTheBlock() {
        ProductGeometry column = product("0001clippedxxxxxxxxxxx");
        assertThat(column.status()).isEqualTo(ProductGeometry.Status.OK);
        assertThat(column.volume()).isCloseTo(2.0, within(1e-6));
        assertThat(column.bounds()[5]).isCloseTo(2.0, within(1e-6));
    }

    @Test
    void anUnsupportedItemFailsOnlyItsProduct() throws Exception {
        ProductGeometry sphere = product("0001spherexxxxxxxxxxxx");
        assertThat(sphere.status()).isEqualTo(ProductGeometry.Status.FAILED);
        assertThat(sphere.reason()).contains("IfcSphere").contains("unsupported");
        long ok = products.stream().filter(p -> p.status() == ProductGeometry.Status.OK).count();
        assertThat(ok).isEqualTo(products.size() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GlbWriter.write(products, out);
        GlbStructure glb = GlbStructure.read(out.toByteArray());
        assertThat(glb.problems).isEmpty();
        // 11 meshed products below the root; the four boxes share one glTF mesh
        assertThat(glb.json.path("nodes").get(0).path("children").size()).isEqualTo(11);
        assertThat(glb.json.path("meshes").size()).isEqualTo(8);
    }
}
