package org.plinth.bcf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plinth.bcf.Viewpoint.Bitmap;
import org.plinth.bcf.Viewpoint.ClippingPlane;
import org.plinth.bcf.Viewpoint.Coloring;
import org.plinth.bcf.Viewpoint.Component;
import org.plinth.bcf.Viewpoint.Components;
import org.plinth.bcf.Viewpoint.Line;
import org.plinth.bcf.Viewpoint.OrthogonalCamera;
import org.plinth.bcf.Viewpoint.PerspectiveCamera;
import org.plinth.bcf.Viewpoint.Snapshot;
import org.plinth.bcf.Viewpoint.ViewSetupHints;
import org.plinth.bcf.Viewpoint.Visibility;

/** Models built in code, with every field set, for writer tests. */
final class BcfModels {

    static final String TOPIC = "11111111-2222-4333-8444-555555555555";
    static final String OTHER_TOPIC = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    static final String DOCUMENT = "dddddddd-0000-4000-8000-000000000001";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 4, 5, 6};

    private BcfModels() {
    }

    /** Everything both versions can carry, so a same-version and a cross-version trip must both give it back. */
    static BcfArchive full() {
        Instant created = Instant.parse("2024-05-06T07:08:09Z");
        Viewpoint perspective = new Viewpoint("0a000000-0000-4000-8000-000000000001", Optional.of(1),
                Optional.of(new Snapshot(ImageFormat.JPEG, BinaryContent.copyOf(JPEG))), Optional.empty(),
                Optional.of(new PerspectiveCamera(new Vector3(1.5, -2.25, 3), new Vector3(0, 1, 0),
                        new Vector3(0, 0, 1), 50, Optional.of(1.25))),
                List.of(new Line(new Vector3(0, 0, 0), new Vector3(1, 1, 1))),
                List.of(new ClippingPlane(new Vector3(0, 0, 2.5), new Vector3(0, 0, -1))),
                List.of(new Bitmap(ImageFormat.PNG, BinaryContent.copyOf(PNG), new Vector3(1, 2, 3),
                        new Vector3(0, 1, 0), new Vector3(0, 0, 1), 2.5)),
                Optional.of(new Components(
                        List.of(new Component(Optional.of("2O2Fr$t4X7Zf8NOew3FLOH"), Optional.of("Revit"),
                                Optional.of("123456"))),
                        new Visibility(true, List.of(Component.ofIfcGuid("3cUkl32yn9qRSPvBJVyWYp")),
                                Optional.of(new ViewSetupHints(true, false, true))),
                        List.of(new Coloring("FF00AA", List.of(Component.ofIfcGuid("2O2Fr$t4X7Zf8NOew3FLOH"))),
                                new Coloring("80FF0000", List.of(Component.ofIfcGuid("3cUkl32yn9qRSPvBJVyWYp")))))));
        Viewpoint orthogonal = new Viewpoint("0a000000-0000-4000-8000-000000000002", Optional.empty(),
                Optional.of(new Snapshot(ImageFormat.PNG, BinaryContent.copyOf(PNG))),
                Optional.of(new OrthogonalCamera(new Vector3(10, 20, 30), new Vector3(0, 0, -1), new Vector3(0, 1, 0),
                        12.5, Optional.of(1.5))), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
        Viewpoint snapshotOnly = new Viewpoint("0a000000-0000-4000-8000-000000000003", Optional.of(3),
                Optional.of(new Snapshot(ImageFormat.PNG, BinaryContent.copyOf(PNG))), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
        Topic topic = new Topic(TOPIC, Optional.of("ISSUE-7"), Optional.of("Clash"), Optional.of("Open"),
                List.of("https://example.com/a", "https://example.com/b"),
                "Wall <> duct & \"pipe\"", Optional.of("High"), Optional.of(7), List.of("MEP", "Structure"),
                created, "alice@example.com", Optional.of(created.plusSeconds(60)), Optional.of("bob@example.com"),
                Optional.of(Instant.parse("2024-06-01T00:00:00.125Z")), Optional.of("carol@example.com"),
                Optional.of("Design"), Optional.of("Line one\nline two\r\nwith tab\tand ünïcødé"),
                Optional.of(new BimSnippet("JSON", false, "snippet.json", "http://json-schema.org",
                        Optional.of(BinaryContent.copyOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8))))),
                List.of(new DocumentReference(Optional.of("0d000000-0000-4000-8000-000000000001"),
                                Optional.of(DOCUMENT), Optional.empty(), Optional.of("the spec")),
                        new DocumentReference(Optional.of("0d000000-0000-4000-8000-000000000002"), Optional.empty(),
                                Optional.of("https://example.com/doc.pdf"), Optional.empty())),
                List.of(OTHER_TOPIC));
        Markup markup = new Markup(topic,
                List.of(new HeaderFile(Optional.of("0M6o7Znnv7hxsbWgeu7oQq"), Optional.of("23B$bNeGHFQuMYJzvUX0FD"),
                        true, Optional.of("model.ifc"), Optional.of(created), Optional.of("https://example.com/m"))),
                List.of(new Comment("0c000000-0000-4000-8000-000000000001", created, "alice@example.com",
                                Optional.of("first"), Optional.of(perspective.guid()), Optional.of(created),
                                Optional.of("bob@example.com")),
                        new Comment("0c000000-0000-4000-8000-000000000002", created, "bob@example.com",
                                Optional.of("second"), Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(perspective, orthogonal, snapshotOnly));
        Topic other = new Topic(OTHER_TOPIC, Optional.empty(), Optional.of("Request"), Optional.of("Closed"),
                List.of(), "Other", Optional.empty(), Optional.empty(), List.of(), created, "bob@example.com",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(TOPIC));
        Extensions extensions = new Extensions(List.of("Clash", "Request"), List.of("Open", "Closed"),
                List.of("Low", "High"), List.of("MEP", "Structure"), List.of("alice@example.com", "bob@example.com"),
                List.of("JSON"), List.of("Design"));
        return new BcfArchive(BcfVersion.V3_0, Optional.of(new ProjectInfo("p-1", Optional.of("Plinth tower"))),
                extensions, List.of(new Document(DOCUMENT, "spec.pdf", Optional.of("Specification"),
                BinaryContent.copyOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))),
                List.of(markup, new Markup(other, List.of(), List.of(), List.of())),
                List.of(new Attachment("models/model.ifc", BinaryContent.copyOf(
                        "ISO-10303-21;".getBytes(StandardCharsets.US_ASCII)))), List.of(), List.of());
    }
}
