package app.runaway.strava;

import app.runaway.job.Jobs;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Queues syncs, one per athlete at a time: asking while one is queued or running answers that one. */
@Service
class SyncQueue {
    private final Jobs jobs;

    SyncQueue(Jobs jobs) {
        this.jobs = jobs;
    }

    /** A sync job as `POST /api/sync` answers it. */
    record SyncJob(UUID jobId, String status, String statusUrl) {
    }

    SyncJob submit(long athleteId, SyncMode mode) {
        var submitted = jobs.submitUnique(StravaSync.KIND, athleteId, StravaSync.uniqueKey(athleteId),
                StravaSync.payload(mode));
        var status = submitted.alreadyActive()
                ? jobs.find(athleteId, submitted.jobId()).map(job -> job.status().code()).orElse("queued")
                : "queued";
        return new SyncJob(submitted.jobId(), status, "/api/jobs/" + submitted.jobId());
    }
}
