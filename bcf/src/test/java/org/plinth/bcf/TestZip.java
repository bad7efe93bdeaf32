package org.plinth.bcf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small zips in memory for reader tests, including ones no honest tool would write. */
final class TestZip {

    static final String VERSION_21 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Version VersionId=\"2.1\"/>";
    static final String VERSION_30 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Version VersionId=\"3.0\"/>";
    static final String TOPIC_GUID = "0b762f89-7383-4dba-ac52-afcd742e18a7";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static TestZip bcf21() {
        return new TestZip().add("bcf.version", VERSION_21);
    }

    static TestZip bcf30() {
        return new TestZip().add("bcf.version", VERSION_30);
    }

    /** A 2.1 markup with the required fields and {@code extraTopicXml} inside {@code <Topic>} after the author. */
    static String markup21(String extraTopicXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Markup>\n  <Topic Guid=\"" + TOPIC_GUID + "\">\n"
                + "    <Title>t</Title>\n    <CreationDate>2020-01-02T03:04:05Z</CreationDate>\n"
                + "    <CreationAuthor>a@example.com</CreationAuthor>\n" + extraTopicXml + "  </Topic>\n</Markup>\n";
    }

    TestZip add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TestZip add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }
}
