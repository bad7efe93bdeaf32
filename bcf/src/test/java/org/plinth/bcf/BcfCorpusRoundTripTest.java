package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.bcf.BcfArchiveAssert.assertThatArchive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official test case: read, write (same version, then the other one), read back with XSD rejection on, and
 * compare the models field by field. Same version: identical. Other version: identical to what
 * {@link BcfVersionMapping} says the documented mapping gives.
 */
class BcfCorpusRoundTripTest {

    /** Lenient read of the originals: two upstream 3.0 cases have an extensions.xml that breaks its own XSD. */
    private static final BcfZipReader LENIENT = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REPORT);
    /** What we wrote must validate: any XSD violation fails the read. */
    private static final BcfZipReader STRICT = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REJECT);

    static Stream<Arguments> cases() {
        return Stream.concat(
                BcfCorpus.archives("xml-2.1").stream().map(p -> Arguments.of(BcfVersion.V2_1,
                        BcfCorpus.caseName("xml-2.1", p), p)),
                BcfCorpus.archives("xml-3.0").stream().map(p -> Arguments.of(BcfVersion.V3_0,
                        BcfCorpus.caseName("xml-3.0", p), p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sameVersionRoundTripLosesNothing(BcfVersion version, String name, Path archive) throws IOException {
        BcfArchive original = LENIENT.read(archive);
        assertThat(original.version()).isEqualTo(version);
        assertThatArchive(original).hasNoWarnings();
        assertThat(original.markups()).isNotEmpty();

        BcfArchive back = STRICT.read(new ByteArrayInputStream(new BcfZipWriter(version).toBytes(original)));

        assertThatArchive(back).hasNoWarnings().hasNoSchemaViolations().hasSameContentAs(original);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void crossVersionRoundTripFollowsTheDocumentedMapping(BcfVersion version, String name, Path archive)
            throws IOException {
        BcfVersion other = version == BcfVersion.V3_0 ? BcfVersion.V2_1 : BcfVersion.V3_0;
        BcfArchive original = LENIENT.read(archive);

        BcfArchive converted = STRICT.read(new ByteArrayInputStream(new BcfZipWriter(other).toBytes(original)));

        assertThatArchive(converted).hasNoWarnings().hasNoSchemaViolations()
                .hasSameContentAs(BcfVersionMapping.expectedAfter(original, other));
        assertThat(converted.version()).isEqualTo(other);
        // and nothing countable went missing on the way
        BcfArchiveAssert o = assertThatArchive(original);
        assertThatArchive(converted).hasCounts(original.markups().size(), o.countComments(), o.countViewpoints(),
                o.countComponents(), o.countSnapshots(), o.countDocumentReferences());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void writingIsDeterministicAndStableOverASecondTrip(BcfVersion version, String name, Path archive)
            throws IOException {
        BcfZipWriter writer = new BcfZipWriter(version);
        BcfArchive original = LENIENT.read(archive);
        byte[] first = writer.toBytes(original);

        byte[] again = writer.toBytes(original);
        byte[] afterTrip = writer.toBytes(STRICT.read(new ByteArrayInputStream(first)));

        assertThat(again).isEqualTo(first);
        assertThat(afterTrip).isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void corpusHasTheExpectedCases() {
        assertThat(BcfCorpus.archives("xml-2.1")).hasSize(14);
        assertThat(BcfCorpus.archives("xml-3.0")).hasSize(15);
    }

    @org.junit.jupiter.api.Test
    void onlyTwoUpstreamCasesViolateTheirXsd() throws IOException {
        List<String> violating = new java.util.ArrayList<>();
        for (Path p : BcfCorpus.archives("xml-3.0")) {
            for (SchemaViolation v : LENIENT.read(p).schemaViolations()) {
                violating.add(BcfCorpus.caseName("xml-3.0", p) + " " + v.entryName() + ":" + v.line());
            }
        }
        for (Path p : BcfCorpus.archives("xml-2.1")) {
            assertThat(LENIENT.read(p).schemaViolations()).as(p.toString()).isEmpty();
        }
        // Upstream fact: these extensions.xml put <Stages/> before <SnippetTypes/>; the 3.0 XSD wants the reverse.
        assertThat(violating).containsExactly("Markup/Due Date extensions.xml:26", "Markup/Labels extensions.xml:24");
    }
}
