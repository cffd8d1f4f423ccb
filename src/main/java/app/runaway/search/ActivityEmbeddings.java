package app.runaway.search;

import app.runaway.activity.ActivitiesDeleted;
import app.runaway.activity.ActivitiesStored;
import app.runaway.athlete.AthleteProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps activity embeddings following the activities: stored or changed activities are queued in the storing
 * transaction (durable with it; a few milliseconds of inserts, no model call) and embedded in the background.
 */
@Service
public class ActivityEmbeddings {
    private final EmbeddingQueue queue;
    private final EmbeddingStore store;
    private final EmbeddingWorker worker;

    ActivityEmbeddings(EmbeddingQueue queue, EmbeddingStore store, EmbeddingWorker worker) {
        this.queue = queue;
        this.store = store;
        this.worker = worker;
    }

    /** How many of the athlete's activities are searchable by meaning, and how many are still waiting. */
    public EmbeddingStatus status(long athleteId) {
        return new EmbeddingStatus(store.embedded(athleteId, EmbeddingWorker.MODEL), queue.pending(athleteId));
    }

    /** How many of the athlete's activities wait to be embedded. */
    public long pending(long athleteId) {
        return queue.pending(athleteId);
    }

    /** The athlete's embedding write version: it rises whenever vectors of the athlete are written, on any node. */
    public long version(long athleteId) {
        return store.version(athleteId);
    }

    @EventListener
    void on(ActivitiesStored stored) {
        if (!stored.activityIds().isEmpty()) {
            queue.enqueue(stored.athleteId(), stored.activityIds());
            wakeAfterCommit();
        }
    }

    /**
     * The deleted activities' vectors and queue rows went with them (foreign keys); every node's in-memory vectors
     * of the athlete are reloaded at their next search.
     */
    @EventListener
    void on(ActivitiesDeleted deleted) {
        store.vectorsDeleted(deleted.athleteId());
    }

    /**
     * Units or time zone may have changed (a zone change comes with this event too): summaries may read
     * differently; the worker re-embeds only those that do.
     */
    @EventListener
    void on(AthleteProfileChanged changed) {
        queue.enqueueEmbedded(changed.athleteId());
        wakeAfterCommit();
    }

    private void wakeAfterCommit() {
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
}
