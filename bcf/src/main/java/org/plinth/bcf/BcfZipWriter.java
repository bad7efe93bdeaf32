package org.plinth.bcf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.plinth.bcf.Viewpoint.Bitmap;
import org.plinth.bcf.Viewpoint.ClippingPlane;
import org.plinth.bcf.Viewpoint.Coloring;
import org.plinth.bcf.Viewpoint.Component;
import org.plinth.bcf.Viewpoint.Components;
import org.plinth.bcf.Viewpoint.Line;
import org.plinth.bcf.Viewpoint.OrthogonalCamera;
import org.plinth.bcf.Viewpoint.PerspectiveCamera;
import org.plinth.bcf.Viewpoint.ViewSetupHints;

/**
 * Writes a {@link BcfArchive} as a BCF-XML 2.1 or 3.0 zip. The output is deterministic: entries in a fixed order
 * ({@code bcf.version}, {@code project.bcfp}, extensions, documents, then each topic folder in model order with
 * {@code markup.bcf}, viewpoints, snapshots, bitmaps, snippet, then attachments) with a fixed timestamp, so the same
 * archive always gives the same bytes. Every XML part it writes validates against the official XSD of the target
 * version (the module's tests check this over the official test cases); how fields map between versions is in the
 * module README.
 *
 * <p>Thread-safe and stateless apart from the target version.
 */
public final class BcfZipWriter {

    /** Written for 3.0 when a topic has no {@code TopicType}/{@code TopicStatus} (2.x makes them optional, 3.0 not). */
    public static final String UNSPECIFIED = "Unspecified";

    /** 2.1's XSD restricts {@code FieldOfView} to [45, 60]; values outside are clamped when writing 2.1. */
    static final double MIN_FIELD_OF_VIEW_2_1 = 45;
    static final double MAX_FIELD_OF_VIEW_2_1 = 60;

    /** Fixed entry time: local date-time, so the bytes do not depend on the JVM's time zone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final BcfVersion target;

    /** @param target {@link BcfVersion#V2_1} or {@link BcfVersion#V3_0} */
    public BcfZipWriter(BcfVersion target) {
        this.target = Objects.requireNonNull(target, "target");
        if (target == BcfVersion.V2_0) {
            throw new IllegalArgumentException("BCF 2.0 is read, not written; write 2.1 or 3.0");
        }
    }

    public BcfVersion target() {
        return target;
    }

