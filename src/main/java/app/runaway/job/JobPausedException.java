package app.runaway.job;

import java.time.Instant;

/**
 * Thrown by a handler that must wait (a rate window, a backoff) before it can go on: the job goes back to the queue
 * until {@code until}, keeps its checkpoint, and any node resumes it then. A pause is no failed attempt.
 */
public class JobPausedException extends Exception {
    private final Instant until;
    private final transient Object progress;

    public JobPausedException(Instant until, String reason, Object progress) {
        super(reason);
        this.until = until;
        this.progress = progress;
    }

    public Instant until() {
        return until;
    }

    /** The progress to show while paused (null: keep the last one). */
    public Object progress() {
        return progress;
    }
}
