package org.plinth.server.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.ObjectKeys;
import org.plinth.server.storage.StoredObject;
import org.plinth.server.storage.UploadTooLargeException;

/**
 * Files under {@code <data dir>/files}: {@code ab/cd/abcd...} by object key (two directory levels
 * keep directories small), never by a user's file name. An upload is written to {@code tmp/} in
 * the same directory tree, forced to disk, then moved into place atomically, so a reader never sees
 * half a file and an interrupted upload leaves only a temp file that is deleted at once.
 */
final class FilesystemFileStore implements FileStore {

    static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path tmp;

    FilesystemFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    @Override
    public StoredObject put(InputStream content, long maxBytes) throws IOException {
        String key = ObjectKeys.newKey();
        Path temp = Files.createTempFile(tmp, key, ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER_SIZE];
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new UploadTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            return new StoredObject(key, size, ObjectKeys.hex(digest.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(pathOf(key), StandardOpenOption.READ);
        try {
            channel.position(offset);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        InputStream in = Channels.newInputStream(channel);
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        try {
            return Optional.of(Files.size(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    @Override
    public Optional<URI> directDownloadUrl(String key, String fileName, String contentType, Duration validity) {
        return Optional.empty();
    }

    @Override
    public String kind() {
        return "filesystem";
    }

    Path root() {
        return root;
    }

    /** Number of upload temp files present (tests: nothing is left behind after a failed upload). */
    long tempFileCount() throws IOException {
        try (var files = Files.list(tmp)) {
            return files.count();
        }
    }

    Path pathOf(String key) {
        ObjectKeys.require(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
