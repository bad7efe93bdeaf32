package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plinth.bcf.BcfArchiveAssert.assertThatArchive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BcfZipWriterTest {

    private static final BcfZipReader STRICT = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REJECT);

    private static BcfArchive trip(BcfArchive a, BcfVersion target) throws IOException {
        return STRICT.read(new ByteArrayInputStream(new BcfZipWriter(target).toBytes(a)));
    }

    @Test
    void writes30AndReadsBackEveryField() throws IOException {
        BcfArchive full = BcfModels.full();

        assertThatArchive(trip(full, BcfVersion.V3_0)).hasNoWarnings().hasSameContentAs(full);
    }

    @Test
    void writes21AndReadsBackWhatTheMappingSays() throws IOException {
        BcfArchive full = BcfModels.full();

        BcfArchive back = trip(full, BcfVersion.V2_1);

        assertThatArchive(back).hasNoWarnings().hasSameContentAs(BcfVersionMapping.expectedAfter(full,
                BcfVersion.V2_1));
        // the mapping in words: what 2.1 cannot carry
        Topic t = back.markups().get(0).topic();
        assertThat(t.serverAssignedId()).isEmpty();
        assertThat(back.documents().get(0).description()).isEmpty();
        assertThat(back.markups().get(0).viewpoints().get(0).perspectiveCamera().orElseThrow().aspectRatio())
                .isEmpty();
        // and what it does carry
        assertThat(t.documentReferences().get(0).documentGuid()).contains(BcfModels.DOCUMENT);
        assertThat(t.description()).contains("Line one\nline two\r\nwith tab\tand ünïcødé");
        assertThat(t.title()).isEqualTo("Wall <> duct & \"pipe\"");
    }

    @Test
    void mapsAbsent21FieldsWhenWriting30() throws IOException {
        BcfArchive full = BcfModels.full();
        Markup m = full.markups().get(1);
        Topic bare = m.topic();
        Topic noTypeNoStatus = new Topic(bare.guid(), bare.serverAssignedId(), Optional.empty(), Optional.empty(),
                bare.referenceLinks(), bare.title(), bare.priority(), bare.index(), bare.labels(), bare.creationDate(),
                bare.creationAuthor(), bare.modifiedDate(), bare.modifiedAuthor(), bare.dueDate(), bare.assignedTo(),
                bare.stage(), bare.description(), bare.bimSnippet(),
                List.of(new DocumentReference(Optional.empty(), Optional.empty(), Optional.of("https://x.org"),
                        Optional.empty())), bare.relatedTopicGuids());
        BcfArchive a = BcfArchive.of(BcfVersion.V2_1, Optional.empty(), Extensions.EMPTY, List.of(),
                List.of(new Markup(noTypeNoStatus, List.of(), List.of(), List.of())));

        Topic back = trip(a, BcfVersion.V3_0).markups().get(0).topic();

        assertThat(back.topicType()).contains(BcfZipWriter.UNSPECIFIED);
        assertThat(back.topicStatus()).contains(BcfZipWriter.UNSPECIFIED);
        assertThat(back.documentReferences().get(0).guid())
                .contains(BcfZipWriter.documentReferenceGuid(noTypeNoStatus, 0));
        assertThatArchive(trip(a, BcfVersion.V3_0)).hasSameContentAs(BcfVersionMapping.expectedAfter(a,
                BcfVersion.V3_0));
    }

    @Test
    void clampsTheFieldOfViewFor21() {
        assertThat(BcfZipWriter.clampFieldOfView21(35.98)).isEqualTo(45.0);
        assertThat(BcfZipWriter.clampFieldOfView21(50)).isEqualTo(50.0);
        assertThat(BcfZipWriter.clampFieldOfView21(90)).isEqualTo(60.0);
    }

    @ParameterizedTest
    @EnumSource(value = BcfVersion.class, names = {"V2_1", "V3_0"})
    void writesEntriesInAFixedOrder(BcfVersion version) throws IOException {
        List<String> names = entryNames(new BcfZipWriter(version).toBytes(BcfModels.full()));

        String t = BcfModels.TOPIC + "/";
        String v1 = "0a000000-0000-4000-8000-000000000001";
        String v2 = "0a000000-0000-4000-8000-000000000002";
        String v3 = "0a000000-0000-4000-8000-000000000003";
        List<String> topicFolder = List.of(t + "markup.bcf", t + v1 + ".bcfv", t + v1 + ".jpg",
                t + v1 + "_bitmap1.png", t + v2 + ".bcfv", t + v2 + ".png", t + v3 + ".png", t + "snippet.json",
                BcfModels.OTHER_TOPIC + "/markup.bcf", "models/model.ifc");
        List<String> expected = new ArrayList<>(version == BcfVersion.V3_0
                ? List.of("bcf.version", "project.bcfp", "extensions.xml", "documents.xml",
                "documents/" + BcfModels.DOCUMENT)
                : List.of("bcf.version", "project.bcfp", "extensions.xsd", "markup.xsd",
                "documents/" + BcfModels.DOCUMENT + "/spec.pdf"));
        expected.addAll(topicFolder);
        assertThat(names).containsExactlyElementsOf(expected);
    }

    @Test
    void writesTheSameBytesTwice() {
        BcfZipWriter writer = new BcfZipWriter(BcfVersion.V3_0);

        assertThat(writer.toBytes(BcfModels.full())).isEqualTo(writer.toBytes(BcfModels.full()));
    }

    @Test
    void refusesA30ViewpointWithoutCamera() {
        Viewpoint.Components components = new Viewpoint.Components(List.of(), Viewpoint.Visibility.DEFAULT,
                List.of());
        Viewpoint noCamera = new Viewpoint("0a000000-0000-4000-8000-00000000000f", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.of(components));
        Markup m = BcfModels.full().markups().get(1);
        BcfArchive a = BcfArchive.of(BcfVersion.V2_1, Optional.empty(), Extensions.EMPTY, List.of(),
                List.of(new Markup(m.topic(), List.of(), List.of(), List.of(noCamera))));

        assertThatThrownBy(() -> new BcfZipWriter(BcfVersion.V3_0).toBytes(a))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic " + BcfModels.OTHER_TOPIC + ", viewpoint 0a000000-0000-4000-8000-00000000000f:"
                        + " BCF 3.0 requires a camera in every viewpoint file, this one has none");
        // 2.1 allows a viewpoint without camera
        assertThat(new BcfZipWriter(BcfVersion.V2_1).toBytes(a)).isNotEmpty();
    }

    @Test
    void refusesToWrite20() {
        assertThatThrownBy(() -> new BcfZipWriter(BcfVersion.V2_0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BCF 2.0 is read, not written; write 2.1 or 3.0");
    }

    @Test
    void the21ExtensionSchemaIsAValidXsdOverTheOfficialMarkup() throws Exception {
        Map<String, byte[]> entries = new BcfZipWriter(BcfVersion.V2_1).entries(BcfModels.full());
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            assertThat(systemId).isEqualTo("markup.xsd");
            return lsInput(entries.get("markup.xsd"), systemId);
        });

        f.newSchema(new StreamSource(new ByteArrayInputStream(entries.get("extensions.xsd")), "extensions.xsd"));

        assertThat(new String(entries.get("extensions.xsd"), StandardCharsets.UTF_8))
                .contains("<xs:redefine schemaLocation=\"markup.xsd\">")
                .contains("<xs:enumeration value=\"alice@example.com\"/>");
    }

    @Test
    void dropsCharactersXmlCannotCarry() throws IOException {
        Markup m = BcfModels.full().markups().get(1);
        Topic t = m.topic();
        Topic withControl = new Topic(t.guid(), t.serverAssignedId(), t.topicType(), t.topicStatus(),
                t.referenceLinks(), "bell\u0007 and nul\u0000", t.priority(), t.index(), t.labels(), t.creationDate(),
                t.creationAuthor(), t.modifiedDate(), t.modifiedAuthor(), t.dueDate(), t.assignedTo(), t.stage(),
                t.description(), t.bimSnippet(), t.documentReferences(), t.relatedTopicGuids());
        BcfArchive a = BcfArchive.of(BcfVersion.V3_0, Optional.empty(), Extensions.EMPTY, List.of(),
                List.of(new Markup(withControl, List.of(), List.of(), List.of())));

        assertThat(trip(a, BcfVersion.V3_0).markups().get(0).topic().title()).isEqualTo("bell and nul");
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static org.w3c.dom.ls.LSInput lsInput(byte[] bytes, String systemId) {
        return new org.w3c.dom.ls.LSInput() {
            public java.io.Reader getCharacterStream() { return null; }
            public void setCharacterStream(java.io.Reader r) { }
            public InputStream getByteStream() { return new ByteArrayInputStream(bytes); }
            public void setByteStream(InputStream s) { }
            public String getStringData() { return null; }
            public void setStringData(String s) { }
            public String getSystemId() { return systemId; }
            public void setSystemId(String s) { }
            public String getPublicId() { return null; }
            public void setPublicId(String s) { }
            public String getBaseURI() { return null; }
            public void setBaseURI(String s) { }
            public String getEncoding() { return null; }
            public void setEncoding(String s) { }
            public boolean getCertifiedText() { return false; }
            public void setCertifiedText(boolean b) { }
        };
    }
}
