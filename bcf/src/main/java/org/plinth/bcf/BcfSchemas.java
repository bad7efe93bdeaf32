package org.plinth.bcf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * The official BCF-XML schemas (shipped in this jar under {@code org/plinth/bcf/xsd/}) and validation of one XML part
 * against them. Schemas compile once per JVM on first use; validators are made per call (they are not thread-safe).
 */
public final class BcfSchemas {

    /** The XML parts of a BCF zip that have an XSD. */
    public enum Part {
        VERSION("version.xsd"),
        PROJECT("project.xsd"),
        EXTENSIONS("extensions.xsd"),
        DOCUMENTS("documents.xsd"),
        MARKUP("markup.xsd"),
        VISINFO("visinfo.xsd");

        final String fileName;

        Part(String fileName) {
            this.fileName = fileName;
        }
    }

    private static final Map<BcfVersion, Map<Part, Schema>> CACHE = new EnumMap<>(BcfVersion.class);

    private BcfSchemas() {
    }

    /**
     * The schema for {@code part} in {@code version}; 2.0 uses the 2.1 schemas. 2.x has no XSD for extensions (its
     * extensions file is itself a schema) nor for documents.
     *
     * @throws IllegalArgumentException when the version has no schema for that part
     */
    public static synchronized Schema schema(BcfVersion version, Part part) {
        BcfVersion v = version == BcfVersion.V2_0 ? BcfVersion.V2_1 : version;
        Map<Part, Schema> byPart = CACHE.computeIfAbsent(v, k -> new EnumMap<>(Part.class));
        Schema s = byPart.get(part);
        if (s == null) {
            s = compile(v, part);
            byPart.put(part, s);
        }
        return s;
    }

    public static boolean hasSchema(BcfVersion version, Part part) {
        return !(version.isV2() && (part == Part.EXTENSIONS || part == Part.DOCUMENTS));
    }

    private static Schema compile(BcfVersion v, Part part) {
        if (!hasSchema(v, part)) {
            throw new IllegalArgumentException("BCF " + v.versionId() + " has no XSD for " + part);
        }
        String resource = "xsd/" + (v == BcfVersion.V3_0 ? "v3_0/" : "v2_1/") + part.fileName;
        URL url = BcfSchemas.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing schema resource org/plinth/bcf/" + resource);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our own schemas include shared-types.xsd next to them (in the jar or on disk); nothing else is loaded.
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt");
            return f.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates one XML part. The caller has already parsed it with DTDs refused, so the validator's parser sees no
     * DOCTYPE; external access is still switched off here as a second line.
     *
     * @param maxViolations stop collecting after this many
     * @return the violations, empty when valid
     */
    public static List<SchemaViolation> validate(BcfVersion version, Part part, String entryName, byte[] xml,
                                                 int maxViolations) {
        return new Session(version).validate(part, entryName, xml, maxViolations);
    }

    /**
     * Validators of one version, made once per part and reused for every entry of one read: creating a validator
     * costs more than validating a small markup. Not thread-safe (validators are not); one per read.
     */
    static final class Session {
        private final BcfVersion version;
        private final Map<Part, Validator> validators = new EnumMap<>(Part.class);
        private final CollectingErrorHandler errors = new CollectingErrorHandler();

        Session(BcfVersion version) {
            this.version = version;
        }

        List<SchemaViolation> validate(Part part, String entryName, byte[] xml, int maxViolations) {
            Validator validator = validators.computeIfAbsent(part, this::newValidator);
            errors.start(entryName, maxViolations);
            try {
                validator.validate(new StreamSource(new ByteArrayInputStream(xml), entryName));
            } catch (SAXException e) {
                if (errors.found.isEmpty()) {
                    errors.found.add(new SchemaViolation(entryName, 0, 0, e.getMessage()));
                }
                // A validation stopped half-way may leave state behind; Validator.reset() throws an NPE in JDK 17's
                // Xerces, so the validator is dropped and the next entry gets a fresh one.
                validators.remove(part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(errors.found);
        }

        private Validator newValidator(Part part) {
            Validator validator = schema(version, part).newValidator();
            try {
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                throw new IllegalStateException("XML validator cannot be secured", e);
            }
            validator.setErrorHandler(errors);
            return validator;
        }
    }

    /** Collects errors as violations of the current entry; throws to stop once enough were found. */
    private static final class CollectingErrorHandler implements ErrorHandler {
        final List<SchemaViolation> found = new ArrayList<>();
        private String entryName;
        private int max;

        void start(String entry, int maxViolations) {
            found.clear();
            entryName = entry;
            max = maxViolations;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings are not violations
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            found.add(new SchemaViolation(entryName, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                    e.getMessage()));
            if (found.size() >= max) {
                throw e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
            throw e;
        }
    }
}
