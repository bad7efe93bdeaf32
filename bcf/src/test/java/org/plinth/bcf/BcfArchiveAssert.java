package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a whole {@link BcfArchive}. Models are compared field by field (AssertJ's recursive comparison, so a
 * failure names the path, e.g. {@code markups[0].viewpoints[2].components.value.visibility.exceptions[1].ifcGuid});
 * the read-side notes ({@code warnings}, {@code schemaViolations}) and the version it was read as are not content.
 */
final class BcfArchiveAssert extends AbstractAssert<BcfArchiveAssert, BcfArchive> {

    private BcfArchiveAssert(BcfArchive actual) {
        super(actual, BcfArchiveAssert.class);
    }

    static BcfArchiveAssert assertThatArchive(BcfArchive actual) {
        return new BcfArchiveAssert(actual);
    }

    /** Same content as {@code expected}, field by field. */
    BcfArchiveAssert hasSameContentAs(BcfArchive expected) {
        isNotNull();
        assertThat(actual).usingRecursiveComparison()
                .ignoringFields("version", "warnings", "schemaViolations")
                // Arrays.equals on the bytes: the default element-by-element walk boxes every byte (minutes on
                // the corpus' MiB of snapshots and IFC attachments); the path still names the differing content.
                .withEqualsForType(BinaryContent::equals, BinaryContent.class)
                .isEqualTo(expected);
        return this;
    }

    BcfArchiveAssert hasNoWarnings() {
        isNotNull();
        assertThat(actual.warnings()).as("reader warnings").isEmpty();
        return this;
    }

    BcfArchiveAssert hasNoSchemaViolations() {
        isNotNull();
        assertThat(actual.schemaViolations()).as("XSD violations").isEmpty();
        return this;
    }

    /** Counts of what the issue says must survive: topics, comments, viewpoints, components, snapshots, document references. */
    BcfArchiveAssert hasCounts(int topics, int comments, int viewpoints, int components, int snapshots,
                               int documentReferences) {
        isNotNull();
        assertThat(List.of(actual.markups().size(), countComments(), countViewpoints(), countComponents(),
                countSnapshots(), countDocumentReferences()))
                .as("topics, comments, viewpoints, components, snapshots, document references")
                .containsExactly(topics, comments, viewpoints, components, snapshots, documentReferences);
        return this;
    }

    int countComments() {
        int n = 0;
        for (Markup m : actual.markups()) {
            n += m.comments().size();
        }
        return n;
    }

    int countViewpoints() {
        int n = 0;
        for (Markup m : actual.markups()) {
            n += m.viewpoints().size();
        }
        return n;
    }

    int countSnapshots() {
        int n = 0;
        for (Markup m : actual.markups()) {
            for (Viewpoint v : m.viewpoints()) {
                n += v.snapshot().isPresent() ? 1 : 0;
            }
        }
        return n;
    }

    int countDocumentReferences() {
        int n = 0;
        for (Markup m : actual.markups()) {
            n += m.topic().documentReferences().size();
        }
        return n;
    }

    /** Component mentions over selection, visibility exceptions and colorings. */
    int countComponents() {
        List<Viewpoint.Component> all = new ArrayList<>();
        for (Markup m : actual.markups()) {
            for (Viewpoint v : m.viewpoints()) {
                v.components().ifPresent(c -> {
                    all.addAll(c.selection());
                    all.addAll(c.visibility().exceptions());
                    c.coloring().forEach(color -> all.addAll(color.components()));
                });
            }
        }
        return all.size();
    }
}
