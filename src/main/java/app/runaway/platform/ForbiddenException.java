package app.runaway.platform;

/** A request that names another athlete than the one its token belongs to. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
