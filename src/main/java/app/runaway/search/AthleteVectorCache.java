package app.runaway.search;

import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Athletes' vectors held in memory, loaded lazily and kept current: before each search the athlete's write version
 * is read (one primary-key lookup) and any vectors written since, by this node or another, are loaded. Memory is
 * bounded by a total vector count; the least recently searched athletes are dropped first.
 */
@Component
class AthleteVectorCache {
    private static final Logger log = LoggerFactory.getLogger(AthleteVectorCache.class);

    private final EmbeddingStore store;
    private final int maxVectors;
    private final LinkedHashMap<Long, AthleteVectors> athletes = new LinkedHashMap<>(16, 0.75f, true);

    AthleteVectorCache(EmbeddingStore store, SearchSettings settings) {
        this.store = store;
        this.maxVectors = settings.cachedVectors();
    }

    /** The athlete's vectors, current as of now. */
    AthleteVectors current(long athleteId) {
        AthleteVectors vectors;
        synchronized (athletes) {
            vectors = athletes.computeIfAbsent(athleteId, id -> new AthleteVectors());
        }
        var versions = store.versions(athleteId);
        var latest = versions.version();
        if (versions.deletedAtVersion() > vectors.version()) {
            // Activities were deleted since these vectors were loaded: start again from none.
            synchronized (athletes) {
                vectors = new AthleteVectors();
                athletes.put(athleteId, vectors);
            }
        }
        if (latest > vectors.version()) {
            // Two searches may both load the same rows; upserting them twice is harmless.
            var started = System.nanoTime();
            var fresh = store.vectorsAfter(athleteId, EmbeddingWorker.MODEL, vectors.version());
            vectors.upsert(fresh, latest);
            log.debug("Loaded {} vectors of athlete {} in {} ms", fresh.size(), athleteId,
                    (System.nanoTime() - started) / 1_000_000);
            evictBeyondBudget(athleteId);
        }
        return vectors;
    }

    private void evictBeyondBudget(long keep) {
        synchronized (athletes) {
            var total = athletes.values().stream().mapToLong(AthleteVectors::size).sum();
            var eldest = athletes.entrySet().iterator();
            while (total > maxVectors && eldest.hasNext()) {
                var entry = eldest.next();
                if (entry.getKey() != keep) {
                    total -= entry.getValue().size();
                    eldest.remove();
                }
            }
        }
    }
}
