package org.plinth.bcf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two ways into {@link BcfZipReader}: a stream (local headers) and a file (central directory). */
enum ZipSource {
    STREAM {
        @Override
        BcfArchive read(BcfZipReader reader, byte[] zip) throws IOException {
            return reader.read(new ByteArrayInputStream(zip));
        }
    },
    FILE {
        @Override
        BcfArchive read(BcfZipReader reader, byte[] zip) throws IOException {
            Path file = Files.createTempFile("plinth-bcf-test", ".bcf");
            try {
                Files.write(file, zip);
                return reader.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    };

    abstract BcfArchive read(BcfZipReader reader, byte[] zip) throws IOException;
}
