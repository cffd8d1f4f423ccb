package app.runaway.bench;

import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.search.SearchProbe;
import app.runaway.search.SemanticSearch;
import app.runaway.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The first fuzzy recall of an athlete with 50,000 activities: loading the athlete's vectors into memory (the cold
 * part), then the search, in process and over HTTP through chat, each first with the athlete's vectors dropped from
 * memory and then warm. Beside it, the same vectors stored and read the way they were before (a real[] column read
 * in its text form, boxed into Float[], collected into a list), from a scratch table. Vectors are random unit vectors written straight to PostgreSQL
 * (embedding 50,000 summaries would take about four minutes and load the same). Prints figures; asserts nothing.
 * Run: {@code mvn -Pbench test -Dtest=RecallBenchmark}
 */
@Tag("bench")
@TestPropertySource(properties = "runaway.search.embedding=false")
class RecallBenchmark extends IntegrationTest {
    private static final int ACTIVITIES = 50_000;
    private static final int ROUNDS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Autowired
    private ActivityStore store;
    @Autowired
    private SemanticSearch search;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private app.runaway.activity.ActivityReader activities;
    @Autowired
    private ApplicationContext context;

    @Test
    void first_recall_of_an_athlete_with_50000_activities() {
        System.out.printf("%n== Recall benchmark (%,d activities of one athlete, %d cores, Java %s, heap max %d MB) ==%n",
                ACTIVITIES, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / 1048576);
        var probe = new SearchProbe(context);
        var athlete = newAthlete("bench-recall");
        var started = System.nanoTime();
        var history = history();
        for (var from = 0; from < history.size(); from += 1_000) {
            store.store(athlete.id(), ZONE, history.subList(from, Math.min(from + 1_000, history.size())));
        }
        probe.storeRandomVectors(athlete.id(), 50);
        System.out.printf(Locale.ROOT, "stored %,d activities and their random vectors in %.0f s%n",
                probe.loadAll(athlete.id()), (System.nanoTime() - started) / 1e9);

        // as autovacuum would after such an import: the planner's statistics know the athlete's 50,000 rows
        jdbc.sql("ANALYZE activities").update();
        jdbc.sql("ANALYZE activity_embeddings").update();
        copyAsRealArrays(athlete.id());
        var load = new ArrayList<Double>();
        var earlierLoad = new ArrayList<Double>();
        var firstSearch = new ArrayList<Double>();
        var warmSearch = new ArrayList<Double>();
        var scan = new ArrayList<Double>();
        var text = new ArrayList<Double>();
        var firstChat = new ArrayList<Double>();
        var warmChat = new ArrayList<Double>();
        for (var round = 0; round < ROUNDS + 1; round++) {
            var measured = round > 0; // round 0 warms the JIT and PostgreSQL's cache
            var loaded = Measurements.time(() -> probe.loadAll(athlete.id()));
            var earlier = Measurements.time(() -> earlierLoad(athlete.id()));
            probe.dropHeldVectors(athlete.id());
            var first = Measurements.time(() -> search.search(athlete.id(), "rainy hill repeats " + Math.random(), 5));
            var warm = Measurements.time(() -> search.search(athlete.id(), "long run by the lake", 5));
            var query = probe.queryVector("long run by the lake");
            var held = probe.held(athlete.id());
            var scanned = Measurements.time(() -> probe.topFiveScan(held, query));
            var matched = Measurements.time(() -> activities.textMatches(athlete.id(), "long run by the lake", 15));
            probe.dropHeldVectors(athlete.id());
            var chatFirst = Measurements.time(() -> recall(athlete.token(), "Find the run where I got soaked in the "
                    + "rain, round " + Math.random()));
            var chatWarm = Measurements.time(() -> recall(athlete.token(), "Find the run by the lake, round "
                    + Math.random()));
            if (measured) {
                load.add(loaded);
                earlierLoad.add(earlier);
                firstSearch.add(first);
                warmSearch.add(warm);
                scan.add(scanned);
                text.add(matched);
                firstChat.add(chatFirst);
                warmChat.add(chatWarm);
            }
        }
        System.out.printf(Locale.ROOT, "vectors held for the athlete: %.1f MB%n",
                probe.heldBytes(athlete.id()) / 1048576.0);
        print("load all vectors (count + stream into exact arrays)", load);
        print("load as before (real[] as text, Float[], a list)", earlierLoad);
        print("first search in process (load + embed query + scan)", firstSearch);
        print("warm search in process", warmSearch);
        print("  of which the exact top-5 scan of 50,000 vectors", scan);
        print("  of which full-text matches, ranked (\"long run by the lake\")", text);
        print("first recall over HTTP (POST /api/chat)", firstChat);
        print("warm recall over HTTP", warmChat);
    }

