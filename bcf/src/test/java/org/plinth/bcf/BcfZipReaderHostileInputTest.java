package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad and hostile zips: each fails with a BcfFormatException (or a subclass) that says what and where. */
class BcfZipReaderHostileInputTest {

    private final BcfZipReader reader = new BcfZipReader();

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsBytesThatAreNotAZip(ZipSource source) {
        byte[] text = "this is a PDF, honestly".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> source.read(reader, text))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage(source == ZipSource.STREAM ? "not a zip (no entries found)"
                        : "not a zip (zip END header not found)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsAnEmptyInput(ZipSource source) {
        assertThatThrownBy(() -> source.read(reader, new byte[0]))
                .isInstanceOf(BcfFormatException.class)
                .hasMessageContaining("not a zip");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsAZipWithoutBcfVersion(ZipSource source) {
        byte[] zip = new TestZip().add("readme.txt", "hi").bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage("bcf.version missing: not a BCF zip (entries: readme.txt)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsAnUnsupportedVersion(ZipSource source) {
        byte[] zip = new TestZip().add("bcf.version", "<Version VersionId=\"4.0\"/>").bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage("bcf.version:1:27: unsupported BCF version '4.0' (supported: 2.0, 2.1, 3.0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "topic/../../evil", "/etc/passwd", "C:/Windows/evil.dll", "..\\evil",
            "a\\..\\..\\evil"})
    void rejectsEntryNamesThatEscapeTheFolder(String name) {
        byte[] zip = TestZip.bcf21().add(name, "x").bytes();

        for (ZipSource source : ZipSource.values()) {
            assertThatThrownBy(() -> source.read(reader, zip))
                    .isInstanceOf(BcfFormatException.class)
                    .hasMessageStartingWith(name + ": ")
                    .hasMessageMatching(".*(path traversal|absolute zip entry path refused).*")
                    .asInstanceOf(type(BcfFormatException.class))
                    .extracting(e -> e.entryName().orElseThrow()).isEqualTo(name);
        }
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsDuplicateEntries(ZipSource source) {
        // ZipOutputStream refuses literal duplicates; a backslash and a slash spelling of one name are two entries
        // to it and one to the reader, which reads backslashes as slashes.
        byte[] zip = TestZip.bcf21().add("t/markup.bcf", "<a/>").add("t\\markup.bcf", "<b/>").bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage("t/markup.bcf: duplicate zip entry");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsTheSameTopicInTwoFolders(ZipSource source) {
        byte[] zip = TestZip.bcf21().add("a/markup.bcf", TestZip.markup21(""))
                .add("b/markup.bcf", TestZip.markup21("")).bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage("b/markup.bcf: topic " + TestZip.TOPIC_GUID + " is also in a/markup.bcf");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void stopsAZipBombByItsCompressionRatio(ZipSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bcf.version"));
            zip.write(TestZip.VERSION_21.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("bomb.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) { // 100 MiB of zeros, about 100 KiB compressed
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(200_000);

        assertThatThrownBy(() -> source.read(reader, out.toByteArray()))
                .isInstanceOf(BcfLimitExceededException.class)
                .hasMessageStartingWith("bomb.png: entry inflates ")
                .hasMessageEndingWith("times its compressed size (zip bomb?) (limit maxCompressionRatio = 100)")
                .asInstanceOf(type(BcfLimitExceededException.class))
                .extracting(BcfLimitExceededException::limitName).isEqualTo("maxCompressionRatio");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void stopsAtTheTotalSizeLimit(ZipSource source) {
        byte[] random = randomBytes(300_000); // incompressible: only the total can stop it
        byte[] zip = TestZip.bcf21().add("a.bin", random).add("b.bin", random).add("c.bin", random).bytes();
        BcfZipReader small = new BcfZipReader(BcfLimits.DEFAULTS.withMaxTotalBytes(700_000), SchemaCheck.NONE);

        assertThatThrownBy(() -> source.read(small, zip))
                .isInstanceOf(BcfLimitExceededException.class)
                .hasMessage("c.bin: zip inflates to more than 700000 bytes (limit maxTotalBytes = 700000)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void stopsAtTheEntryCountLimit(ZipSource source) {
        TestZip z = TestZip.bcf21();
        for (int i = 0; i < 20; i++) {
            z.add("f" + i + ".txt", "x");
        }
        BcfZipReader small = new BcfZipReader(BcfLimits.DEFAULTS.withMaxEntries(10), SchemaCheck.NONE);

        assertThatThrownBy(() -> source.read(small, z.bytes()))
                .isInstanceOf(BcfLimitExceededException.class)
                .hasMessage("zip has more than 10 entries (limit maxEntries = 10)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsASnapshotOverTheEntryLimit(ZipSource source) {
        byte[] snapshot = randomBytes(3 << 20);
        snapshot[0] = (byte) 0x89; // PNG magic, it is a "snapshot"
        byte[] zip = TestZip.bcf21()
                .add(TestZip.TOPIC_GUID + "/markup.bcf", TestZip.markup21(""))
                .add(TestZip.TOPIC_GUID + "/snapshot.png", snapshot).bytes();
        BcfZipReader limited = new BcfZipReader(BcfLimits.DEFAULTS.withMaxEntryBytes(2 << 20), SchemaCheck.NONE);

        assertThatThrownBy(() -> source.read(limited, zip))
                .isInstanceOf(BcfLimitExceededException.class)
                .hasMessage(TestZip.TOPIC_GUID + "/snapshot.png: entry inflates to more than 2097152 bytes"
                        + " (limit maxEntryBytes = 2097152)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsAMarkupWithoutTopicWithItsPosition(ZipSource source) {
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf",
                "<?xml version=\"1.0\"?>\n<Markup>\n  <Header/>\n</Markup>").bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage(TestZip.TOPIC_GUID + "/markup.bcf:2:9: <Markup> has no <Topic>");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsATopicWithoutTitle(ZipSource source) {
        String markup = TestZip.markup21("").replace("    <Title>t</Title>\n", "");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup).bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage(TestZip.TOPIC_GUID + "/markup.bcf:3:54: <Topic> has no <Title>");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsABadDateWithItsPosition(ZipSource source) {
        String markup = TestZip.markup21("    <DueDate>next tuesday</DueDate>\n");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup).bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage(TestZip.TOPIC_GUID + "/markup.bcf:7:14: <DueDate>: 'next tuesday' is not an xs:dateTime");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsInvalidXmlWithLineAndColumn(ZipSource source) {
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf",
                "<?xml version=\"1.0\"?>\n<Markup>\n  <Topic Guid=\"x\">\n</Markup>").bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessageStartingWith(TestZip.TOPIC_GUID + "/markup.bcf:4:3: invalid XML: ")
                .asInstanceOf(type(BcfFormatException.class))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.entryName()).contains(TestZip.TOPIC_GUID + "/markup.bcf");
                });
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void refusesExternalEntitiesAndReadsNoFile(ZipSource source, @TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String markup = "<?xml version=\"1.0\"?>\n<!DOCTYPE Markup [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"> ]>\n" + TestZip.markup21("    <Description>&xxe;</Description>\n").substring(22);
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup).bytes();

        for (SchemaCheck check : SchemaCheck.values()) {
            BcfZipReader r = new BcfZipReader(BcfLimits.DEFAULTS, check);
            assertThatThrownBy(() -> source.read(r, zip))
                    .isInstanceOf(BcfFormatException.class)
                    // StAX reports where the DOCTYPE ends, at the end of line 2
                    .hasMessageMatching(TestZip.TOPIC_GUID + "/markup\\.bcf:2:9\\d: DOCTYPE declarations are not"
                            + " allowed in BCF \\(no DTDs, no entities\\)")
                    .hasMessageNotContaining("TOP-SECRET");
        }
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void refusesAnEntityExpansionBombInBcfVersion(ZipSource source) {
        String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE Version [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Version VersionId=\"&b;\"/>";
        byte[] zip = new TestZip().add("bcf.version", lol).bytes();

        assertThatThrownBy(() -> source.read(reader, zip))
                .isInstanceOf(BcfFormatException.class)
                .hasMessageStartingWith("bcf.version:2:")
                .hasMessageEndingWith("DOCTYPE declarations are not allowed in BCF (no DTDs, no entities)");
    }

    @ParameterizedTest
    @EnumSource(ZipSource.class)
    void rejectsMarkupThatViolatesTheXsdWhenAskedTo(ZipSource source) {
        String markup = TestZip.markup21("    <Index>one</Index>\n");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup).bytes();
        BcfZipReader strict = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REJECT);

        assertThatThrownBy(() -> source.read(strict, zip))
                .isInstanceOf(BcfSchemaException.class)
                .hasMessageStartingWith(TestZip.TOPIC_GUID + "/markup.bcf:7:")
                .asInstanceOf(type(BcfSchemaException.class))
                .satisfies(e -> assertThat(e.violations()).extracting(SchemaViolation::entryName, SchemaViolation::line)
                        .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(TestZip.TOPIC_GUID + "/markup.bcf", 7)));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }
}
