package org.plinth.bcf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

/**
 * Reads a BCF-XML 2.0, 2.1 or 3.0 zip ({@code .bcf}, {@code .bcfzip}) into a {@link BcfArchive}. The version comes from
 * {@code bcf.version}. The zip is inflated under {@link BcfLimits}; XML is parsed with DTDs and external entities
 * refused; every error is a {@link BcfFormatException} naming the entry and, for XML, line and column. Optional
 * elements may be missing and unknown elements are ignored; what the reader tolerated (a missing snapshot file, an
 * unresolved document) is listed in {@link BcfArchive#warnings()}.
 *
 * <p>Thread-safe: one instance can read many zips at once.
 */
public final class BcfZipReader {

    private final BcfLimits limits;
    private final SchemaCheck schemaCheck;

    /** Default limits, no XSD validation. */
    public BcfZipReader() {
        this(BcfLimits.DEFAULTS, SchemaCheck.NONE);
    }

    public BcfZipReader(BcfLimits limits, SchemaCheck schemaCheck) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.schemaCheck = Objects.requireNonNull(schemaCheck, "schemaCheck");
    }

    /**
     * Reads the zip from {@code in}, which is read to its end but not closed.
     *
     * @throws BcfFormatException         not a BCF zip, or a part is invalid
     * @throws BcfLimitExceededException  a limit was exceeded
     * @throws BcfSchemaException         with {@link SchemaCheck#REJECT}, an XML part violates its XSD
     * @throws IOException                reading {@code in} failed
     */
    public BcfArchive read(InputStream in) throws IOException {
        Map<String, byte[]> entries = BoundedZipInflater.inflate(in, limits);
        return new ArchiveParse(entries).parse();
    }

    /**
     * Reads a zip file through its central directory, which also reads zips a stream cannot (stored entries with a
     * data descriptor, bytes before the first entry). Same limits and errors as {@link #read(InputStream)}; a
     * server with an uploaded temp file should prefer this.
     */
    public BcfArchive read(Path file) throws IOException {
        Map<String, byte[]> entries = BoundedZipInflater.inflate(file, limits);
        return new ArchiveParse(entries).parse();
    }

    /** One read: the entries, what has been claimed, and what was tolerated. */
    private final class ArchiveParse {
        private final Map<String, byte[]> entries;
        private final Set<String> consumed = new HashSet<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<SchemaViolation> violations = new ArrayList<>();
        private final Map<String, Document> documents = new LinkedHashMap<>();
        private BcfVersion version;
        private BcfSchemas.Session schemas;

        ArchiveParse(Map<String, byte[]> entries) {
            this.entries = entries;
        }

        BcfArchive parse() {
            version = readVersion();
            Optional<String> extensionSchema = Optional.empty();
            Optional<ProjectInfo> project = Optional.empty();
            if (entries.containsKey("project.bcfp")) {
                XmlElement root = part("project.bcfp", BcfSchemas.Part.PROJECT);
                XmlElement p = root.child("Project");
                if (p != null) {
                    Optional<String> id = p.attribute("ProjectId");
                    if (id.isPresent()) {
                        project = Optional.of(new ProjectInfo(id.get(), p.childText("Name")));
                    } else {
                        warnings.add("project.bcfp: <Project> without ProjectId ignored");
                    }
                }
                extensionSchema = root.childText("ExtensionSchema").map(String::trim);
            }
            Extensions extensions = version.isV2() ? readExtensionsXsd(extensionSchema) : readExtensionsXml();
            if (version.isV2()) {
                readV2DocumentFolder();
            } else {
                readDocumentsXml();
            }
            List<Markup> markups = new ArrayList<>();
            Map<String, String> topicEntries = new LinkedHashMap<>();
            for (String name : new ArrayList<>(entries.keySet())) {
                int slash = name.lastIndexOf('/');
                if (slash > 0 && name.substring(slash + 1).equalsIgnoreCase("markup.bcf")) {
                    Markup m = readMarkup(name, name.substring(0, slash + 1));
                    String previous = topicEntries.putIfAbsent(m.topic().guid(), name);
                    if (previous != null) {
                        // Which one would an importer keep? Neither silently: the archive contradicts itself.
                        throw new BcfFormatException(name, 0, 0, "topic " + m.topic().guid()
                                + " is also in " + previous);
                    }
                    markups.add(m);
                }
            }
            if (markups.isEmpty()) {
                warnings.add("no topic folder with a markup.bcf");
            }
            List<Attachment> attachments = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!consumed.contains(e.getKey())) {
                    attachments.add(new Attachment(e.getKey(), BinaryContent.wrap(e.getValue())));
                }
            }
            return new BcfArchive(version, project, extensions, new ArrayList<>(documents.values()), markups,
                    attachments, warnings, violations);
        }

        private BcfVersion readVersion() {
            if (!entries.containsKey("bcf.version")) {
                throw new BcfFormatException(null, 0, 0,
                        "bcf.version missing: not a BCF zip (entries: " + firstNames() + ")");
            }
            XmlElement root = XmlTreeReader.parse("bcf.version", entries.get("bcf.version"));
            consumed.add("bcf.version");
            String id = root.attribute("VersionId").orElse("").trim();
            if (!root.name.equals("Version") || id.isEmpty()) {
                throw new BcfFormatException("bcf.version", root.line, root.column,
                        "expected <Version VersionId=\"...\">");
            }
            BcfVersion v;
            if (id.startsWith("3.0")) {
                v = BcfVersion.V3_0;
            } else if (id.startsWith("2.1")) {
                v = BcfVersion.V2_1;
            } else if (id.startsWith("2.0")) {
                v = BcfVersion.V2_0;
            } else {
                throw new BcfFormatException("bcf.version", root.line, root.column,
                        "unsupported BCF version '" + id + "' (supported: 2.0, 2.1, 3.0)");
            }
            validate(v, BcfSchemas.Part.VERSION, "bcf.version", entries.get("bcf.version"));
            return v;
        }

        private String firstNames() {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (String n : entries.keySet()) {
                if (i++ == 5) {
                    sb.append(", ...");
                    break;
                }
                sb.append(i > 1 ? ", " : "").append(n);
            }
            return sb.toString();
        }

        /** Parses, validates (when asked) and claims one XML entry. */
        private XmlElement part(String name, BcfSchemas.Part schemaPart) {
            byte[] bytes = entries.get(name);
            XmlElement root = XmlTreeReader.parse(name, bytes);
            consumed.add(name);
            if (schemaPart != null) {
                validate(version, schemaPart, name, bytes);
            }
            return root;
        }

        private void validate(BcfVersion v, BcfSchemas.Part schemaPart, String name, byte[] bytes) {
            if (schemaCheck == SchemaCheck.NONE || !BcfSchemas.hasSchema(v, schemaPart)
                    || violations.size() >= limits.maxReportedViolations()) {
                return;
            }
            if (schemas == null) {
                schemas = new BcfSchemas.Session(v);
            }
            List<SchemaViolation> found = schemas.validate(schemaPart, name, bytes,
                    limits.maxReportedViolations() - violations.size());
            if (!found.isEmpty() && schemaCheck == SchemaCheck.REJECT) {
                throw new BcfSchemaException(found);
            }
            violations.addAll(found);
        }

        // ---- extensions and documents

        private Extensions readExtensionsXml() {
            if (!entries.containsKey("extensions.xml")) {
                return Extensions.EMPTY;
            }
            XmlElement root = part("extensions.xml", BcfSchemas.Part.EXTENSIONS);
            return new Extensions(listOf(root, "TopicTypes", "TopicType"), listOf(root, "TopicStatuses", "TopicStatus"),
                    listOf(root, "Priorities", "Priority"), listOf(root, "TopicLabels", "TopicLabel"),
                    listOf(root, "Users", "User"), listOf(root, "SnippetTypes", "SnippetType"),
                    listOf(root, "Stages", "Stage"));
        }

        /** 2.x: the enumerations of the simple types {@code extensions.xsd} redefines, by type name. */
        private Extensions readExtensionsXsd(Optional<String> declared) {
            String name = null;
            if (declared.isPresent()) {
                name = resolve("", declared.get());
                if (name == null) {
                    warnings.add("project.bcfp: ExtensionSchema '" + declared.get() + "' not found in the zip");
                }
            }
            if (name == null && entries.containsKey("extensions.xsd")) {
                name = "extensions.xsd";
            }
            if (name == null) {
                return Extensions.EMPTY;
            }
            XmlElement root = part(name, null);
            // The extension schema redefines markup.xsd, which producers ship beside it for that purpose.
            if (entries.containsKey("markup.xsd")) {
                consumed.add("markup.xsd");
            }
            Map<String, List<String>> byType = new LinkedHashMap<>();
            collectEnumerations(root, byType);
            return new Extensions(byType.getOrDefault("TopicType", List.of()),
                    byType.getOrDefault("TopicStatus", List.of()), byType.getOrDefault("Priority", List.of()),
                    byType.getOrDefault("TopicLabel", List.of()), byType.getOrDefault("UserIdType", List.of()),
                    byType.getOrDefault("SnippetType", List.of()), byType.getOrDefault("Stage", List.of()));
        }

        private void collectEnumerations(XmlElement e, Map<String, List<String>> byType) {
            for (XmlElement c : e.children) {
                if (c.name.equals("simpleType") && c.attribute("name").isPresent()) {
                    List<String> values = byType.computeIfAbsent(c.attribute("name").get(), k -> new ArrayList<>());
                    XmlElement restriction = c.child("restriction");
                    if (restriction != null) {
                        for (XmlElement en : restriction.children("enumeration")) {
                            en.attribute("value").ifPresent(values::add);
                        }
                    }
                } else {
                    collectEnumerations(c, byType);
                }
            }
        }

        private List<String> listOf(XmlElement root, String wrapper, String item) {
            XmlElement w = root.child(wrapper);
            return w == null ? List.of() : w.childTexts(item);
        }

        private void readDocumentsXml() {
            if (!entries.containsKey("documents.xml")) {
                return;
            }
            XmlElement root = part("documents.xml", BcfSchemas.Part.DOCUMENTS);
            XmlElement list = root.child("Documents");
            if (list == null) {
                return;
            }
            for (XmlElement d : list.children("Document")) {
                String guid = guid(required(d, "Guid", "documents.xml"));
                String filename = d.childText("Filename").orElse(guid);
                String path = findDocumentFile(guid);
                BinaryContent content;
                if (path == null) {
                    warnings.add("documents.xml:" + d.line + ": no file documents/" + guid + " in the zip");
                    content = BinaryContent.empty();
                } else {
                    consumed.add(path);
                    content = BinaryContent.wrap(entries.get(path));
                }
                documents.put(guid, new Document(guid, filename, d.childText("Description"), content));
            }
        }

        /**
         * 2.x: files at {@code documents/<guid>/<filename>} are documents (where {@link BcfZipWriter} puts them for
         * 2.1), also when no topic refers to them, so a 3.0 → 2.1 → 3.0 trip keeps unreferenced documents.
         */
        private void readV2DocumentFolder() {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String path = e.getKey();
                if (path.regionMatches(true, 0, "documents/", 0, 10) && path.length() > 47 && path.charAt(46) == '/'
                        && path.indexOf('/', 47) < 0 && isGuid(path.substring(10, 46))) {
                    String guid = v2DocumentGuid(path);
                    consumed.add(path);
                    documents.put(guid, new Document(guid, path.substring(47), Optional.empty(),
                            BinaryContent.wrap(e.getValue())));
                }
            }
        }

        /** {@code documents/<guid>}; the 3.0 text also says "Documents", so the folder's case is not significant. */
        private String findDocumentFile(String guid) {
            if (entries.containsKey("documents/" + guid)) {
                return "documents/" + guid;
            }
            for (String name : entries.keySet()) {
                if (name.length() == 10 + guid.length() && name.regionMatches(true, 0, "documents/", 0, 10)
                        && name.regionMatches(true, 10, guid, 0, guid.length())) {
                    return name;
                }
            }
            return null;
        }

        // ---- markup

        private Markup readMarkup(String entry, String folder) {
            XmlElement root = part(entry, BcfSchemas.Part.MARKUP);
            if (!root.name.equals("Markup")) {
                throw new BcfFormatException(entry, root.line, root.column,
                        "root element is <" + root.name + ">, expected <Markup>");
            }
            XmlElement t = root.child("Topic");
            if (t == null) {
                throw new BcfFormatException(entry, root.line, root.column, "<Markup> has no <Topic>");
            }
            boolean v2 = version.isV2();

            List<HeaderFile> headerFiles = new ArrayList<>();
            XmlElement header = root.child("Header");
            if (header != null) {
                List<XmlElement> files = v2 ? header.children("File") : wrapped(header, "Files", "File");
                if (v2 && files.isEmpty()) {
                    files = wrapped(header, "Files", "File");
                }
                for (XmlElement f : files) {
                    headerFiles.add(new HeaderFile(f.attribute("IfcProject"), f.attribute("IfcSpatialStructureElement"),
                            bool(entry, f, flagAttribute(f, "IsExternal"), true), f.childText("Filename"),
                            optionalDate(entry, f, "Date"), f.childText("Reference")));
                }
            }

            Topic topic = readTopic(entry, folder, t, v2);

            List<Comment> comments = new ArrayList<>();
            for (XmlElement c : v2 ? root.children("Comment") : wrapped(t, "Comments", "Comment")) {
                XmlElement vp = c.child("Viewpoint");
                comments.add(new Comment(guid(required(c, "Guid", entry)), requiredDate(entry, c, "Date"),
                        requiredText(entry, c, "Author"), c.childText("Comment"),
                        vp == null ? Optional.empty() : vp.attribute("Guid").map(BcfZipReader::guid),
                        optionalDate(entry, c, "ModifiedDate"), c.childText("ModifiedAuthor")));
            }

            List<Viewpoint> viewpoints = new ArrayList<>();
            for (XmlElement v : v2 ? root.children("Viewpoints") : wrapped(t, "Viewpoints", "ViewPoint")) {
                viewpoints.add(readViewpoint(entry, folder, v));
            }
            return new Markup(topic, headerFiles, comments, viewpoints);
        }

        private Topic readTopic(String entry, String folder, XmlElement t, boolean v2) {
            List<String> referenceLinks = v2 ? t.childTexts("ReferenceLink") : wrappedTexts(t, "ReferenceLinks",
                    "ReferenceLink");
            List<String> labels = v2 ? t.childTexts("Labels") : wrappedTexts(t, "Labels", "Label");
            Optional<Integer> index = optionalInt(entry, t, "Index");

            Optional<BimSnippet> snippet = Optional.empty();
            XmlElement s = t.child("BimSnippet");
            if (s != null) {
                boolean external = bool(entry, s, flagAttribute(s, "IsExternal"), false);
                String reference = s.childText("Reference").orElse("");
                Optional<BinaryContent> content = Optional.empty();
                if (!external && !reference.isEmpty()) {
                    String path = resolve(folder, reference);
                    if (path == null) {
                        warnings.add(entry + ":" + s.line + ": BIM snippet file '" + reference + "' not in the zip");
                    } else {
                        consumed.add(path);
                        content = Optional.of(BinaryContent.wrap(entries.get(path)));
                    }
                }
                snippet = Optional.of(new BimSnippet(s.attribute("SnippetType").orElse(""), external, reference,
                        s.childText("ReferenceSchema").orElse(""), content));
            }

            List<DocumentReference> references = new ArrayList<>();
            if (v2) {
                for (XmlElement d : t.children("DocumentReference")) {
                    references.add(readV2DocumentReference(entry, folder, d));
                }
            } else {
                for (XmlElement d : wrapped(t, "DocumentReferences", "DocumentReference")) {
                    references.add(new DocumentReference(d.attribute("Guid").map(BcfZipReader::guid),
                            d.childText("DocumentGuid").map(BcfZipReader::guid), d.childText("Url"),
                            d.childText("Description")));
                }
            }
            List<String> related = new ArrayList<>();
            for (XmlElement r : v2 ? t.children("RelatedTopic") : wrapped(t, "RelatedTopics", "RelatedTopic")) {
                r.attribute("Guid").map(BcfZipReader::guid).ifPresent(related::add);
            }
            return new Topic(guid(required(t, "Guid", entry)), v2 ? Optional.empty() : t.attribute("ServerAssignedId"),
                    t.attribute("TopicType"), t.attribute("TopicStatus"), referenceLinks,
                    requiredText(entry, t, "Title"), t.childText("Priority"), index, labels,
                    requiredDate(entry, t, "CreationDate"), requiredText(entry, t, "CreationAuthor"),
                    optionalDate(entry, t, "ModifiedDate"), t.childText("ModifiedAuthor"),
                    optionalDate(entry, t, "DueDate"), t.childText("AssignedTo"), t.childText("Stage"),
                    t.childText("Description"), snippet, references, related);
        }

        /**
         * 2.x: {@code ReferencedDocument} is a URL (isExternal) or a path relative to the topic folder. A path that
         * resolves becomes a {@link Document}; one that does not stays as its text in {@code url}, with a warning.
         */
        private DocumentReference readV2DocumentReference(String entry, String folder, XmlElement d) {
            Optional<String> guid = d.attribute("Guid").map(BcfZipReader::guid);
            Optional<String> description = d.childText("Description");
            Optional<String> referenced = d.childText("ReferencedDocument");
            boolean external = bool(entry, d, flagAttribute(d, "IsExternal"), false);
            if (external || referenced.isEmpty()) {
                return new DocumentReference(guid, Optional.empty(), referenced, description);
            }
            String path = resolve(folder, referenced.get());
            if (path == null) {
                warnings.add(entry + ":" + d.line + ": internal document '" + referenced.get()
                        + "' not in the zip; kept as its reference text");
                return new DocumentReference(guid, Optional.empty(), referenced, description);
            }
            consumed.add(path);
            String documentGuid = v2DocumentGuid(path);
            if (!documents.containsKey(documentGuid)) {
                documents.put(documentGuid, new Document(documentGuid, path.substring(path.lastIndexOf('/') + 1),
                        Optional.empty(), BinaryContent.wrap(entries.get(path))));
            }
            return new DocumentReference(guid, Optional.of(documentGuid), Optional.empty(), description);
        }

        // ---- viewpoints

        private Viewpoint readViewpoint(String entry, String folder, XmlElement v) {
            String guid = guid(required(v, "Guid", entry));
            Optional<Integer> index = optionalInt(entry, v, "Index");
            Optional<Snapshot> snapshot = Optional.empty();
            Optional<String> snapshotName = v.childText("Snapshot");
            if (snapshotName.isPresent()) {
                String path = resolve(folder, snapshotName.get().trim());
                if (path == null) {
                    warnings.add(entry + ":" + v.line + ": snapshot '" + snapshotName.get() + "' not in the zip");
                } else {
                    consumed.add(path);
                    byte[] bytes = entries.get(path);
                    if (ImageFormat.sniff(bytes) == null) {
                        warnings.add(entry + ":" + v.line + ": snapshot '" + snapshotName.get()
                                + "' is neither PNG nor JPEG; kept as " + ImageFormat.detect(bytes, path));
                    }
                    snapshot = Optional.of(new Snapshot(ImageFormat.detect(bytes, path), BinaryContent.wrap(bytes)));
                }
            }
            Optional<String> file = v.childText("Viewpoint");
            if (file.isPresent()) {
                String path = resolve(folder, file.get().trim());
                if (path == null) {
                    warnings.add(entry + ":" + v.line + ": viewpoint file '" + file.get() + "' not in the zip");
                } else {
                    return readVisualizationInfo(path, folder, guid, index, snapshot);
                }
            }
            return new Viewpoint(guid, index, snapshot, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    List.of(), Optional.empty());
        }

        private Viewpoint readVisualizationInfo(String entry, String folder, String guid, Optional<Integer> index,
                                                Optional<Snapshot> snapshot) {
            XmlElement root = part(entry, BcfSchemas.Part.VISINFO);
            if (!root.name.equals("VisualizationInfo")) {
                throw new BcfFormatException(entry, root.line, root.column,
                        "root element is <" + root.name + ">, expected <VisualizationInfo>");
            }
            Optional<OrthogonalCamera> ortho = Optional.empty();
            XmlElement o = root.child("OrthogonalCamera");
            if (o != null) {
                ortho = Optional.of(new OrthogonalCamera(vector(entry, o, "CameraViewPoint"),
                        vector(entry, o, "CameraDirection"), vector(entry, o, "CameraUpVector"),
                        requiredDouble(entry, o, "ViewToWorldScale"), optionalDouble(entry, o, "AspectRatio")));
            }
            Optional<PerspectiveCamera> perspective = Optional.empty();
            XmlElement p = root.child("PerspectiveCamera");
            if (p != null) {
                perspective = Optional.of(new PerspectiveCamera(vector(entry, p, "CameraViewPoint"),
                        vector(entry, p, "CameraDirection"), vector(entry, p, "CameraUpVector"),
                        requiredDouble(entry, p, "FieldOfView"), optionalDouble(entry, p, "AspectRatio")));
            }
            List<Line> lines = new ArrayList<>();
            for (XmlElement l : wrapped(root, "Lines", "Line")) {
                lines.add(new Line(vector(entry, l, "StartPoint"), vector(entry, l, "EndPoint")));
            }
            List<ClippingPlane> planes = new ArrayList<>();
            for (XmlElement c : wrapped(root, "ClippingPlanes", "ClippingPlane")) {
                planes.add(new ClippingPlane(vector(entry, c, "Location"), vector(entry, c, "Direction")));
            }
            List<Bitmap> bitmaps = new ArrayList<>();
            for (XmlElement b : bitmapElements(root)) {
                bitmaps.add(readBitmap(entry, folder, b));
            }
            XmlElement c = root.child("Components");
            Optional<Components> components = c == null ? Optional.empty() : Optional.of(readComponents(entry, c));
            return new Viewpoint(guid, index, snapshot, ortho, perspective, lines, planes, bitmaps, components);
        }

        /** 3.0 {@code Bitmaps/Bitmap}; 2.1 repeated {@code Bitmap}; 2.0 repeated {@code Bitmaps}; each has a Reference. */
        private List<XmlElement> bitmapElements(XmlElement root) {
            List<XmlElement> result = new ArrayList<>();
            for (XmlElement e : root.children) {
                if (e.name.equals("Bitmap") || e.name.equals("Bitmaps")) {
                    if (e.child("Reference") != null) {
                        result.add(e);
                    } else {
                        result.addAll(e.children("Bitmap"));
                    }
                }
            }
            return result;
        }

        private Bitmap readBitmap(String entry, String folder, XmlElement b) {
            String reference = requiredText(entry, b, "Reference").trim();
            String formatText = b.childText("Format").or(() -> b.childText("Bitmap")).orElse("");
            String path = resolve(folder, reference);
            byte[] bytes;
            if (path == null) {
                warnings.add(entry + ":" + b.line + ": bitmap '" + reference + "' not in the zip");
                bytes = new byte[0];
            } else {
                consumed.add(path);
                bytes = entries.get(path);
            }
            ImageFormat format = ImageFormat.fromBitmapFormat(formatText);
            if (format == null) {
                format = ImageFormat.detect(bytes, reference);
            }
            return new Bitmap(format, BinaryContent.wrap(bytes), vector(entry, b, "Location"),
                    vector(entry, b, "Normal"), vector(entry, b, "Up"), requiredDouble(entry, b, "Height"));
        }

        private Components readComponents(String entry, XmlElement c) {
            if (c.child("Component") != null && c.child("Visibility") == null && c.child("Selection") == null) {
                return readV20Components(entry, c);
            }
            List<Component> selection = components(wrapped(c, "Selection", "Component"));
            XmlElement v = c.child("Visibility");
            XmlElement hintsElement = v == null ? null : v.child("ViewSetupHints");
            if (hintsElement == null) {
                hintsElement = c.child("ViewSetupHints"); // 2.1 keeps the hints beside Visibility
            }
            Optional<ViewSetupHints> hints = hintsElement == null ? Optional.empty() : Optional.of(new ViewSetupHints(
                    bool(entry, hintsElement, hintsElement.attributes.get("SpacesVisible"), false),
                    bool(entry, hintsElement, hintsElement.attributes.get("SpaceBoundariesVisible"), false),
                    bool(entry, hintsElement, hintsElement.attributes.get("OpeningsVisible"), false)));
            Visibility visibility = new Visibility(
                    v != null && bool(entry, v, v.attributes.get("DefaultVisibility"), false),
                    v == null ? List.of() : components(wrapped(v, "Exceptions", "Component")), hints);
            List<Coloring> coloring = new ArrayList<>();
            for (XmlElement color : wrapped(c, "Coloring", "Color")) {
                List<XmlElement> members = new ArrayList<>(color.children("Component")); // 2.1
                members.addAll(wrapped(color, "Components", "Component")); // 3.0
                coloring.add(new Coloring(required(color, "Color", entry).trim().toUpperCase(Locale.ROOT),
                        components(members)));
            }
            return new Components(selection, visibility, coloring);
        }

        /**
         * BCF 2.0 lists every component once with {@code Selected}, {@code Visible} and {@code Color} attributes.
         * Mapped to 2.1 terms: selected ones form the selection; everything is visible by default and invisible ones
         * are the exceptions; colours group their components in order of first appearance.
         */
        private Components readV20Components(String entry, XmlElement c) {
            List<Component> selection = new ArrayList<>();
            List<Component> hidden = new ArrayList<>();
            Map<String, List<Component>> colored = new LinkedHashMap<>();
            for (XmlElement e : c.children("Component")) {
                Component component = component(e);
                if (bool(entry, e, e.attributes.get("Selected"), false)) {
                    selection.add(component);
                }
                if (!bool(entry, e, e.attributes.get("Visible"), true)) {
                    hidden.add(component);
                }
                Optional<String> color = e.attribute("Color");
                if (color.isPresent()) {
                    colored.computeIfAbsent(color.get().trim().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(component);
                }
            }
            List<Coloring> coloring = new ArrayList<>();
            colored.forEach((color, members) -> coloring.add(new Coloring(color, members)));
            return new Components(selection, new Visibility(true, hidden, Optional.empty()), coloring);
        }

        private List<Component> components(List<XmlElement> elements) {
            List<Component> result = new ArrayList<>(elements.size());
            for (XmlElement e : elements) {
                result.add(component(e));
            }
            return result;
        }

        private Component component(XmlElement e) {
            return new Component(e.attribute("IfcGuid").map(String::trim), e.childText("OriginatingSystem"),
                    e.childText("AuthoringToolId"));
        }

        // ---- paths

        /**
         * Resolves {@code reference} (relative to {@code folder}, or to the root when it starts with '/') to an entry
         * name, or null. Falls back to a case-insensitive match and to the zip root, because producers differ.
         */
        private String resolve(String folder, String reference) {
            String ref = reference.trim().replace('\\', '/');
            String normalized = normalize(ref.startsWith("/") ? ref.substring(1) : folder + ref);
            if (normalized != null) {
                String found = lookup(normalized);
                if (found != null) {
                    return found;
                }
            }
            if (!ref.startsWith("/") && !ref.startsWith("../")) {
                String atRoot = normalize(ref);
                if (atRoot != null) {
                    return lookup(atRoot);
                }
            }
            return null;
        }

        private String lookup(String name) {
            if (entries.containsKey(name)) {
                return name;
            }
            for (String candidate : entries.keySet()) {
                if (candidate.equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
            return null;
        }

        private List<String> wrappedTexts(XmlElement parent, String wrapper, String item) {
            XmlElement w = parent.child(wrapper);
            return w == null ? List.of() : w.childTexts(item);
        }
    }

    /** Collapses "." and ".." segments; null when the path climbs above the zip root. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String seg = path.substring(start, end);
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
            start = end + 1;
        }
        return String.join("/", parts);
    }

    /**
     * The guid of a 2.x internal document at {@code path}: taken from a {@code documents/<guid>/<file>} path (where
     * {@link BcfZipWriter} puts documents in 2.1), otherwise a name-based UUID of the path, so reading the same zip
     * twice gives the same guid.
     */
    static String v2DocumentGuid(String path) {
        if (path.regionMatches(true, 0, "documents/", 0, 10) && path.length() > 47 && path.charAt(46) == '/') {
            String candidate = path.substring(10, 46);
            if (isGuid(candidate)) {
                return candidate.toLowerCase(Locale.ROOT);
            }
        }
        return UUID.nameUUIDFromBytes(("bcf-document:" + path).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static boolean isGuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Guids compare case-insensitively; 3.0 allows only lower case, so the model keeps them lower case. */
    static String guid(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT);
    }

    // ---- element helpers (all errors carry entry, line, column)

    private static List<XmlElement> wrapped(XmlElement parent, String wrapper, String item) {
        XmlElement w = parent.child(wrapper);
        return w == null ? List.of() : w.children(item);
    }

    private static String required(XmlElement e, String attribute, String entry) {
        return e.attribute(attribute).orElseThrow(() -> new BcfFormatException(entry, e.line, e.column,
                "<" + e.name + "> has no " + attribute + " attribute"));
    }

    private static String requiredText(String entry, XmlElement parent, String child) {
        XmlElement c = parent.child(child);
        if (c == null) {
            throw new BcfFormatException(entry, parent.line, parent.column,
                    "<" + parent.name + "> has no <" + child + ">");
        }
        return c.text();
    }

    /** 2.x writes {@code isExternal}, 3.0 {@code IsExternal}; either is accepted in both. */
    private static String flagAttribute(XmlElement e, String name3) {
        String v = e.attributes.get(name3);
        if (v == null) {
            v = e.attributes.get(Character.toLowerCase(name3.charAt(0)) + name3.substring(1));
        }
        return v;
    }

    private static boolean bool(String entry, XmlElement e, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String v = value.trim();
        if (v.equals("true") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("0")) {
            return false;
        }
        throw new BcfFormatException(entry, e.line, e.column, "<" + e.name + ">: '" + v + "' is not a boolean");
    }

    private static Optional<Integer> optionalInt(String entry, XmlElement parent, String child) {
        Optional<String> text = parent.childText(child);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get().trim()));
        } catch (NumberFormatException e) {
            XmlElement c = parent.child(child);
            throw new BcfFormatException(entry, c.line, c.column,
                    "<" + child + ">: '" + text.get().trim() + "' is not an integer");
        }
    }

    private static double requiredDouble(String entry, XmlElement parent, String child) {
        return parseDouble(entry, parent.child(child) == null ? parent : parent.child(child),
                requiredText(entry, parent, child));
    }

    private static Optional<Double> optionalDouble(String entry, XmlElement parent, String child) {
        Optional<String> text = parent.childText(child);
        return text.map(t -> parseDouble(entry, parent.child(child), t));
    }

    private static double parseDouble(String entry, XmlElement e, String text) {
        String t = text.trim();
        switch (t) {
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException ex) {
                    throw new BcfFormatException(entry, e.line, e.column, "<" + e.name + ">: '" + t
                            + "' is not a number");
                }
        }
    }

    private static Vector3 vector(String entry, XmlElement parent, String child) {
        XmlElement v = parent.child(child);
        if (v == null) {
            throw new BcfFormatException(entry, parent.line, parent.column,
                    "<" + parent.name + "> has no <" + child + ">");
        }
        return new Vector3(requiredDouble(entry, v, "X"), requiredDouble(entry, v, "Y"),
                requiredDouble(entry, v, "Z"));
    }

    private static Instant requiredDate(String entry, XmlElement parent, String child) {
        XmlElement c = parent.child(child);
        if (c == null || c.text().isBlank()) {
            throw new BcfFormatException(entry, parent.line, parent.column,
                    "<" + parent.name + "> has no <" + child + ">");
        }
        return parseDate(entry, c);
    }

    private static Optional<Instant> optionalDate(String entry, XmlElement parent, String child) {
        XmlElement c = parent.child(child);
        return c == null || c.text().isBlank() ? Optional.empty() : Optional.of(parseDate(entry, c));
    }

    /** xs:dateTime; a value without offset is UTC (as BCF 3.0 says for header dates), a bare date is its midnight. */
    static Instant parseDate(String entry, XmlElement e) {
        String t = e.text().trim();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ex) {
            try {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw new BcfFormatException(entry, e.line, e.column, "<" + e.name + ">: '" + t
                        + "' is not an xs:dateTime");
            }
        }
    }
}
