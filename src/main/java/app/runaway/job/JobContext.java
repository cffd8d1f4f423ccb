package app.runaway.job;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a running job sees: its id, athlete and payload, its last checkpoint, and ways to report progress. */
public interface JobContext {
    UUID jobId();

    Long athleteId();

    Map<String, Object> payload();

    /** Records progress (counts) for `GET /api/jobs/{id}`; also proves the job is alive. */
    void progress(Object progress);

    /**
     * Records where the job has got to (a page, an {@code after} timestamp) together with its progress, in one write:
     * a run resumed after a crash or restart reads it back from {@link #checkpoint()}.
     */
    void checkpoint(Map<String, Object> checkpoint, Object progress);

    /** The last checkpoint an earlier run of this job recorded, if any. */
    Optional<Map<String, Object>> checkpoint();
}
