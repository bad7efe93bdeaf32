package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plinth.bcf.BcfArchiveAssert.assertThatArchive;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The round-trip comparison must see a difference deep down, or the round-trip tests prove nothing. */
class BcfArchiveAssertTest {

    @Test
    void seesOneChangedSnapshotByte() {
        BcfArchive a = BcfModels.full();
        byte[] changed = BcfModels.JPEG.clone();
        changed[6]++;
        Viewpoint v = a.markups().get(0).viewpoints().get(0);
        Viewpoint other = new Viewpoint(v.guid(), v.index(), Optional.of(new Viewpoint.Snapshot(ImageFormat.JPEG,
                BinaryContent.copyOf(changed))), v.orthogonalCamera(), v.perspectiveCamera(), v.lines(),
                v.clippingPlanes(), v.bitmaps(), v.components());

        assertThatThrownBy(() -> assertThatArchive(withFirstViewpoint(a, other)).hasSameContentAs(a))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("markups[0].viewpoints[0].snapshot");
    }

    @Test
    void seesOneChangedComponentGuid() {
        BcfArchive a = BcfModels.full();
        Viewpoint v = a.markups().get(0).viewpoints().get(0);
        Viewpoint.Components c = v.components().orElseThrow();
        Viewpoint.Components changed = new Viewpoint.Components(c.selection(), new Viewpoint.Visibility(
                c.visibility().defaultVisibility(), List.of(Viewpoint.Component.ofIfcGuid("0000000000000000000000")),
                c.visibility().viewSetupHints()), c.coloring());
        Viewpoint other = new Viewpoint(v.guid(), v.index(), v.snapshot(), v.orthogonalCamera(),
                v.perspectiveCamera(), v.lines(), v.clippingPlanes(), v.bitmaps(), Optional.of(changed));

        assertThatThrownBy(() -> assertThatArchive(withFirstViewpoint(a, other)).hasSameContentAs(a))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("markups[0].viewpoints[0].components")
                .hasMessageContaining("0000000000000000000000");
    }

    @Test
    void ignoresWarningsAndVersion() {
        BcfArchive a = BcfModels.full();
        BcfArchive noted = new BcfArchive(BcfVersion.V2_1, a.project(), a.extensions(), a.documents(), a.markups(),
                a.attachments(), List.of("a warning"), List.of(new SchemaViolation("x", 1, 1, "m")));

        assertThatArchive(noted).hasSameContentAs(a);
    }

    private static BcfArchive withFirstViewpoint(BcfArchive a, Viewpoint v) {
        Markup m = a.markups().get(0);
        List<Viewpoint> viewpoints = new java.util.ArrayList<>(m.viewpoints());
        viewpoints.set(0, v);
        List<Markup> markups = new java.util.ArrayList<>(a.markups());
        markups.set(0, new Markup(m.topic(), m.headerFiles(), m.comments(), viewpoints));
        return new BcfArchive(a.version(), a.project(), a.extensions(), a.documents(), markups, a.attachments(),
                a.warnings(), a.schemaViolations());
    }
}
