package app.runaway.job;

import java.util.Map;
import java.util.UUID;

/** What a running job sees: its id, athlete and payload, and a way to report progress. */
public interface JobContext {
    UUID jobId();

    Long athleteId();

    Map<String, Object> payload();

    /** Records progress (counts) for `GET /api/jobs/{id}`; also proves the job is alive. */
    void progress(Object progress);
}
