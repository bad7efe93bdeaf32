package org.plinth.step;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three ways input reaches the reader. Reader tests run over each, to catch buffer-boundary bugs: the mapped
 * mode uses tiny segments and a tiny scan window, so statements cross segment ends and force window refills.
 */
enum InputMode {
    BYTE_ARRAY {
        @Override
        StepModel read(byte[] data, StepReadOptions options) {
            return StepReader.read(data, options);
        }
    },
    MAPPED_FILE {
        @Override
        StepModel read(byte[] data, StepReadOptions options) {
            try {
                Path file = Files.createTempFile("plinth-step-", ".ifc");
                try {
                    Files.write(file, data);
                    return StepReader.readMapped(file, options, 4096, 64);
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    ONE_BYTE_STREAM {
        @Override
        StepModel read(byte[] data, StepReadOptions options) {
            try {
                return StepReader.read(new OneBytePerReadStream(data), options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    abstract StepModel read(byte[] data, StepReadOptions options);

    /** Delivers at most one byte per read call, whatever the caller asks for. */
    static final class OneBytePerReadStream extends InputStream {
        private final byte[] data;
        private int pos;

        OneBytePerReadStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            b[off] = data[pos++];
            return 1;
        }
    }
}
