package org.plinth.server.storage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload over the configured maximum ({@code PLINTH_UPLOAD_MAX_SIZE}); answered with 413 and
 * the limit in the problem body. Raised while the stream is read, so nothing has been kept.
 */
public class UploadTooLargeException extends ErrorResponseException {

    private final long limit;

    public UploadTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    private static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload exceeds the limit of " + limit + " bytes.");
        problem.setProperty("limit", limit);
        return problem;
    }
}
