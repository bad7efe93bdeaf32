package org.plinth.server.storage.internal;

/**
 * {@code Content-Disposition: attachment} with the file name as RFC 6266 wants it: an ASCII
 * fallback (non-ASCII, quotes, backslashes and control characters replaced by {@code _}) and the
 * exact name in {@code filename*} (UTF-8, percent-encoded), so no header injection is possible.
 */
final class ContentDisposition {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            ascii.append(c < 0x20 || c >= 0x7f || c == '"' || c == '\\' ? '_' : c);
        }
        StringBuilder encoded = new StringBuilder(fileName.length() * 3);
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
