package app.runaway.search;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Activities waiting to be embedded. Rows are written in the storing transaction; a node leases a batch with
 * FOR UPDATE SKIP LOCKED (so two nodes never take the same rows) and deletes what it embedded. A node that dies
 * leaves its lease to expire, and the rows are taken again.
 */
@Repository
class EmbeddingQueue {
    private final JdbcClient jdbc;

    EmbeddingQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Queued(long activityId, long athleteId, long generation) {
    }

    /** Queues the activities; one already queued is queued again (a newer generation), even if being embedded now. */
    void enqueue(long athleteId, List<Long> activityIds) {
        jdbc.sql("""
                INSERT INTO embedding_queue (activity_id, athlete_id)
                SELECT unnest(?::bigint[]), ?
                ON CONFLICT (activity_id) DO UPDATE
                   SET generation = embedding_queue.generation + 1, queued_at = now(), claimed_until = NULL""")
                .params(activityIds.toArray(Long[]::new), athleteId)
                .update();
    }

    /** Queues every embedded activity of the athlete for a re-check (units changed: the summaries may read differently). */
    void enqueueEmbedded(long athleteId) {
        jdbc.sql("""
                INSERT INTO embedding_queue (activity_id, athlete_id)
                SELECT activity_id, athlete_id FROM activity_embeddings WHERE athlete_id = ?
                ON CONFLICT (activity_id) DO UPDATE
                   SET generation = embedding_queue.generation + 1, queued_at = now(), claimed_until = NULL""")
                .param(athleteId)
                .update();
    }

    /** Leases the oldest unclaimed (or abandoned) rows, of any athlete. */
    List<Queued> claim(int limit, Duration lease) {
        return jdbc.sql("""
                UPDATE embedding_queue SET claimed_until = now() + make_interval(secs => ?)
                 WHERE activity_id IN (SELECT activity_id FROM embedding_queue
                                        WHERE claimed_until IS NULL OR claimed_until < now()
                                        ORDER BY queued_at, activity_id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING activity_id, athlete_id, generation""")
                .params((double) lease.toMillis() / 1000, limit)
                .query((rs, row) -> new Queued(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Removes the rows as claimed; a row queued again meanwhile (newer generation) stays for the next batch. */
    void done(List<Queued> batch) {
        jdbc.sql("""
                DELETE FROM embedding_queue q USING unnest(?::bigint[], ?::bigint[]) AS d(activity_id, generation)
                 WHERE q.activity_id = d.activity_id AND q.generation = d.generation""")
                .params(batch.stream().map(Queued::activityId).toArray(Long[]::new),
                        batch.stream().map(Queued::generation).toArray(Long[]::new))
                .update();
    }

    long pending(long athleteId) {
        return jdbc.sql("SELECT count(*) FROM embedding_queue WHERE athlete_id = ?").param(athleteId)
                .query(Long.class).single();
    }

    long pending() {
        return jdbc.sql("SELECT count(*) FROM embedding_queue").query(Long.class).single();
    }
}
