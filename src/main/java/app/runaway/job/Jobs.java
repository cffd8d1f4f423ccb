package app.runaway.job;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Submits durable jobs and reads their state. */
@Service
public class Jobs {
    private final JobTable table;
    private final JsonMapper json;
    private final JobWorker worker;

    Jobs(JobTable table, JsonMapper json, JobWorker worker) {
        this.table = table;
        this.json = json;
        this.worker = worker;
    }

    /**
     * Queues a job. Inside a transaction the job becomes visible (and this node is woken to run it) only when the
     * transaction commits, so a job never runs before the data it needs is stored.
     */
    public UUID submit(String kind, Long athleteId, Map<String, Object> payload) {
        var id = UUID.randomUUID();
        table.insert(id, athleteId, kind, json.writeValueAsString(payload));
        wakeWorker();
        return id;
    }

    /** A job submitted under a key: the new one, or the one already queued or running with that key. */
    public record Submitted(UUID jobId, boolean alreadyActive) {
    }

    /**
     * Queues a job unless one with the same key is queued or running (one sync per athlete at a time): then that
     * job is answered instead. A job that ends between the two looks is retried, so some job always answers.
     */
    public Submitted submitUnique(String kind, Long athleteId, String uniqueKey, Map<String, Object> payload) {
        for (var tries = 0; ; tries++) {
            var id = UUID.randomUUID();
            if (table.insertUnique(id, athleteId, kind, uniqueKey, json.writeValueAsString(payload))) {
                wakeWorker();
                return new Submitted(id, false);
            }
            var active = table.activeWithKey(uniqueKey);
            if (active.isPresent()) {
                return new Submitted(active.get(), true);
            }
            if (tries > 10) {
                throw new IllegalStateException("could not queue or find a job with key " + uniqueKey);
            }
        }
    }

    /** The queued or running job holding a key, if any. */
    public Optional<UUID> activeWithKey(String uniqueKey) {
        return table.activeWithKey(uniqueKey);
    }

    private void wakeWorker() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }

    /**
     * When this athlete's last job of each kind succeeded (for "how fresh is my data"), in one query: a kind that
     * never succeeded is absent from the map.
     */
    public java.util.Map<String, java.time.Instant> lastSucceeded(long athleteId, java.util.Collection<String> kinds) {
        return table.lastSucceeded(athleteId, kinds);
    }

    /** The job if it belongs to this athlete; another athlete's job is as absent as one that never existed. */
    public Optional<JobRecord> find(long athleteId, UUID id) {
        return table.find(id).filter(job -> job.athleteId() != null && job.athleteId() == athleteId);
    }
}
