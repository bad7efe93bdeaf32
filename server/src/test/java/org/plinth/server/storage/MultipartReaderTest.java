package org.plinth.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plinth.server.platform.InvalidRequestException;

class MultipartReaderTest {

    private static final String BOUNDARY = "----plinthBoundary7MA4YWxkTrZu0gW";

    record ReadPart(String name, String fileName, String contentType, byte[] content) {
    }

    static byte[] body(String preamble, Object... fieldsAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(preamble.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String header = (String) fieldsAndValues[i];
            Object value = fieldsAndValues[i + 1];
            out.writeBytes(("--" + BOUNDARY + "\r\n" + header + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(value instanceof byte[] bytes ? bytes : ((String) value).getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<ReadPart> readAll(InputStream in) throws IOException {
        MultipartReader reader = new MultipartReader(in, BOUNDARY);
        List<ReadPart> parts = new ArrayList<>();
        for (MultipartReader.Part part; (part = reader.next()) != null; ) {
            parts.add(new ReadPart(part.name(), part.fileName(), part.contentType(), part.content().readAllBytes()));
        }
        return parts;
    }

    /** Delivers one byte per read, to put every boundary across reads. */
    static InputStream oneByteAtATime(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void readsFieldsAndAFileWithTrickyBytes() throws IOException {
        // The file holds CR LF and a prefix of the delimiter, which must stay content.
        byte[] file = ("IFC\r\n--" + BOUNDARY.substring(0, 10) + "\r\n-- \r\n\r").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = body("preamble to ignore\r\n",
                "Content-Disposition: form-data; name=\"name\"", "Mur porteur é",
                "Content-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".ifc\"\r\nContent-Type: application/x-step", file,
                "Content-Disposition: form-data; name=\"parent_id\"", "12");
        for (InputStream in : List.of(new ByteArrayInputStream(body), oneByteAtATime(body))) {
            List<ReadPart> parts = readAll(in);
            assertThat(parts).extracting(ReadPart::name).containsExactly("name", "file", "parent_id");
            assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("Mur porteur é");
            assertThat(parts.get(0).fileName()).isNull();
            assertThat(parts.get(1).fileName()).isEqualTo("a \"b\".ifc");
            assertThat(parts.get(1).contentType()).isEqualTo("application/x-step");
            assertThat(parts.get(1).content()).isEqualTo(file);
            assertThat(new String(parts.get(2).content(), StandardCharsets.UTF_8)).isEqualTo("12");
        }
    }

    @Test
    void decodesExtendedFileNames() throws IOException {
        byte[] body = body("", "Content-Disposition: form-data; name=\"file\"; filename=\"x\"; filename*=UTF-8''pl%C3%A2n%2B1.pdf", "x");
        assertThat(readAll(new ByteArrayInputStream(body)).get(0).fileName()).isEqualTo("plân+1.pdf");
    }

    @Test
    void skipsUnreadParts() throws IOException {
        byte[] body = body("", "Content-Disposition: form-data; name=\"a\"", "x".repeat(200_000),
                "Content-Disposition: form-data; name=\"b\"", "bee");
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), BOUNDARY);
        assertThat(reader.next().name()).isEqualTo("a");
        MultipartReader.Part b = reader.next();
        assertThat(b.text(10)).isEqualTo("bee");
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void refusesTruncatedBodies() {
        byte[] body = body("", "Content-Disposition: form-data; name=\"file\"; filename=\"f\"", "0123456789");
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - BOUNDARY.length() - 8);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(truncated)))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageContaining("body ends inside a part");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream("no boundary here".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedMultipartException.class);
    }

    @Test
    void refusesPartsWithoutDispositionAndHugeHeaders() {
        byte[] noDisposition = body("", "Content-Type: text/plain", "x");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(noDisposition)))
                .isInstanceOf(MalformedMultipartException.class).hasMessageContaining("Content-Disposition");
        byte[] hugeHeader = body("", "Content-Disposition: form-data; name=\"" + "n".repeat(20_000) + "\"", "x");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(hugeHeader)))
                .isInstanceOf(MalformedMultipartException.class).hasMessageContaining("longer than");
    }

    @Test
    void limitsTextFields() throws IOException {
        byte[] body = body("", "Content-Disposition: form-data; name=\"name\"", "x".repeat(1000));
        MultipartReader.Part part = new MultipartReader(new ByteArrayInputStream(body), BOUNDARY).next();
        assertThatThrownBy(() -> part.text(999)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void findsTheBoundaryInTheContentType() {
        assertThat(MultipartReader.boundaryOf("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(MultipartReader.boundaryOf("Multipart/Form-Data; charset=utf-8; boundary=\"a b\"")).contains("a b");
        assertThat(MultipartReader.boundaryOf("multipart/form-data")).isEmpty();
        assertThat(MultipartReader.boundaryOf("application/json")).isEmpty();
        assertThat(MultipartReader.boundaryOf(null)).isEmpty();
    }
}
