package app.runaway.job;

import java.util.UUID;

/** The work of one kind of job. A capability registers a handler bean; any node may run it. */
public interface JobHandler {

    /** The kind this handler runs, as stored in jobs.kind. */
    String kind();

    /**
     * Runs the job and returns its result (serialised to JSON for the client). Throw {@link JobFailedException}
     * with a reason the athlete can act on, {@link JobPausedException} to wait; any other exception fails the job as
     * an internal error. The handler must be safe to run again: a job whose node dies is resumed elsewhere, from its
     * last {@link JobContext#checkpoint() checkpoint} or else from the start.
     */
    Object run(JobContext context) throws Exception;

    /** Called once the job has ended for good (succeeded, failed, or given up after its node died). */
    default void ended(UUID jobId) {
    }
}
