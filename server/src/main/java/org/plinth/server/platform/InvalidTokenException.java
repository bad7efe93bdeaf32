package org.plinth.server.platform;

/** A bearer token that is recognised but not valid; the API answers 401 with the reason. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
