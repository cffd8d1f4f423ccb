package app.runaway.job;

/** A job that cannot succeed for a reason the athlete should read (a corrupt archive), not a bug. */
public class JobFailedException extends Exception {
    public JobFailedException(String reason) {
        super(reason);
    }

    public JobFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
