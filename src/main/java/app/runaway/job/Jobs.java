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
        return id;
    }

    /** When this athlete's last job of a kind succeeded (for "how fresh is my data"), if ever. */
    public java.util.Optional<java.time.Instant> lastSucceeded(long athleteId, String kind) {
        return table.lastSucceeded(athleteId, kind);
    }

    /** The job if it belongs to this athlete; another athlete's job is as absent as one that never existed. */
    public Optional<JobRecord> find(long athleteId, UUID id) {
        return table.find(id).filter(job -> job.athleteId() != null && job.athleteId() == athleteId);
    }
}
