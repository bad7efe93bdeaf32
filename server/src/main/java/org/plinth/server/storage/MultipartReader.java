package org.plinth.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as it arrives: each part's headers, then its
 * content as a stream that ends at the next boundary. Nothing is buffered beyond one 64 KB window,
 * so a multi-gigabyte file part goes straight from the socket to a {@link FileStore}. Spring's own
 * multipart support would first copy every file part to a temporary file.
 *
 * <p>Use: {@code for (Part part; (part = reader.next()) != null; ) ...}. A part's stream is valid
 * until the next call to {@link #next()}, which skips whatever of it was not read. Limits: part
 * headers 16 KB, text fields read with {@link Part#text(int)} up to a caller-given size.
 */
public final class MultipartReader {

    private static final int WINDOW = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    /** One part: form field name, file name when it is a file, declared content type, and its content. */
    public record Part(String name, @Nullable String fileName, @Nullable String contentType, InputStream content) {

        public boolean isFile() {
            return fileName != null;
        }

        /** The content as UTF-8 text; a 400 naming the field when it is longer than {@code maxBytes}. */
        public String text(int maxBytes) throws IOException {
            byte[] bytes = content.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new org.plinth.server.platform.InvalidRequestException(name,
                        "is longer than " + maxBytes + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private @Nullable PartStream current;
    private boolean finished;

    public MultipartReader(InputStream in, String boundary) {
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new MalformedMultipartException("the boundary must have 1 to 70 characters");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[WINDOW + delimiter.length];
        // The first boundary has no CRLF before it; pretend it had, so every delimiter looks alike
        // and anything before it (the preamble) is just a part nobody reads.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        current = new PartStream();
    }

    /** The boundary of a {@code multipart/form-data} content type, empty when it is not one. */
    public static Optional<String> boundaryOf(@Nullable String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, "multipart/form-data", 0, 19)) {
            return Optional.empty();
        }
        String boundary = HeaderParameters.get(contentType, "boundary");
        return boundary == null || boundary.isEmpty() ? Optional.empty() : Optional.of(boundary);
    }

    /** The next part, or null after the closing boundary. */
    public @Nullable Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.skipRest();
            current = null;
        }
        // After a delimiter: "--" closes the body; otherwise optional whitespace and CRLF.
        ensure(2);
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            finished = true;
            return null;
        }
        while (true) {
            ensure(1);
            byte b = buffer[position];
            if (b == ' ' || b == '\t') {
                position++;
                continue;
            }
            break;
        }
        ensure(2);
        if (buffer[position] != '\r' || buffer[position + 1] != '\n') {
            throw new MalformedMultipartException("a boundary is not followed by a line break");
        }
        position += 2;
        String disposition = null;
        String contentType = null;
        int headerBytes = 0;
        while (true) {
            String line = readLine(MAX_HEADER_BYTES - headerBytes);
            headerBytes += line.length() + 2;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("a part header has no name");
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Disposition")) {
                disposition = value;
            } else if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            }
        }
        if (disposition == null || !disposition.regionMatches(true, 0, "form-data", 0, 9)) {
            throw new MalformedMultipartException("a part has no Content-Disposition: form-data header");
        }
        String fieldName = HeaderParameters.get(disposition, "name");
        if (fieldName == null) {
            throw new MalformedMultipartException("a part has no field name");
        }
        String fileName = HeaderParameters.get(disposition, "filename*");
        fileName = fileName != null ? decodeExtended(fileName) : HeaderParameters.get(disposition, "filename");
        PartStream stream = new PartStream();
        current = stream;
        return new Part(fieldName, fileName, contentType, stream);
    }

    /** RFC 8187 {@code UTF-8''percent-encoded}; other charsets are refused. */
    private static String decodeExtended(String value) {
        int quote = value.indexOf("''");
        if (quote < 0 || !value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
            throw new MalformedMultipartException("filename* must be UTF-8''...");
        }
        try {
            return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            throw new MalformedMultipartException("filename* is not percent-encoded UTF-8");
        }
    }

    private String readLine(int maxBytes) throws IOException {
        int start = position;
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i + 1 < limit; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    if (i - start > maxBytes) {
                        throw new MalformedMultipartException("part headers are longer than " + MAX_HEADER_BYTES + " bytes");
                    }
                    String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    position = i + 2;
                    return line;
                }
            }
            scanned = Math.max(0, limit - start - 1);
            if (scanned > maxBytes) {
                throw new MalformedMultipartException("part headers are longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (!refill()) {
                throw new MalformedMultipartException("the body ends inside part headers");
            }
            start = position;
        }
    }

    /** Makes at least {@code n} bytes available at {@code position} or fails: the body ended early. */
    private void ensure(int n) throws IOException {
        while (limit - position < n) {
            if (!refill()) {
                throw new MalformedMultipartException("the body ends before the closing boundary");
            }
        }
    }

    /** Moves unread bytes to the front and reads more; false at the end of the input. */
    private boolean refill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            return true;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    /** Index of the delimiter in the window, or -1. The first byte is CR, rare in most content. */
    private int findDelimiter() {
        int last = limit - delimiter.length;
        byte[] b = buffer;
        for (int i = position; i <= last; i++) {
            if (b[i] == '\r') {
                int j = 1;
                while (j < delimiter.length && b[i + j] == delimiter[j]) {
                    j++;
                }
                if (j == delimiter.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private final class PartStream extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done || current != this) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = findDelimiter();
                int available;
                if (found >= 0) {
                    available = found - position;
                    if (available == 0) {
                        position = found + delimiter.length;
                        done = true;
                        return -1;
                    }
                } else {
                    // Bytes that cannot be the start of a delimiter are safe to hand out.
                    available = limit - position - (delimiter.length - 1);
                }
                if (available > 0) {
                    int n = Math.min(length, available);
                    System.arraycopy(buffer, position, target, offset, n);
                    position += n;
                    return n;
                }
                if (!refill()) {
                    throw new MalformedMultipartException("the body ends inside a part (no closing boundary)");
                }
            }
        }

        void skipRest() throws IOException {
            byte[] scratch = new byte[8192];
            while (read(scratch, 0, scratch.length) >= 0) {
                // discard
            }
        }
    }
}
