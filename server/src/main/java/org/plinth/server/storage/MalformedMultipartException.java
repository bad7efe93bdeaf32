package org.plinth.server.storage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A {@code multipart/form-data} body that breaks the format (no boundary, truncated, headers too long); 400. */
public class MalformedMultipartException extends ErrorResponseException {

    public MalformedMultipartException(String detail) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Malformed multipart body: " + detail), null);
    }
}
