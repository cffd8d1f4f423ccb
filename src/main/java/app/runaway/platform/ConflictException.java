package app.runaway.platform;

/** A request that cannot be done in the current state (not connected, connected to someone else): answered 409. */
public final class ConflictException extends RuntimeException {
    public ConflictException(String reason) {
        super(reason);
    }
}
