package app.runaway.platform;

import org.springframework.http.HttpStatus;

/** An upload refused before any work starts: too large, unsafe or of an unknown kind. */
public final class RejectedUploadException extends RuntimeException {
    private final HttpStatus status;

    public RejectedUploadException(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
