package app.runaway.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Athletes' vectors held in memory, loaded at their first search and kept current: before each search the athlete's
 * write version is read (one primary-key lookup) and any vectors written since, by this node or another, are loaded.
 * Memory is bounded in bytes ({@code runaway.search.vector-cache-size}): each athlete's vectors weigh what their
 * arrays take, and athletes searched least (by recency and frequency, Caffeine's W-TinyLFU) go first, so a one-off
 * search of a rare athlete does not push out the regulars.
 */
@Component
class AthleteVectorCache {
    private static final Logger log = LoggerFactory.getLogger(AthleteVectorCache.class);

    private final EmbeddingStore store;
    private final Cache<Long, AthleteVectors> athletes;

    AthleteVectorCache(EmbeddingStore store, SearchSettings settings) {
        this.store = store;
        this.athletes = Caffeine.newBuilder()
                .maximumWeight(settings.vectorCacheSize().toBytes())
                .weigher((Long athlete, AthleteVectors vectors) -> (int) Math.min(Integer.MAX_VALUE, vectors.bytes()))
                .build();
    }

    /** The athlete's vectors, current as of now. */
    AthleteVectors current(long athleteId) {
        var versions = store.versions(athleteId);
        var latest = versions.version();
        var held = athletes.getIfPresent(athleteId);
        if (held != null && held.version() >= latest) {
            return held;
        }
        // One load per athlete at a time: a second search arriving meanwhile waits for it and finds it current,
        // instead of loading the same 50,000 rows again beside it.
        return athletes.asMap().compute(athleteId, (id, cached) -> {
            // activities deleted since these vectors were loaded: start again from none
            var base = cached == null || versions.deletedAtVersion() > cached.version() ? AthleteVectors.NONE
                    : cached;
            if (base.version() >= latest) {
                return base;
            }
            var started = System.nanoTime();
            var fresh = store.vectorsAfter(id, EmbeddingWorker.MODEL, base.version());
            log.debug("Loaded {} vectors of athlete {} in {} ms", fresh.size(), id,
                    (System.nanoTime() - started) / 1_000_000);
            return base.with(fresh);
        });
    }

    /** The bytes held now, by the cache's own weighing (after its pending evictions). */
    long bytesHeld() {
        athletes.cleanUp();
        return athletes.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** Drops an athlete's vectors (the next search loads them again): for measuring a first search. */
    void drop(long athleteId) {
        athletes.invalidate(athleteId);
    }

    boolean holds(long athleteId) {
        return athletes.getIfPresent(athleteId) != null;
    }
}