    private void recall(String token, String question) {
        var answer = api.post("/api/chat", token, Map.of("message", question));
        if (answer.status() != 200 || !answer.body().toString().contains("recall")) {
            throw new IllegalStateException("no recall: " + answer.status() + " " + answer.body());
        }
    }

    /**
     * The same vectors in a scratch table laid out as they were stored before (a real[] column), to time the earlier
     * read beside the current one.
     */
    private void copyAsRealArrays(long athleteId) {
        jdbc.sql("DROP TABLE IF EXISTS bench_real_vectors").update();
        jdbc.sql("CREATE TABLE bench_real_vectors (activity_id bigint PRIMARY KEY, athlete_id bigint, embedding real[])")
                .update();
        var rows = jdbc.sql("SELECT activity_id, vector FROM activity_embeddings WHERE athlete_id = ?")
                .param(athleteId)
                .query((rs, row) -> {
                    var floats = java.nio.ByteBuffer.wrap(rs.getBytes(2)).asFloatBuffer();
                    var text = new StringBuilder("{");
                    for (var i = 0; i < floats.capacity(); i++) {
                        text.append(i == 0 ? "" : ",").append(floats.get(i));
                    }
                    return Map.entry(rs.getLong(1), text.append('}').toString());
                })
                .list();
        for (var from = 0; from < rows.size(); from += 1_000) {
            var batch = rows.subList(from, Math.min(from + 1_000, rows.size()));
            jdbc.sql("""
                    INSERT INTO bench_real_vectors SELECT id, ?, v::real[]
                      FROM unnest(?::bigint[], ?::text[]) AS t(id, v)""")
                    .params(athleteId, batch.stream().map(Map.Entry::getKey).toArray(Long[]::new),
                            batch.stream().map(Map.Entry::getValue).toArray(String[]::new))
                    .update();
        }
        jdbc.sql("CREATE INDEX ON bench_real_vectors (athlete_id)").update();
        jdbc.sql("ANALYZE bench_real_vectors").update();
    }

    /** How EmbeddingStore read vectors before: the array's text form, boxed into Float[], one object per row. */
    private int earlierLoad(long athleteId) {
        record Row(long activityId, float[] vector) {
        }
        var rows = jdbc.sql("SELECT activity_id, embedding FROM bench_real_vectors WHERE athlete_id = ?")
                .param(athleteId)
                .query((rs, row) -> {
                    var boxed = (Float[]) rs.getArray(2).getArray();
                    var vector = new float[boxed.length];
                    for (var i = 0; i < boxed.length; i++) {
                        vector[i] = boxed[i];
                    }
                    return new Row(rs.getLong(1), vector);
                })
                .list();
        return rows.size();
    }

    private static void print(String what, List<Double> millis) {
        System.out.printf(Locale.ROOT, "%-55s median %,7.0f ms (min %,.0f, max %,.0f) over %d rounds%n", what,
                Measurements.percentile(millis, 50), Measurements.min(millis), Measurements.max(millis),
                millis.size());
    }

    private static List<NewActivity> history() {
        var generated = new TrainingHistoryGenerator().generate(TrainingHistorySpec.ofActivityCount(ACTIVITIES,
                LocalDate.of(2026, 11, 1), ZONE, ACTIVITIES + ACTIVITIES / 5));
        return generated.subList(Math.max(0, generated.size() - ACTIVITIES), generated.size());
    }
}
