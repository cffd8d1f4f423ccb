package app.runaway.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The in-memory vectors: exact arrays, merged exactly, searched exactly, and bounded in bytes across athletes. */
class AthleteVectorsTest {
    private static final int D = AthleteVectors.DIMENSIONS;

    @Test
    void catching_up_replaces_held_rows_adds_new_ones_and_sizes_the_arrays_exactly() {
        var held = AthleteVectors.NONE.with(rows(3, new long[] {10, 20, 30}, 1));

        var merged = held.with(rows(4, new long[] {20, 40}, 2));

        assertThat(merged.size()).isEqualTo(4);
        assertThat(merged.version()).isEqualTo(4);
        assertThat(merged.bytes()).isEqualTo(16 + 8 * 4 + 16 + 4 * 4 * D + 32);
        assertThat(merged.similarity(20, unit(2))).as("row 20 replaced").isEqualTo(1f);
        assertThat(merged.similarity(10, unit(1))).isEqualTo(1f);
        assertThat(merged.similarity(40, unit(2))).isEqualTo(1f);
        assertThat(merged.similarity(50, unit(1))).isNull();
        assertThat(held.size()).as("the held instance is left as it was").isEqualTo(3);
        assertThat(held.similarity(20, unit(1))).isEqualTo(1f);
    }

    @Test
    void the_top_k_are_found_by_exact_scan_best_first() {
        var random = new Random(7);
        var ids = new long[500];
        var data = new float[500 * D];
        for (var row = 0; row < ids.length; row++) {
            ids[row] = 1_000 + row;
            for (var i = 0; i < D; i++) {
                data[row * D + i] = (float) random.nextGaussian();
            }
            var vector = EmbeddingWorker.normalised(java.util.Arrays.copyOfRange(data, row * D, row * D + D));
            System.arraycopy(vector, 0, data, row * D, D);
        }
        var vectors = AthleteVectors.NONE.with(new EmbeddingStore.VectorRows(ids, data, 1));
        var query = java.util.Arrays.copyOfRange(data, 123 * D, 124 * D);

        var top = vectors.top(query, 5);

        assertThat(top).hasSize(5);
        assertThat(top[0].activityId()).isEqualTo(1_123);
        var truth = new java.util.ArrayList<Float>();
        for (var row = 0; row < ids.length; row++) {
            var dot = 0f;
            for (var i = 0; i < D; i++) {
                dot += data[row * D + i] * query[i];
            }
            truth.add(dot);
        }
        truth.sort(java.util.Comparator.reverseOrder());
        for (var i = 0; i < 5; i++) {
            assertThat(top[i].similarity()).isCloseTo(truth.get(i), org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void the_cache_holds_at_most_its_size_in_bytes_and_drops_athletes_beyond_it() {
        var store = new FakeStore();
        var cache = new AthleteVectorCache(store, new SearchSettings(null, null, null, null,
                DataSize.ofKilobytes(4_000), null));
        var oneAthlete = AthleteVectors.NONE.with(store.vectorsAfter(1, EmbeddingWorker.MODEL, 0)).bytes();

        for (var athlete = 1; athlete <= 10; athlete++) {
            assertThat(cache.current(athlete).size()).isEqualTo(FakeStore.ROWS);
        }

        assertThat(oneAthlete).isGreaterThan(1_000_000);
        assertThat(cache.bytesHeld()).isLessThanOrEqualTo(4_000 * 1024).isGreaterThanOrEqualTo(2 * oneAthlete);
        assertThat(java.util.stream.LongStream.rangeClosed(1, 10).filter(cache::holds).count())
                .as("athletes held").isBetween(2L, 4_000 * 1024 / oneAthlete);
    }

    /** 700 rows (about 1 MB) for any athlete, at version 1. */
    private static final class FakeStore extends EmbeddingStore {
        static final int ROWS = 700;

        FakeStore() {
            super(null, null, null);
        }

        @Override
        Versions versions(long athleteId) {
            return new Versions(1, 0);
        }

        @Override
        VectorRows vectorsAfter(long athleteId, String model, long version) {
            var ids = new long[ROWS];
            for (var i = 0; i < ROWS; i++) {
                ids[i] = athleteId * 10_000 + i;
            }
            return new VectorRows(ids, new float[ROWS * D], 1);
        }
    }

    private static EmbeddingStore.VectorRows rows(long version, long[] ids, int direction) {
        var data = new float[ids.length * D];
        for (var row = 0; row < ids.length; row++) {
            data[row * D + direction] = 1f;
        }
        return new EmbeddingStore.VectorRows(ids, data, version);
    }

    private static float[] unit(int direction) {
        var vector = new float[D];
        vector[direction] = 1f;
        return vector;
    }
}
