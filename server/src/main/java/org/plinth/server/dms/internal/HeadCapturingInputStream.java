package org.plinth.server.dms.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through unchanged and keeps a copy of its first bytes (for content sniffing). */
final class HeadCapturingInputStream extends FilterInputStream {

    private final byte[] head;
    private int captured;

    HeadCapturingInputStream(InputStream in, int headBytes) {
        super(in);
        this.head = new byte[headBytes];
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0 && captured < head.length) {
            head[captured++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0 && captured < head.length) {
            int copy = Math.min(n, head.length - captured);
            System.arraycopy(buffer, offset, head, captured, copy);
            captured += copy;
        }
        return n;
    }

    byte[] head() {
        return head;
    }

    int captured() {
        return captured;
    }
}