    /**
     * Writes the zip to {@code out} (not closed).
     *
     * @throws IllegalArgumentException when the archive cannot be expressed in the target version (a viewpoint with
     *                                  visualization info but no camera in 3.0, two topics with one guid)
     */
    public void write(BcfArchive archive, OutputStream out) throws IOException {
        Map<String, byte[]> entries = entries(archive);
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(ENTRY_TIME);
            if (isCompressedImage(e.getValue())) {
                // PNG and JPEG are compressed already; deflating them again costs time (6.5x the whole write on a
                // snapshot-heavy export) and gains nothing.
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                entry.setCompressedSize(e.getValue().length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.close();
    }

    /** By magic bytes, whatever the name: a PNG or JPEG under another name is still compressed. */
    private static boolean isCompressedImage(byte[] bytes) {
        return ImageFormat.sniff(bytes) != null;
    }

    public void write(BcfArchive archive, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(archive, out);
        }
    }

    public byte[] toBytes(BcfArchive archive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(archive, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    /** Entry name → bytes in write order. */
    Map<String, byte[]> entries(BcfArchive archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        boolean v3 = target == BcfVersion.V3_0;
        entries.put("bcf.version", versionXml());
        if (v3) {
            archive.project().ifPresent(p -> entries.put("project.bcfp", projectXml3(p)));
            entries.put("extensions.xml", extensionsXml3(archive.extensions()));
            if (!archive.documents().isEmpty()) {
                entries.put("documents.xml", documentsXml3(archive.documents()));
                for (Document d : archive.documents()) {
                    entries.put("documents/" + d.guid(), d.content().bytes());
                }
            }
        } else {
            boolean withExtensions = !archive.extensions().isEmpty();
            if (archive.project().isPresent() || withExtensions) {
                entries.put("project.bcfp", projectXml2(archive.project(), withExtensions));
            }
            if (withExtensions) {
                entries.put("extensions.xsd", extensionsXsd2(archive.extensions()));
                entries.put("markup.xsd", officialMarkupXsd21());
            }
            for (Document d : archive.documents()) {
                entries.put(documentPath2(d), d.content().bytes());
            }
        }
        Set<String> topicGuids = new HashSet<>();
        for (Markup m : archive.markups()) {
            String folder = m.topic().guid() + "/";
            if (!topicGuids.add(m.topic().guid())) {
                throw new IllegalArgumentException("two topics with guid " + m.topic().guid());
            }
            entries.put(folder + "markup.bcf", v3 ? markupXml3(m) : markupXml2(m, archive));
            for (Viewpoint v : m.viewpoints()) {
                if (v.hasVisualizationInfo()) {
                    entries.put(folder + viewpointFileName(v), v3 ? visinfoXml3(m, v) : visinfoXml2(v));
                }
                v.snapshot().ifPresent(s -> entries.put(folder + snapshotFileName(v), s.content().bytes()));
                List<Bitmap> bitmaps = v.bitmaps();
                for (int i = 0; i < bitmaps.size(); i++) {
                    entries.put(folder + bitmapFileName(v, i), bitmaps.get(i).content().bytes());
                }
            }
            Optional<BimSnippet> snippet = m.topic().bimSnippet();
            if (snippet.isPresent() && !snippet.get().external() && snippet.get().content().isPresent()) {
                String path = BcfZipReader.normalize(folder + snippet.get().reference().trim().replace('\\', '/'));
                if (path != null && !path.isEmpty()) {
                    entries.putIfAbsent(path, snippet.get().content().get().bytes());
                }
            }
        }
        for (Attachment a : archive.attachments()) {
            // A generated part wins over an attachment that happens to have its name.
            entries.putIfAbsent(a.path(), a.content().bytes());
        }
        return entries;
    }

    // ---- names

    static String viewpointFileName(Viewpoint v) {
        return v.guid() + ".bcfv";
    }

    static String snapshotFileName(Viewpoint v) {
        return v.guid() + "." + v.snapshot().map(s -> s.format().extension()).orElse("png");
    }

    static String bitmapFileName(Viewpoint v, int i) {
        return v.guid() + "_bitmap" + (i + 1) + "." + v.bitmaps().get(i).format().extension();
    }

    /** 2.1 has no documents.xml: documents live at {@code documents/<guid>/<filename>}, which the reader maps back. */
    static String documentPath2(Document d) {
        String name = d.filename().replace('/', '_').replace('\\', '_');
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        return "documents/" + d.guid() + "/" + name;
    }

    /** A 3.0 document reference must have a guid; one derived from topic and position is stable across writes. */
    static String documentReferenceGuid(Topic t, int i) {
        return t.documentReferences().get(i).guid().orElseGet(() -> UUID.nameUUIDFromBytes(
                ("bcf-document-reference:" + t.guid() + ":" + i).getBytes(StandardCharsets.UTF_8)).toString());
    }

    // ---- version, project, extensions, documents

    private byte[] versionXml() {
        XmlOutput x = new XmlOutput().start("Version").attribute("VersionId", target.versionId());
        if (target == BcfVersion.V2_1) {
            x.element("DetailedVersion", "2.1");
        }
        return x.end().toBytes();
    }

    private static byte[] projectXml3(ProjectInfo p) {
        XmlOutput x = new XmlOutput().start("ProjectInfo").start("Project").attribute("ProjectId", p.projectId());
        p.name().ifPresent(n -> x.element("Name", n));
        return x.end().end().toBytes();
    }

    private static byte[] projectXml2(Optional<ProjectInfo> project, boolean withExtensions) {
        XmlOutput x = new XmlOutput().start("ProjectExtension");
        project.ifPresent(p -> {
            x.start("Project").attribute("ProjectId", p.projectId());
            p.name().ifPresent(n -> x.element("Name", n));
            x.end();
        });
        return x.element("ExtensionSchema", withExtensions ? "extensions.xsd" : "").end().toBytes();
    }

    private static byte[] extensionsXml3(Extensions e) {
        XmlOutput x = new XmlOutput().start("Extensions");
        list(x, "TopicTypes", "TopicType", e.topicTypes());
        list(x, "TopicStatuses", "TopicStatus", e.topicStatuses());
        list(x, "Priorities", "Priority", e.priorities());
        list(x, "TopicLabels", "TopicLabel", e.topicLabels());
        list(x, "Users", "User", e.users());
        list(x, "SnippetTypes", "SnippetType", e.snippetTypes());
        list(x, "Stages", "Stage", e.stages());
        return x.end().toBytes();
    }

    private static void list(XmlOutput x, String wrapper, String item, List<String> values) {
        x.start(wrapper);
        for (String v : values) {
            if (!v.isBlank()) {
                x.element(item, v);
            }
        }
        x.end();
    }

    /**
     * 2.x extensions: an XSD that redefines markup.xsd's simple types with enumerations (the layout of the official
     * sample). markup.xsd has no SnippetType, so snippet types are a plain named type beside the redefinition.
     */
    private static byte[] extensionsXsd2(Extensions e) {
        XmlOutput x = new XmlOutput().start("xs:schema").attribute("xmlns:xs", "http://www.w3.org/2001/XMLSchema");
        boolean redefines = !e.topicTypes().isEmpty() || !e.topicStatuses().isEmpty() || !e.topicLabels().isEmpty()
                || !e.priorities().isEmpty() || !e.users().isEmpty() || !e.stages().isEmpty();
        if (redefines) {
            x.start("xs:redefine").attribute("schemaLocation", "markup.xsd");
            enumeration(x, "TopicType", "TopicType", e.topicTypes());
            enumeration(x, "TopicStatus", "TopicStatus", e.topicStatuses());
            enumeration(x, "TopicLabel", "TopicLabel", e.topicLabels());
            enumeration(x, "Priority", "Priority", e.priorities());
            enumeration(x, "UserIdType", "UserIdType", e.users());
            enumeration(x, "Stage", "Stage", e.stages());
            x.end();
        }
        enumeration(x, "SnippetType", "xs:string", e.snippetTypes());
        return x.end().toBytes();
    }

    private static void enumeration(XmlOutput x, String type, String base, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        x.start("xs:simpleType").attribute("name", type).start("xs:restriction").attribute("base", base);
        for (String v : values) {
            x.start("xs:enumeration").attribute("value", v).end();
        }
        x.end().end();
    }

    private static byte[] officialMarkupXsd21() {
        try (InputStream in = BcfZipWriter.class.getResourceAsStream("xsd/v2_1/markup.xsd")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/plinth/bcf/xsd/v2_1/markup.xsd");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] documentsXml3(List<Document> documents) {
        XmlOutput x = new XmlOutput().start("DocumentInfo").start("Documents");
        for (Document d : documents) {
            x.start("Document").attribute("Guid", d.guid()).element("Filename", d.filename());
            d.description().ifPresent(s -> x.element("Description", s));
            x.end();
        }
        return x.end().end().toBytes();
    }

    // ---- markup

    private byte[] markupXml2(Markup m, BcfArchive archive) {
        XmlOutput x = new XmlOutput().start("Markup");
        if (!m.headerFiles().isEmpty()) {
            x.start("Header");
            for (HeaderFile f : m.headerFiles()) {
                headerFile(x, f, "isExternal");
            }
            x.end();
        }
        Topic t = m.topic();
        x.start("Topic").attribute("Guid", t.guid());
        t.topicType().ifPresent(v -> x.attribute("TopicType", v));
        t.topicStatus().ifPresent(v -> x.attribute("TopicStatus", v));
        for (String link : t.referenceLinks()) {
            x.element("ReferenceLink", link);
        }
        x.element("Title", t.title());
        optional(x, "Priority", t.priority());
        t.index().ifPresent(i -> x.element("Index", Integer.toString(i)));
        for (String label : t.labels()) {
            x.element("Labels", label);
        }
        topicDatesAndPeople(x, t);
        t.bimSnippet().ifPresent(s -> bimSnippet(x, s, "isExternal"));
        for (DocumentReference d : t.documentReferences()) {
            x.start("DocumentReference");
            d.guid().ifPresent(g -> x.attribute("Guid", g));
            if (d.documentGuid().isPresent()) {
                String guid = d.documentGuid().get();
                Optional<Document> doc = archive.document(guid);
                x.attribute("isExternal", "false");
                x.element("ReferencedDocument", "../" + (doc.isPresent() ? documentPath2(doc.get())
                        : "documents/" + guid));
            } else {
                x.attribute("isExternal", "true");
                d.url().ifPresent(u -> x.element("ReferencedDocument", u));
            }
            optional(x, "Description", d.description());
            x.end();
        }
        for (String related : t.relatedTopicGuids()) {
            x.start("RelatedTopic").attribute("Guid", related).end();
        }
        x.end();
        for (Comment c : m.comments()) {
            comment(x, c, false);
        }
        for (Viewpoint v : m.viewpoints()) {
            x.start("Viewpoints").attribute("Guid", v.guid());
            viewpointReference(x, v);
            x.end();
        }
        return x.end().toBytes();
    }

    private byte[] markupXml3(Markup m) {
        XmlOutput x = new XmlOutput().start("Markup");
        if (!m.headerFiles().isEmpty()) {
            x.start("Header").start("Files");
            for (HeaderFile f : m.headerFiles()) {
                headerFile(x, f, "IsExternal");
            }
            x.end().end();
        }
        Topic t = m.topic();
        x.start("Topic").attribute("Guid", t.guid());
        t.serverAssignedId().ifPresent(v -> x.attribute("ServerAssignedId", v));
        x.attribute("TopicType", t.topicType().orElse(UNSPECIFIED));
        x.attribute("TopicStatus", t.topicStatus().orElse(UNSPECIFIED));
        if (!t.referenceLinks().isEmpty()) {
            list(x, "ReferenceLinks", "ReferenceLink", t.referenceLinks());
        }
        x.element("Title", t.title());
        optional(x, "Priority", t.priority());
        t.index().ifPresent(i -> x.element("Index", Integer.toString(i)));
        if (!t.labels().isEmpty()) {
            list(x, "Labels", "Label", t.labels());
        }
        topicDatesAndPeople(x, t);
        t.bimSnippet().ifPresent(s -> bimSnippet(x, s, "IsExternal"));
        if (!t.documentReferences().isEmpty()) {
            x.start("DocumentReferences");
            for (int i = 0; i < t.documentReferences().size(); i++) {
                DocumentReference d = t.documentReferences().get(i);
                x.start("DocumentReference").attribute("Guid", documentReferenceGuid(t, i));
                if (d.documentGuid().isPresent()) {
                    x.element("DocumentGuid", d.documentGuid().get());
                } else {
                    optional(x, "Url", d.url());
                }
                optional(x, "Description", d.description());
                x.end();
            }
            x.end();
        }
        if (!t.relatedTopicGuids().isEmpty()) {
            x.start("RelatedTopics");
            for (String related : t.relatedTopicGuids()) {
                x.start("RelatedTopic").attribute("Guid", related).end();
            }
            x.end();
        }
        if (!m.comments().isEmpty()) {
            x.start("Comments");
            for (Comment c : m.comments()) {
                comment(x, c, true);
            }
            x.end();
        }
        if (!m.viewpoints().isEmpty()) {
            x.start("Viewpoints");
            for (Viewpoint v : m.viewpoints()) {
                x.start("ViewPoint").attribute("Guid", v.guid());
                viewpointReference(x, v);
                x.end();
            }
            x.end();
        }
        return x.end().end().toBytes();
    }

    private static void headerFile(XmlOutput x, HeaderFile f, String externalAttribute) {
        x.start("File");
        f.ifcProject().ifPresent(v -> x.attribute("IfcProject", v));
        f.ifcSpatialStructureElement().ifPresent(v -> x.attribute("IfcSpatialStructureElement", v));
        x.attribute(externalAttribute, Boolean.toString(f.external()));
        optional(x, "Filename", f.filename());
        f.date().ifPresent(d -> x.element("Date", d.toString()));
        optional(x, "Reference", f.reference());
        x.end();
    }

    private static void topicDatesAndPeople(XmlOutput x, Topic t) {
        x.element("CreationDate", t.creationDate().toString()).element("CreationAuthor", t.creationAuthor());
        t.modifiedDate().ifPresent(d -> x.element("ModifiedDate", d.toString()));
        optional(x, "ModifiedAuthor", t.modifiedAuthor());
        t.dueDate().ifPresent(d -> x.element("DueDate", d.toString()));
        optional(x, "AssignedTo", t.assignedTo());
        optional(x, "Stage", t.stage());
        optional(x, "Description", t.description());
    }

    private static void bimSnippet(XmlOutput x, BimSnippet s, String externalAttribute) {
        x.start("BimSnippet").attribute("SnippetType", s.snippetType())
                .attribute(externalAttribute, Boolean.toString(s.external()))
                .element("Reference", s.reference()).element("ReferenceSchema", s.referenceSchema()).end();
    }

    /** 2.1 requires the comment text (empty allowed); 3.0 makes it optional but never blank. */
    private static void comment(XmlOutput x, Comment c, boolean v3) {
        x.start("Comment").attribute("Guid", c.guid());
        x.element("Date", c.date().toString()).element("Author", c.author());
        if (v3) {
            optional(x, "Comment", c.text());
        } else {
            x.element("Comment", c.text().orElse(""));
        }
        c.viewpointGuid().ifPresent(g -> x.start("Viewpoint").attribute("Guid", g).end());
        c.modifiedDate().ifPresent(d -> x.element("ModifiedDate", d.toString()));
        optional(x, "ModifiedAuthor", c.modifiedAuthor());
        x.end();
    }

    private static void viewpointReference(XmlOutput x, Viewpoint v) {
        if (v.hasVisualizationInfo()) {
            x.element("Viewpoint", viewpointFileName(v));
        }
        if (v.snapshot().isPresent()) {
            x.element("Snapshot", snapshotFileName(v));
        }
        v.index().ifPresent(i -> x.element("Index", Integer.toString(i)));
    }

    private static void optional(XmlOutput x, String name, Optional<String> value) {
        if (value.isPresent() && !value.get().isBlank()) {
            x.element(name, value.get());
        }
    }

    // ---- visualization info

    private static byte[] visinfoXml2(Viewpoint v) {
        XmlOutput x = new XmlOutput().start("VisualizationInfo").attribute("Guid", v.guid());
        v.components().ifPresent(c -> components(x, c, false));
        v.orthogonalCamera().ifPresent(o -> orthogonal(x, o, false));
        v.perspectiveCamera().ifPresent(p -> perspective(x, p, false));
        linesAndPlanes(x, v);
        for (int i = 0; i < v.bitmaps().size(); i++) {
            Bitmap b = v.bitmaps().get(i);
            x.start("Bitmap").element("Bitmap", b.format() == ImageFormat.PNG ? "PNG" : "JPG");
            bitmapTail(x, v, i, b);
            x.end();
        }
        return x.end().toBytes();
    }

    /**
     * 3.0 needs exactly one camera: the perspective one when both are present (2.1 allowed both), and an
     * {@code AspectRatio}, 1.0 when unknown as the 3.0 text prescribes for older files.
     */
    private static byte[] visinfoXml3(Markup m, Viewpoint v) {
        if (v.orthogonalCamera().isEmpty() && v.perspectiveCamera().isEmpty()) {
            throw new IllegalArgumentException("topic " + m.topic().guid() + ", viewpoint " + v.guid()
                    + ": BCF 3.0 requires a camera in every viewpoint file, this one has none");
        }
        XmlOutput x = new XmlOutput().start("VisualizationInfo").attribute("Guid", v.guid());
        v.components().ifPresent(c -> components(x, c, true));
        if (v.perspectiveCamera().isPresent()) {
            perspective(x, v.perspectiveCamera().get(), true);
        } else {
            orthogonal(x, v.orthogonalCamera().get(), true);
        }
        linesAndPlanes(x, v);
        if (!v.bitmaps().isEmpty()) {
            x.start("Bitmaps");
            for (int i = 0; i < v.bitmaps().size(); i++) {
                Bitmap b = v.bitmaps().get(i);
                x.start("Bitmap").element("Format", b.format().extension());
                bitmapTail(x, v, i, b);
                x.end();
            }
            x.end();
        }
        return x.end().toBytes();
    }

    /**
     * 2.1 keeps the view setup hints before the selection and lists a colour's components directly; 3.0 moves the
     * hints into Visibility and wraps a colour's components. A colour without components is valid in neither.
     */
    private static void components(XmlOutput x, Components c, boolean v3) {
        x.start("Components");
        if (!v3) {
            c.visibility().viewSetupHints().ifPresent(h -> viewSetupHints(x, h));
        }
        if (!c.selection().isEmpty()) {
            components(x, "Selection", c.selection());
        }
        x.start("Visibility").attribute("DefaultVisibility", Boolean.toString(c.visibility().defaultVisibility()));
        if (v3) {
            c.visibility().viewSetupHints().ifPresent(h -> viewSetupHints(x, h));
        }
        if (!c.visibility().exceptions().isEmpty()) {
            components(x, "Exceptions", c.visibility().exceptions());
        }
        x.end();
        if (hasColoredComponents(c)) {
            x.start("Coloring");
            for (Coloring color : c.coloring()) {
                if (!color.components().isEmpty()) {
                    x.start("Color").attribute("Color", color.color());
                    if (v3) {
                        components(x, "Components", color.components());
                    } else {
                        for (Component component : color.components()) {
                            component(x, component);
                        }
                    }
                    x.end();
                }
            }
            x.end();
        }
        x.end();
    }

    private static boolean hasColoredComponents(Components c) {
        for (Coloring color : c.coloring()) {
            if (!color.components().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void viewSetupHints(XmlOutput x, ViewSetupHints h) {
        x.start("ViewSetupHints").attribute("SpacesVisible", Boolean.toString(h.spacesVisible()))
                .attribute("SpaceBoundariesVisible", Boolean.toString(h.spaceBoundariesVisible()))
                .attribute("OpeningsVisible", Boolean.toString(h.openingsVisible())).end();
    }

    private static void components(XmlOutput x, String wrapper, List<Component> components) {
        x.start(wrapper);
        for (Component c : components) {
            component(x, c);
        }
        x.end();
    }

    private static void component(XmlOutput x, Component c) {
        x.start("Component");
        c.ifcGuid().ifPresent(g -> x.attribute("IfcGuid", g));
        optional(x, "OriginatingSystem", c.originatingSystem());
        optional(x, "AuthoringToolId", c.authoringToolId());
        x.end();
    }

    private static void orthogonal(XmlOutput x, OrthogonalCamera o, boolean v3) {
        x.start("OrthogonalCamera");
        vector(x, "CameraViewPoint", o.viewPoint());
        vector(x, "CameraDirection", o.direction());
        vector(x, "CameraUpVector", o.upVector());
        x.element("ViewToWorldScale", o.viewToWorldScale());
        if (v3) {
            x.element("AspectRatio", o.aspectRatio().orElse(1.0));
        }
        x.end();
    }

    private static void perspective(XmlOutput x, PerspectiveCamera p, boolean v3) {
        x.start("PerspectiveCamera");
        vector(x, "CameraViewPoint", p.viewPoint());
        vector(x, "CameraDirection", p.direction());
        vector(x, "CameraUpVector", p.upVector());
        if (v3) {
            x.element("FieldOfView", p.fieldOfView());
            x.element("AspectRatio", p.aspectRatio().orElse(1.0));
        } else {
            x.element("FieldOfView", clampFieldOfView21(p.fieldOfView()));
        }
        x.end();
    }

    static double clampFieldOfView21(double fieldOfView) {
        return Math.max(MIN_FIELD_OF_VIEW_2_1, Math.min(MAX_FIELD_OF_VIEW_2_1, fieldOfView));
    }

    private static void linesAndPlanes(XmlOutput x, Viewpoint v) {
        if (!v.lines().isEmpty()) {
            x.start("Lines");
            for (Line l : v.lines()) {
                x.start("Line");
                vector(x, "StartPoint", l.start());
                vector(x, "EndPoint", l.end());
                x.end();
            }
            x.end();
        }
        if (!v.clippingPlanes().isEmpty()) {
            x.start("ClippingPlanes");
            for (ClippingPlane p : v.clippingPlanes()) {
                x.start("ClippingPlane");
                vector(x, "Location", p.location());
                vector(x, "Direction", p.direction());
                x.end();
            }
            x.end();
        }
    }

    private static void bitmapTail(XmlOutput x, Viewpoint v, int i, Bitmap b) {
        x.element("Reference", bitmapFileName(v, i));
        vector(x, "Location", b.location());
        vector(x, "Normal", b.normal());
        vector(x, "Up", b.up());
        x.element("Height", b.height());
    }

    private static void vector(XmlOutput x, String name, Vector3 v) {
        x.start(name).element("X", v.x()).element("Y", v.y()).element("Z", v.z()).end();
    }

    /** ZipOutputStream.close() would close the caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
