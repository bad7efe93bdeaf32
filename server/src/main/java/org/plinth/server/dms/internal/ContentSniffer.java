package org.plinth.server.dms.internal;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * What a file is, from its first bytes (the client's Content-Type and file name are not trusted):
 * IFC (STEP physical file), PDF, PNG, JPEG, glTF binary, DWG, DXF (text and binary), zip.
 */
final class ContentSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    static final int HEAD_BYTES = 512;

    /**
     * @param fileType MIME type stored as BIMData's {@code file_type}
     * @param modelType BIMData's {@code model_type}, null for files the platform does not process
     */
    record Sniffed(String fileType, @Nullable String modelType) {
    }

    private static final byte[] STEP = "ISO-10303-21;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
    private static final byte[] GLB = "glTF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] DWG = "AC10".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DXF_BINARY = "AutoCAD Binary DXF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DXF_SECTION = "SECTION".getBytes(StandardCharsets.US_ASCII);

    private ContentSniffer() {
    }

    static Sniffed sniff(byte[] head, int length) {
        int start = skipBomAndSpace(head, length);
        if (startsWith(head, start, length, STEP)) {
            return new Sniffed("application/x-step", "IFC");
        }
        if (startsWith(head, 0, length, PDF)) {
            return new Sniffed("application/pdf", "PDF");
        }
        if (startsWith(head, 0, length, PNG)) {
            return new Sniffed("image/png", "PNG");
        }
        if (startsWith(head, 0, length, JPEG)) {
            return new Sniffed("image/jpeg", "JPEG");
        }
        if (startsWith(head, 0, length, GLB)) {
            return new Sniffed("model/gltf-binary", "GLTF");
        }
        if (startsWith(head, 0, length, DWG) && length >= 6 && isDigit(head[4]) && isDigit(head[5])) {
            return new Sniffed("image/vnd.dwg", "DWG");
        }
        if (startsWith(head, 0, length, DXF_BINARY) || isTextDxf(head, start, length)) {
            return new Sniffed("image/vnd.dxf", "DXF");
        }
        if (startsWith(head, 0, length, ZIP)) {
            return new Sniffed("application/zip", null);
        }
        return new Sniffed("application/octet-stream", null);
    }

    /** Text DXF: group code 0, a line break, then SECTION. */
    private static boolean isTextDxf(byte[] head, int start, int length) {
        int i = start;
        if (i >= length || head[i] != '0') {
            return false;
        }
        i++;
        while (i < length && (head[i] == '\r' || head[i] == '\n' || head[i] == ' ')) {
            i++;
        }
        return startsWith(head, i, length, DXF_SECTION);
    }

    private static int skipBomAndSpace(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && head[0] == (byte) 0xef && head[1] == (byte) 0xbb && head[2] == (byte) 0xbf) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean startsWith(byte[] head, int offset, int length, byte[] prefix) {
        if (length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
