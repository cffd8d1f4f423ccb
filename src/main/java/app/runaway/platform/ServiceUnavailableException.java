package app.runaway.platform;

/** A service this one depends on (the coach in coach role) is down or broken: answered 503. */
public final class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String reason) {
        super(reason);
    }
}
