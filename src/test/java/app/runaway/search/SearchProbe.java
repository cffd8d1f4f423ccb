package app.runaway.search;

import app.runaway.activity.Activity;
import app.runaway.activity.NewActivity;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reaches the search internals for the benchmark: random vectors in bulk, and the scan timed on its own. */
public final class SearchProbe {
    private final EmbeddingStore store;
    private final AthleteVectorCache cache;
    private final EmbeddingModel model;
    private final JdbcClient jdbc;

    public SearchProbe(ApplicationContext context) {
        this.store = context.getBean(EmbeddingStore.class);
        this.cache = context.getBean(AthleteVectorCache.class);
        this.model = context.getBean(EmbeddingModel.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Replaces the queued embedding of the athlete's stored activities with random unit vectors (same cost to scan). */
    public void storeRandomVectors(long athleteId, long seed) {
        jdbc.sql("DELETE FROM embedding_queue WHERE athlete_id = ?").param(athleteId).update();
        var ids = jdbc.sql("SELECT id FROM activities WHERE athlete_id = ? ORDER BY id").param(athleteId)
                .query(Long.class).list();
        var random = new Random(seed);
        for (var from = 0; from < ids.size(); from += 1_000) {
            var rows = new ArrayList<EmbeddingStore.Embedded>();
            for (var id : ids.subList(from, Math.min(from + 1_000, ids.size()))) {
                var vector = new float[AthleteVectors.DIMENSIONS];
                for (var i = 0; i < vector.length; i++) {
                    vector[i] = (float) random.nextGaussian();
                }
                rows.add(new EmbeddingStore.Embedded(id, "random " + id, EmbeddingWorker.normalised(vector)));
            }
            store.store(athleteId, EmbeddingWorker.MODEL, rows);
        }
    }

    /** Forgets the athlete's vectors held in memory, so that the next search loads them as a first one does. */
    public void dropHeldVectors(long athleteId) {
        cache.drop(athleteId);
    }

    /** Loads every vector of the athlete as the cache's first load does (not kept); returns how many. */
    public int loadAll(long athleteId) {
        return store.vectorsAfter(athleteId, EmbeddingWorker.MODEL, 0).size();
    }

    /** The bytes the athlete's vectors take in the cache once loaded. */
    public long heldBytes(long athleteId) {
        return cache.current(athleteId).bytes();
    }

    public float[] queryVector(String text) {
        return EmbeddingWorker.normalised(model.embed(text).content().vector());
    }

    /** Top 5 with the freshness check (one primary-key read of the athlete's write version), as a search does it. */
    public int topFiveCurrent(long athleteId, float[] query) {
        return cache.current(athleteId).top(query, 5).length;
    }

    /** The exact scan alone, over the vectors held (no freshness check). */
    public int topFiveScan(Object held, float[] query) {
        return ((AthleteVectors) held).top(query, 5).length;
    }

    public Object held(long athleteId) {
        return cache.current(athleteId);
    }

    public int vectorCount(long athleteId) {
        return vectors(athleteId).size();
    }

    private AthleteVectors vectors(long athleteId) {
        return cache.current(athleteId);
    }

    public static Activity asActivity(NewActivity a, ZoneId zone) {
        var local = a.startDate().atZone(zone).toLocalDateTime();
        return new Activity(0, 0, a.stravaId(), a.source(), a.name(), a.sportType(), a.workoutType(), a.startDate(),
                local, zone.getId(), a.distanceM(), a.movingTimeS(), a.elapsedTimeS(), a.elevationGainM(),
                a.averageSpeedMps(), a.maxSpeedMps(), a.averageHeartrate(), a.maxHeartrate(), a.averageCadence(),
                a.gearName(), a.commute(), a.trainer(), a.manual(), a.description(), a.relativeEffort(), a.track(),
                a.deviceName(), java.util.List.of(a.source()));
    }
}
