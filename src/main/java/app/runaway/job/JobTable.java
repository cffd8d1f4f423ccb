package app.runaway.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table. Claims use FOR UPDATE SKIP LOCKED so that each queued job is taken by exactly one node. */
@Repository
class JobTable {
    private final JdbcClient jdbc;

    JobTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Long athleteId, String kind, String payloadJson) {
        jdbc.sql("INSERT INTO jobs (id, athlete_id, kind, status, payload) VALUES (?, ?, ?, 'queued', ?::jsonb)")
                .params(id, athleteId, kind, payloadJson)
                .update();
    }

    /**
     * Queues a job unless one with the same key is queued or running: then nothing is inserted (false). The unique
     * index decides, so two nodes submitting at once still make one job.
     */
    boolean insertUnique(UUID id, Long athleteId, String kind, String uniqueKey, String payloadJson) {
        return jdbc.sql("""
                INSERT INTO jobs (id, athlete_id, kind, status, payload, unique_key)
                VALUES (?, ?, ?, 'queued', ?::jsonb, ?)
                ON CONFLICT (unique_key) WHERE unique_key IS NOT NULL AND status IN ('queued', 'running') DO NOTHING""")
                .params(id, athleteId, kind, payloadJson, uniqueKey)
                .update() == 1;
    }

    /** The queued or running job holding a key, if any. */
    Optional<UUID> activeWithKey(String uniqueKey) {
        return jdbc.sql("SELECT id FROM jobs WHERE unique_key = ? AND status IN ('queued', 'running')")
                .param(uniqueKey).query(UUID.class).optional();
    }

    record Claimed(UUID id, Long athleteId, String kind, String payloadJson, String checkpointJson, int attempts) {
    }

    Optional<Claimed> claimNext(String node) {
        return jdbc.sql("""
                UPDATE jobs SET status = 'running', claimed_by = ?, heartbeat_at = now(), attempts = attempts + 1,
                                started_at = coalesce(started_at, now())
                 WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_after <= now()
                              ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING id, athlete_id, kind, payload::text AS payload, checkpoint::text AS checkpoint, attempts""")
                .param(node)
                .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), (Long) rs.getObject("athlete_id"),
                        rs.getString("kind"), rs.getString("payload"), rs.getString("checkpoint"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** Records progress; false when this node no longer holds the job (it was recovered after a lapse). */
    boolean progress(UUID id, String node, String progressJson) {
        return jdbc.sql("""
                UPDATE jobs SET progress = ?::jsonb, heartbeat_at = now()
                 WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(progressJson, id, node)
                .update() == 1;
    }

    /** Records where the job has got to, with its progress; false when this node no longer holds the job. */
    boolean checkpoint(UUID id, String node, String checkpointJson, String progressJson) {
        return jdbc.sql("""
                UPDATE jobs SET checkpoint = ?::jsonb, progress = ?::jsonb, heartbeat_at = now()
                 WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(checkpointJson, progressJson, id, node)
                .update() == 1;
    }

    /**
     * Puts a job this node holds back in the queue until {@code until} (a rate window, a backoff): its checkpoint
     * stays, and the pause is no failed attempt.
     */
    boolean pause(UUID id, String node, Instant until, String progressJson) {
        return jdbc.sql("""
                UPDATE jobs SET status = 'queued', run_after = ?, claimed_by = NULL, heartbeat_at = NULL,
                                attempts = greatest(attempts - 1, 0), progress = coalesce(?::jsonb, progress)
                 WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(java.sql.Timestamp.from(until), progressJson, id, node)
                .update() == 1;
    }

    /**
     * Ends a job this node still holds; false when it was taken away (its heartbeat had lapsed). Its last progress
     * report stays, with the phase {@code done}: the work is over, whatever phase it last reported.
     */
    boolean finish(UUID id, String node, JobStatus status, String resultJson, String error) {
        return jdbc.sql("""
                UPDATE jobs SET status = ?, result = ?::jsonb, error = ?, finished_at = now(), heartbeat_at = NULL,
                                progress = jsonb_set(coalesce(progress, '{}'::jsonb), '{phase}', '"done"')
                 WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(status.code(), resultJson, error, id, node)
                .update() == 1;
    }

    /** Marks alive the jobs this node is actually running, and only those. */
    int heartbeat(String node, Collection<UUID> running) {
        if (running.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE jobs SET heartbeat_at = now() WHERE claimed_by = ? AND status = 'running' AND id = ANY(?)""")
                .params(node, running.toArray(UUID[]::new))
                .update();
    }

    /** Gives one job back to the queue (its run ended without a verdict, e.g. the node is stopping). */
    void release(UUID id, String node) {
        jdbc.sql("""
                UPDATE jobs SET status = 'queued', claimed_by = NULL, heartbeat_at = NULL,
                                attempts = greatest(attempts - 1, 0)
                 WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(id, node)
                .update();
    }

    /** Gives a node's running jobs back to the queue (a graceful stop, or this node's restart). */
    int release(String node) {
        return jdbc.sql("""
                UPDATE jobs SET status = 'queued', claimed_by = NULL, heartbeat_at = NULL,
                                attempts = greatest(attempts - 1, 0)
                 WHERE claimed_by = ? AND status = 'running'""")
                .param(node)
                .update();
    }

    record Recovered(UUID id, String kind, JobStatus status) {
    }

    /** Jobs whose node stopped beating: queued again while attempts remain, else failed. */
    List<Recovered> recoverStale(Duration staleAfter) {
        return recover("heartbeat_at < now() - make_interval(secs => ?)", (double) staleAfter.toMillis() / 1000);
    }

    /**
     * Jobs an earlier life of this node held when it died. A sibling sharing the home (and so the prefix) still
     * beats every few seconds, so only jobs whose heartbeat is older than {@code quiet} are taken back.
     */
    List<Recovered> recoverAfterRestart(String nodePrefix, String node, Duration quiet) {
        return recover("claimed_by LIKE ? AND claimed_by <> ? AND heartbeat_at < now() - make_interval(secs => ?)",
                nodePrefix + ":%", node, (double) quiet.toMillis() / 1000);
    }

    private List<Recovered> recover(String condition, Object... parameters) {
        return jdbc.sql("""
                UPDATE jobs SET status = CASE WHEN attempts < max_attempts THEN 'queued' ELSE 'failed' END,
                                error = CASE WHEN attempts < max_attempts THEN NULL
                                             ELSE 'interrupted: the node running it stopped ' || attempts || ' times' END,
                                finished_at = CASE WHEN attempts < max_attempts THEN NULL ELSE now() END,
                                progress = CASE WHEN attempts < max_attempts THEN progress
                                                ELSE jsonb_set(coalesce(progress, '{}'::jsonb), '{phase}', '"done"') END,
                                claimed_by = NULL, heartbeat_at = NULL
                 WHERE status = 'running' AND %s
                RETURNING id, kind, status""".formatted(condition))
                .params(parameters)
                .query((rs, row) -> new Recovered(rs.getObject("id", UUID.class), rs.getString("kind"),
                        JobStatus.valueOf(rs.getString("status").toUpperCase())))
                .list();
    }

    java.util.Map<String, Instant> lastSucceeded(long athleteId, java.util.Collection<String> kinds) {
        var last = new java.util.HashMap<String, Instant>();
        jdbc.sql("""
                SELECT kind, max(finished_at) FROM jobs WHERE athlete_id = ? AND kind = ANY(?) AND status = 'succeeded'
                 GROUP BY kind""")
                .params(athleteId, kinds.toArray(String[]::new))
                .query(rs -> {
                    var finished = rs.getObject(2, OffsetDateTime.class);
                    if (finished != null) {
                        last.put(rs.getString(1), finished.toInstant());
                    }
                });
        return last;
    }

    Optional<JobRecord> find(UUID id) {
        return jdbc.sql("""
                SELECT *, CASE WHEN status = 'queued' AND run_after > now() THEN run_after END AS paused_until
                  FROM jobs WHERE id = ?""").param(id).query(JobTable::record).optional();
    }

    private static JobRecord record(ResultSet rs, int row) throws SQLException {
        return new JobRecord(rs.getObject("id", UUID.class), (Long) rs.getObject("athlete_id"), rs.getString("kind"),
                JobStatus.valueOf(rs.getString("status").toUpperCase()), rs.getString("progress"),
                rs.getString("result"), rs.getString("error"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                instant(rs, "paused_until"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
