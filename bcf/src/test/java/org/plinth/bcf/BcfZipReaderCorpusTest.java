package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plinth.bcf.BcfArchiveAssert.assertThatArchive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plinth.bcf.Viewpoint.Component;

/** Facts the case READMEs state, read from the official archives (the corpus is read in place). */
class BcfZipReaderCorpusTest {

    private final BcfZipReader reader = new BcfZipReader();

    private BcfArchive read(String versionFolder, String caseFolder, String archive) throws IOException {
        return reader.read(BcfCorpus.root().resolve(versionFolder).resolve(caseFolder).resolve(archive));
    }

    private static Markup topic(BcfArchive a, String guid) {
        return a.markups().stream().filter(m -> m.topic().guid().equals(guid)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryTopicFieldOfMaximumInformation() throws IOException {
        BcfArchive a = read("xml-2.1", "Markup/MaximumInformation", "MaximumInformation.bcf");

        assertThat(a.version()).isEqualTo(BcfVersion.V2_1);
        assertThat(a.project()).contains(new ProjectInfo("F338B6F0-A93E-40FF-A4D6-6117CD21EC2A",
                Optional.of("BCF API Implementation")));
        Markup m = topic(a, "7ddc3ef0-0ab7-43f1-918a-45e38b42369c");
        Topic t = m.topic();
        assertThat(t.topicType()).contains("Structural");
        assertThat(t.topicStatus()).contains("Open");
        assertThat(t.referenceLinks()).containsExactly("https://bim--it.net");
        assertThat(t.title()).isEqualTo("Maximum Content");
        assertThat(t.priority()).contains("High");
        assertThat(t.index()).contains(0);
        assertThat(t.labels()).containsExactly("Structural", "IT Development");
        assertThat(t.creationDate()).isEqualTo(Instant.parse("2015-06-21T12:00:00Z"));
        assertThat(t.creationAuthor()).isEqualTo("dangl@iabi.eu");
        assertThat(t.modifiedDate()).contains(Instant.parse("2015-06-21T14:22:47Z"));
        assertThat(t.modifiedAuthor()).contains("dangl@iabi.eu");
        assertThat(t.dueDate()).contains(Instant.parse("2016-10-02T14:22:47Z"));
        assertThat(t.assignedTo()).contains("linhard@iabi.eu");
        assertThat(t.stage()).contains("Construction Start");
        assertThat(t.description()).contains("This is a topic with all informations present.");
        assertThat(t.relatedTopicGuids()).containsExactly("d1068c81-af04-4546-b63c-348810f6c716");

        BimSnippet snippet = t.bimSnippet().orElseThrow();
        assertThat(snippet.snippetType()).isEqualTo("JSON");
        assertThat(snippet.external()).isFalse();
        assertThat(snippet.reference()).isEqualTo("JsonElement.json");
        assertThat(snippet.referenceSchema()).isEqualTo("http://json-schema.org");
        assertThat(snippet.content()).isPresent();

        // one external URL, one internal file ("../markup.xsd") that becomes a document
        assertThat(t.documentReferences()).extracting(DocumentReference::url, DocumentReference::description)
                .containsExactly(tuple(Optional.of("https://github.com/BuildingSMART/BCF-XML"),
                        Optional.of("GitHub BCF Specification")), tuple(Optional.empty(),
                        Optional.of("Markup.xsd Schema")));
        Document schemaDocument = a.document(t.documentReferences().get(1).documentGuid().orElseThrow()).orElseThrow();
        assertThat(schemaDocument.filename()).isEqualTo("markup.xsd");
        assertThat(new String(schemaDocument.content().toByteArray(), StandardCharsets.UTF_8))
                .contains("<xs:element name=\"Markup\">");

        assertThat(m.headerFiles()).containsExactly(new HeaderFile(Optional.of("0M6o7Znnv7hxsbWgeu7oQq"),
                Optional.of("23B$bNeGHFQuMYJzvUX0FD"), false, Optional.of("IfcPile_01.ifc"),
                Optional.of(Instant.parse("2014-10-27T16:27:27Z")), Optional.of("../IfcPile_01.ifc")));
        // the IFC file the header points to is kept as an attachment
        assertThat(a.attachments()).extracting(Attachment::path).containsExactly("IfcPile_01.ifc");

        assertThat(m.comments()).hasSize(4);
        assertThat(m.comments().get(2).viewpointGuid()).contains("4ab7514b-b216-4d56-98d2-45cf8500ff5a");
        assertThat(m.comments().get(3).modifiedDate()).contains(Instant.parse("2015-08-31T16:07:11Z"));
        assertThat(m.comments().get(0).text().orElseThrow()).startsWith("This is an unmodified topic");
    }

    @Test
    void readsViewpointWithComponentsLinesPlanesAndBitmaps() throws IOException {
        BcfArchive a = read("xml-2.1", "Markup/MaximumInformation", "MaximumInformation.bcf");
        Markup m = topic(a, "7ddc3ef0-0ab7-43f1-918a-45e38b42369c");

        assertThat(m.viewpoints()).extracting(Viewpoint::guid, Viewpoint::index).containsExactly(
                tuple("4ab7514b-b216-4d56-98d2-45cf8500ff5a", Optional.of(2)),
                tuple("fc4019d7-365e-47f3-b6d0-b39fc48f15fc", Optional.of(0)),
                tuple("9a4a1878-ecbd-4916-83a8-dad82e560231", Optional.of(1)));
        Viewpoint v = m.viewpoints().get(0);
        assertThat(v.snapshot().orElseThrow().format()).isEqualTo(ImageFormat.PNG);
        assertThat(v.perspectiveCamera().orElseThrow().fieldOfView()).isEqualTo(60.0);
        assertThat(v.perspectiveCamera().orElseThrow().aspectRatio()).isEmpty();
        assertThat(v.orthogonalCamera()).isEmpty();
        assertThat(v.lines()).hasSize(3);
        assertThat(v.clippingPlanes()).hasSize(2);
        assertThat(v.bitmaps()).extracting(Viewpoint.Bitmap::format, Viewpoint.Bitmap::location,
                Viewpoint.Bitmap::height).containsExactly(
                tuple(ImageFormat.PNG, new Vector3(10, -10, 7), 5.0),
                tuple(ImageFormat.PNG, new Vector3(20, -10, 7), 5.0));
        assertThat(v.bitmaps().get(1).content().size()).isPositive();

        Viewpoint.Components c = v.components().orElseThrow();
        assertThat(c.selection()).hasSize(5).first().isEqualTo(Component.ofIfcGuid("0cSRUx$EX1NRjqiKcYQ$a0"));
        assertThat(c.visibility().defaultVisibility()).isTrue();
        assertThat(c.visibility().exceptions()).hasSize(5);
        assertThat(c.visibility().viewSetupHints()).contains(new Viewpoint.ViewSetupHints(true, true, true));
        assertThat(c.coloring()).singleElement().satisfies(color -> {
            assertThat(color.color()).isEqualTo("3498DB");
            assertThat(color.components()).hasSize(4);
        });
        assertThat(m.viewpoints().get(1).components().orElseThrow().visibility().defaultVisibility()).isFalse();
    }

    @Test
    void readsTheExtensionSchemaOf21() throws IOException {
        BcfArchive a = read("xml-2.1", "Project/ExtensionSchema", "ExtensionSchema.bcf");

        Extensions e = a.extensions();
        assertThat(e.topicTypes()).containsExactly("Information", "Warning", "Error", "Request");
        assertThat(e.topicStatuses()).containsExactly("Open", "Closed", "Reopened");
        assertThat(e.topicLabels()).containsExactly("Development", "Architecture", "MEP");
        assertThat(e.snippetTypes()).containsExactly("IFC2X3", "IFC4", "JSON");
        assertThat(e.priorities()).containsExactly("Low", "Medium", "High");
        assertThat(e.users()).containsExactly("Architect@example.com", "MEPEngineer@example.com",
                "Developer@example.com");
        assertThat(e.stages()).isEmpty();
    }

    @Test
    void readsAnExternalBimSnippet() throws IOException {
        BcfArchive a = read("xml-2.1", "Markup/ExternalBIMSnippet", "ExternalBIMSnippet.bcf");

        BimSnippet s = a.markups().get(0).topic().bimSnippet().orElseThrow();
        assertThat(s.external()).isTrue();
        assertThat(s.reference()).startsWith("http");
        assertThat(s.content()).isEmpty();
    }

    @Test
    void readsA30InternalDocumentReference() throws IOException {
        BcfArchive a = read("xml-3.0", "Markup/Document reference internal", "Document reference internal.bcf");

        assertThat(a.version()).isEqualTo(BcfVersion.V3_0);
        assertThat(a.documents()).containsExactly(new Document("b1d1b7f0-60b9-457d-ad12-16e0fb997bc5",
                "ThisIsADocument.txt", Optional.empty(), BinaryContent.empty()));
        Topic t = a.markups().get(0).topic();
        assertThat(t.serverAssignedId()).contains("6");
        assertThat(t.documentReferences()).containsExactly(new DocumentReference(
                Optional.of("048e898f-555f-47c3-a273-6c664fb2ef69"),
                Optional.of("b1d1b7f0-60b9-457d-ad12-16e0fb997bc5"), Optional.empty(),
                Optional.of("ThisIsADocument.txt")));
        assertThat(a.extensions().users()).containsExactly("Architect@example.com", "Engineer@example.com",
                "MEPDesigner@example.com");
        assertThat(a.extensions().topicStatuses()).containsExactly("OPEN", "IN_PROGRESS", "SOLVED", "CLOSED");
        assertThat(a.attachments()).isEmpty();
    }

    @Test
    void readsDueDateLabelsAndAssignment30() throws IOException {
        assertThat(read("xml-3.0", "Markup/Due Date", "DueDate.bcf").markups().get(0).topic().dueDate())
                .contains(Instant.parse("2021-03-15T11:00:00Z"));
        assertThat(read("xml-3.0", "Markup/Labels", "Labels.bcf").markups().get(0).topic().labels())
                .containsExactly("Architects");
        assertThat(read("xml-3.0", "Markup/User assignment", "User assignment.bcf").markups().get(0).topic()
                .assignedTo()).contains("Architect@example.com");
    }

    @Test
    void readsThe30OrthogonalCameraWithAspectRatio() throws IOException {
        BcfArchive a = read("xml-3.0", "Visualization/Orthogonal camera", "orthogonal camera.bcf");

        Viewpoint.OrthogonalCamera o = a.markups().get(0).viewpoints().get(0).orthogonalCamera().orElseThrow();
        assertThat(o.viewPoint()).isEqualTo(new Vector3(9.928923736113727, -12.825000000000015, 31.784224509439586));
        assertThat(o.direction()).isEqualTo(new Vector3(0, 0, -1));
        assertThat(o.upVector()).isEqualTo(new Vector3(-1, 0, 0));
        assertThat(o.viewToWorldScale()).isEqualTo(12.079612252278443);
        assertThat(o.aspectRatio()).contains(1.4694783573806882);
    }

    @Test
    void readsVisibilityCases() throws IOException {
        Viewpoint.Visibility visibleWall = read("xml-3.0", "Visualization/Single visible wall",
                "single visible wall.bcf").markups().get(0).viewpoints().get(0).components().orElseThrow()
                .visibility();
        Viewpoint.Visibility invisibleWall = read("xml-3.0", "Visualization/Single invisible wall",
                "single invisible wall.bcf").markups().get(0).viewpoints().get(0).components().orElseThrow()
                .visibility();
        Viewpoint.Visibility spaces21 = read("xml-2.1", "Visualization/all components and spaces visible",
                "case.bcf").markups().get(0).viewpoints().get(0).components().orElseThrow().visibility();

        assertThat(visibleWall.defaultVisibility()).isFalse();
        assertThat(visibleWall.exceptions()).hasSize(1);
        assertThat(invisibleWall.defaultVisibility()).isTrue();
        assertThat(invisibleWall.exceptions()).hasSize(1);
        assertThat(spaces21.defaultVisibility()).isTrue();
        assertThat(spaces21.viewSetupHints().orElseThrow().spacesVisible()).isTrue();
    }

    @Test
    void countsOverTheWholeCorpus() throws IOException {
        int[] totals = new int[6];
        for (String folder : new String[] {"xml-2.1", "xml-3.0"}) {
            for (java.nio.file.Path p : BcfCorpus.archives(folder)) {
                BcfArchive a = reader.read(p);
                BcfArchiveAssert o = assertThatArchive(a);
                totals[0] += a.markups().size();
                totals[1] += o.countComments();
                totals[2] += o.countViewpoints();
                totals[3] += o.countComponents();
                totals[4] += o.countSnapshots();
                totals[5] += o.countDocumentReferences();
            }
        }
        // topics, comments, viewpoints, component mentions, snapshots, document references: the round-trip tests
        // keep each of these per case; the totals pin the corpus so a silently skipped part shows up here. Counted
        // independently with grep over the unzipped/ copies: 33 markup.bcf, 22 "<Comment Guid", 23 .bcfv files,
        // 138 "<Component" elements, 23 snapshot images, 5 "<DocumentReference" elements.
        assertThat(totals).containsExactly(33, 22, 23, 138, 23, 5);
    }
}
