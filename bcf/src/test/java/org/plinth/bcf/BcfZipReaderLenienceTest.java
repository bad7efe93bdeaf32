package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plinth.bcf.Viewpoint.Component;

/** What the reader tolerates: BCF 2.0, extra elements, odd file names, missing optional files, slow streams. */
class BcfZipReaderLenienceTest {

    private final BcfZipReader reader = new BcfZipReader();

    private static final String CAMERA = "<PerspectiveCamera><CameraViewPoint><X>1</X><Y>2</Y><Z>3</Z>"
            + "</CameraViewPoint><CameraDirection><X>0</X><Y>1</Y><Z>0</Z></CameraDirection><CameraUpVector><X>0</X>"
            + "<Y>0</Y><Z>1</Z></CameraUpVector><FieldOfView>60</FieldOfView></PerspectiveCamera>";
    private static final String VP = "0a000000-0000-4000-8000-000000000001";

    @Test
    void reads20FlatComponentsAsSelectionVisibilityAndColoring() throws IOException {
        String markup = TestZip.markup21("").replace("</Topic>\n", "</Topic>\n  <Comment Guid=\""
                + "0c000000-0000-4000-8000-000000000001\"><VerbalStatus>open</VerbalStatus><Status>Error</Status>"
                + "<Date>2014-01-01T00:00:00</Date><Author>a</Author><Comment>old style</Comment>"
                + "<Topic Guid=\"" + TestZip.TOPIC_GUID + "\"/></Comment>\n  <Viewpoints Guid=\"" + VP + "\">"
                + "<Viewpoint>viewpoint.bcfv</Viewpoint><Snapshot>snapshot.png</Snapshot></Viewpoints>\n");
        String visinfo = "<VisualizationInfo><Components>"
                + "<Component IfcGuid=\"2O2Fr$t4X7Zf8NOew3FLOH\" Selected=\"true\" Visible=\"true\" Color=\"ff0000\">"
                + "<OriginatingSystem>Revit</OriginatingSystem></Component>"
                + "<Component IfcGuid=\"3cUkl32yn9qRSPvBJVyWYp\" Visible=\"false\"/>"
                + "<Component IfcGuid=\"1hOSvn6df7F8_7GcBWlR72\" Color=\"FF0000\"/>"
                + "</Components>" + CAMERA
                + "<Bitmaps><Bitmap>JPG</Bitmap><Reference>b.jpg</Reference><Location><X>0</X><Y>0</Y><Z>0</Z>"
                + "</Location><Normal><X>0</X><Y>0</Y><Z>1</Z></Normal><Up><X>0</X><Y>1</Y><Z>0</Z></Up>"
                + "<Height>2</Height></Bitmaps></VisualizationInfo>";
        byte[] zip = new TestZip().add("bcf.version", "<Version VersionId=\"2.0\"/>")
                .add(TestZip.TOPIC_GUID + "/markup.bcf", markup)
                .add(TestZip.TOPIC_GUID + "/viewpoint.bcfv", visinfo)
                .add(TestZip.TOPIC_GUID + "/snapshot.png", BcfModels.PNG)
                .add(TestZip.TOPIC_GUID + "/b.jpg", BcfModels.JPEG).bytes();

        BcfArchive a = reader.read(new ByteArrayInputStream(zip));

        assertThat(a.version()).isEqualTo(BcfVersion.V2_0);
        assertThat(a.warnings()).isEmpty();
        Markup m = a.markups().get(0);
        assertThat(m.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).contains("old style");
            assertThat(c.date()).hasToString("2014-01-01T00:00:00Z"); // no offset: UTC
        });
        Viewpoint v = m.viewpoints().get(0);
        Viewpoint.Components c = v.components().orElseThrow();
        assertThat(c.selection()).containsExactly(new Component(Optional.of("2O2Fr$t4X7Zf8NOew3FLOH"),
                Optional.of("Revit"), Optional.empty()));
        assertThat(c.visibility().defaultVisibility()).isTrue();
        assertThat(c.visibility().exceptions()).containsExactly(Component.ofIfcGuid("3cUkl32yn9qRSPvBJVyWYp"));
        assertThat(c.coloring()).singleElement().satisfies(color -> {
            assertThat(color.color()).isEqualTo("FF0000");
            assertThat(color.components()).extracting(x -> x.ifcGuid().orElseThrow())
                    .containsExactly("2O2Fr$t4X7Zf8NOew3FLOH", "1hOSvn6df7F8_7GcBWlR72");
        });
        assertThat(v.bitmaps()).singleElement().satisfies(b -> {
            assertThat(b.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(b.content().toByteArray()).isEqualTo(BcfModels.JPEG);
        });
        // and it writes as valid 2.1 and 3.0
        for (BcfVersion target : List.of(BcfVersion.V2_1, BcfVersion.V3_0)) {
            BcfArchive back = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REJECT).read(
                    new ByteArrayInputStream(new BcfZipWriter(target).toBytes(a)));
            assertThat(back.markups().get(0).viewpoints().get(0).components()).isEqualTo(v.components());
        }
    }

    @Test
    void ignoresUnknownElementsAndAttributesAndReadsABom() throws IOException {
        String markup = "\uFEFF" + TestZip.markup21("    <VendorExtra foo=\"bar\"><Deep/></VendorExtra>\n")
                .replace("<Topic Guid", "<Topic Vendor=\"x\" Guid")
                .replace("<Markup>", "<Markup xmlns:v=\"urn:vendor\"><v:Info>vendor data</v:Info>");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup).bytes();

        BcfArchive a = reader.read(new ByteArrayInputStream(zip));

        assertThat(a.markups().get(0).topic().title()).isEqualTo("t");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void warnsAboutMissingFilesAndResolvesNamesIgnoringCase() throws IOException {
        String markup = TestZip.markup21("    <DocumentReference isExternal=\"false\"><ReferencedDocument>"
                + "../gone.pdf</ReferencedDocument></DocumentReference>\n").replace("</Topic>\n", "</Topic>\n"
                + "  <Viewpoints Guid=\"" + VP + "\"><Viewpoint>missing.bcfv</Viewpoint>"
                + "<Snapshot>SNAPSHOT.PNG</Snapshot></Viewpoints>\n");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup)
                .add(TestZip.TOPIC_GUID + "/snapshot.png", BcfModels.PNG).bytes();

        BcfArchive a = reader.read(new ByteArrayInputStream(zip));

        Markup m = a.markups().get(0);
        assertThat(m.viewpoints().get(0).snapshot().orElseThrow().content().toByteArray()).isEqualTo(BcfModels.PNG);
        assertThat(m.topic().documentReferences().get(0).url()).contains("../gone.pdf");
        assertThat(a.warnings()).containsExactly(
                TestZip.TOPIC_GUID + "/markup.bcf:7: internal document '../gone.pdf' not in the zip;"
                        + " kept as its reference text",
                TestZip.TOPIC_GUID + "/markup.bcf:9: viewpoint file 'missing.bcfv' not in the zip");
        assertThat(a.attachments()).isEmpty();
    }

    @Test
    void readsTheSameFromAStreamThatDeliversOneByteAtATime() throws IOException {
        java.nio.file.Path file = BcfCorpus.root().resolve("xml-2.1/Markup/MaximumInformation/MaximumInformation.bcf");
        byte[] bytes = Files.readAllBytes(file);

        BcfArchive whole = reader.read(new ByteArrayInputStream(bytes));
        BcfArchive trickled = reader.read(new OneByteInputStream(new ByteArrayInputStream(bytes)));

        BcfArchiveAssert.assertThatArchive(trickled).hasSameContentAs(whole);
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", TestZip.markup21("")).bytes();
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(zip)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        reader.read(in);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void readsAZipWithoutTopicsAsAnEmptyArchive() throws IOException {
        BcfArchive a = reader.read(TestZip.bcf30().add("extensions.xml",
                "<Extensions><TopicTypes><TopicType>Issue</TopicType></TopicTypes></Extensions>"
                        .getBytes(StandardCharsets.UTF_8)).stream());

        assertThat(a.markups()).isEmpty();
        assertThat(a.extensions().topicTypes()).containsExactly("Issue");
        assertThat(a.warnings()).containsExactly("no topic folder with a markup.bcf");
    }

    @Test
    void aFileIsReadThroughItsCentralDirectoryWhichAStreamCannotDo() throws IOException {
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", TestZip.markup21("")).bytes();
        byte[] prefixed = new byte[zip.length + 64]; // e.g. a self-extractor stub before the first entry
        System.arraycopy(zip, 0, prefixed, 64, zip.length);

        assertThat(ZipSource.FILE.read(reader, prefixed).markups()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ZipSource.STREAM.read(reader, prefixed))
                .isInstanceOf(BcfFormatException.class)
                .hasMessage("not a zip (no entries found)");
    }

    @Test
    void warnsAboutASnapshotThatIsNoImage() throws IOException {
        String markup = TestZip.markup21("").replace("</Topic>\n", "</Topic>\n  <Viewpoints Guid=\"" + VP
                + "\"><Snapshot>snapshot.png</Snapshot></Viewpoints>\n");
        byte[] zip = TestZip.bcf21().add(TestZip.TOPIC_GUID + "/markup.bcf", markup)
                .add(TestZip.TOPIC_GUID + "/snapshot.png", "<html>not an image</html>").bytes();

        BcfArchive a = reader.read(new ByteArrayInputStream(zip));

        Viewpoint.Snapshot s = a.markups().get(0).viewpoints().get(0).snapshot().orElseThrow();
        assertThat(ImageFormat.ofContent(s.content())).isEmpty();
        assertThat(ImageFormat.ofContent(BinaryContent.copyOf(BcfModels.JPEG))).contains(ImageFormat.JPEG);
        assertThat(a.warnings()).containsExactly(TestZip.TOPIC_GUID + "/markup.bcf:8: snapshot 'snapshot.png'"
                + " is neither PNG nor JPEG; kept as PNG");
    }

    /** Returns at most one byte per read call, to catch buffer-boundary bugs. */
    private static final class OneByteInputStream extends FilterInputStream {
        OneByteInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(1, len));
        }
    }
}
