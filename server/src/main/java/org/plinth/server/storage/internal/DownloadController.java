package org.plinth.server.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.ForbiddenException;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.ObjectKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves signed download links ({@link SignedDownloadLinks}): no bearer token, the signature is the
 * permission. Supports one byte range ({@code Range: bytes=a-b}, {@code a-}, {@code -n}) with 206;
 * several ranges are answered with the whole file, which HTTP allows.
 */
@RestController
class DownloadController {

    static final String PATH_PREFIX = "/storage/download/";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final FileStore store;
    private final DownloadSigner signer;

    DownloadController(FileStore store, DownloadSigner signer) {
        this.store = store;
        this.signer = signer;
    }

    @Operation(operationId = "downloadFile", summary = "Download a stored file through a signed, expiring link",
            description = "The link comes from a `file` field (e.g. of a document). No bearer token; "
                    + "a changed or expired link is refused with 403. Supports a single `Range`.")
    @GetMapping(PATH_PREFIX + "{key}")
    void download(@PathVariable String key, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "0") long expires,
            @RequestParam(defaultValue = "") String signature,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
            HttpServletResponse response) throws IOException {
        if (!ObjectKeys.isValid(key) || signature.isEmpty() || !signer.verify(key, expires, name, type, signature)) {
            throw new ForbiddenException("The download link is not valid.");
        }
        if (signer.nowEpochSeconds() > expires) {
            throw new ForbiddenException("The download link has expired; ask for the object again to get a new one.");
        }
        Optional<Long> stored = store.size(key);
        if (stored.isEmpty()) {
            throw new NotFoundException("The file no longer exists.");
        }
        long size = stored.get();
        long[] span = range == null ? null : ByteRange.parse(range, size);
        if (span != null && span.length == 0) {
            ErrorResponseException unsatisfiable = new ErrorResponseException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                            "Range '" + (range.length() > 100 ? range.substring(0, 100) : range)
                                    + "' is outside the file's " + size + " bytes."), null);
            unsatisfiable.getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            throw unsatisfiable;
        }
        long offset = span == null ? 0 : span[0];
        long length = span == null ? size : span[1] - span[0] + 1;
        response.setStatus(span == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setContentType(mediaType(type));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name.isEmpty() ? key : name));
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(length);
        if (span != null) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + span[0] + "-" + span[1] + "/" + size);
        }
        try (InputStream in = store.open(key, offset, length)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER_SIZE];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static String mediaType(String type) {
        if (type.isEmpty()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            return MediaType.parseMediaType(type).toString();
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }
}
