package app.runaway.platform;

/** A resource that does not exist, or that belongs to another athlete: both answer 404 so that ids leak nothing. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
