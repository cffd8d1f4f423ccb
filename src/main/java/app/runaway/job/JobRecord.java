package app.runaway.job;

import java.time.Instant;
import java.util.UUID;

/**
 * A job row as clients see it; progress and result are JSON text. {@code pausedUntil} is set while a queued job
 * waits for its time (a rate window, a backoff).
 */
public record JobRecord(UUID id, Long athleteId, String kind, JobStatus status, String progressJson,
                        String resultJson, String error, int attempts, Instant createdAt, Instant startedAt,
                        Instant finishedAt, Instant pausedUntil) {
}
