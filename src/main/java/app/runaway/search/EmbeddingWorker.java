package app.runaway.search;

import app.runaway.activity.ActivityReader;
import app.runaway.athlete.AthleteProfiles;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds queued activities on this node, one batch at a time, on its own thread: embedding takes no job slot, so a
 * long history never delays an import. Woken at once by activities stored here; polls for those stored elsewhere.
 * An activity whose summary has not changed since it was embedded is taken off the queue without a model call.
 */
@Component
class EmbeddingWorker implements SmartLifecycle {
    static final String MODEL = "all-minilm-l6-v2-q";
    private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

    private final EmbeddingQueue queue;
    private final EmbeddingStore store;
    private final ActivityReader activities;
    private final AthleteProfiles profiles;
    private final EmbeddingModel model;
    private final TransactionTemplate transaction;
    private final SearchSettings settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;

    EmbeddingWorker(EmbeddingQueue queue, EmbeddingStore store, ActivityReader activities, AthleteProfiles profiles,
                    EmbeddingModel model, PlatformTransactionManager transactions, SearchSettings settings) {
        this.queue = queue;
        this.store = store;
        this.activities = activities;
        this.profiles = profiles;
        this.model = model;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        running = true;
        if (settings.embedding()) {
            loop = Thread.ofVirtual().name("embedding").start(this::embedLoop);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            wakeUp.release();
            try {
                loop.join(Duration.ofSeconds(10)); // a batch in flight finishes; else its lease lapses
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void embedLoop() {
        while (running) {
            try {
                if (embedNextBatch() == 0) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The batch's lease lapses and another pass (here or on another node) takes it again.
                log.error("Embedding batch failed; it will be retried after its lease of {}", settings.lease(), e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Claims, embeds and stores one batch; returns how many queued activities it took (0: queue empty). */
    int embedNextBatch() {
        var batch = queue.claim(settings.batchSize(), settings.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        var started = System.nanoTime();
        var summaries = summaries(batch);
        var embedded = store.summaries(new ArrayList<>(summaries.keySet()), MODEL);
        var changed = summaries.entrySet().stream().filter(e -> !e.getValue().summary().equals(embedded.get(e.getKey())))
                .map(Map.Entry::getValue).toList();
        var rows = embed(changed);
        transaction.executeWithoutResult(status -> {
            rows.stream().collect(Collectors.groupingBy(Summary::athleteId, LinkedHashMap::new, Collectors.toList()))
                    .forEach((athleteId, athleteRows) -> store.store(athleteId, MODEL,
                            athleteRows.stream().map(Summary::embedded).toList()));
            queue.done(batch);
        });
        var millis = (System.nanoTime() - started) / 1_000_000.0;
        log.info("Embedded {} activities ({} unchanged) in {} ms; {} still queued", rows.size(),
                batch.size() - rows.size(), Math.round(millis), queue.pending());
        return batch.size();
    }

    private record Summary(long athleteId, long activityId, String summary, EmbeddingStore.Embedded embedded) {
    }

    /** The current summary of each queued activity that still exists, by activity id. */
    private Map<Long, Summary> summaries(List<EmbeddingQueue.Queued> batch) {
        var result = new LinkedHashMap<Long, Summary>();
        batch.stream().collect(Collectors.groupingBy(EmbeddingQueue.Queued::athleteId)).forEach((athleteId, queued) -> {
            var units = profiles.get(athleteId).units();
            var ids = queued.stream().map(EmbeddingQueue.Queued::activityId).toList();
            for (var activity : activities.findAll(athleteId, ids)) {
                result.put(activity.id(), new Summary(athleteId, activity.id(), ActivitySummaries.of(activity, units),
                        null));
            }
        });
        return result;
    }

    private List<Summary> embed(List<Summary> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        var vectors = model.embedAll(changed.stream().map(s -> TextSegment.from(s.summary())).toList()).content();
        var rows = new ArrayList<Summary>(changed.size());
        for (var i = 0; i < changed.size(); i++) {
            var s = changed.get(i);
            rows.add(new Summary(s.athleteId(), s.activityId(), s.summary(), new EmbeddingStore.Embedded(
                    s.activityId(), s.summary(), normalised(vectors.get(i).vector()))));
        }
        return rows;
    }

    static float[] normalised(float[] vector) {
        double sum = 0;
        for (var v : vector) {
            sum += v * v;
        }
        var norm = (float) Math.sqrt(sum);
        var result = new float[vector.length];
        for (var i = 0; i < vector.length; i++) {
            result[i] = norm == 0 ? 0 : vector[i] / norm;
        }
        return result;
    }
}
