package org.plinth.server.platform;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that passed bean validation but is still wrong (an unknown scope, a date in the past).
 * Rendered as 400 with {@code errors: {field: [messages]}}, the same shape as validation errors.
 */
public class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(String field, String message) {
        this(Map.of(field, List.of(message)));
    }

    public InvalidRequestException(Map<String, List<String>> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(Map<String, List<String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content.");
        problem.setProperty("errors", errors);
        return problem;
    }
}
