package app.runaway.bench;

import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.search.ActivityEmbeddings;
import app.runaway.search.ActivitySummaries;
import app.runaway.search.SemanticSearch;
import app.runaway.search.SearchProbe;
import app.runaway.athlete.Units;
import app.runaway.support.IntegrationTest;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Embedding rate (raw model vs the background worker, in the same run) and exact athlete-scoped top-5 search
 * latency over 10,000 vectors. Prints figures; asserts nothing about time.
 * Run: {@code mvn -Pbench test -Dtest=SearchBenchmark}
 */
@Tag("bench")
class SearchBenchmark extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int EMBEDDED = 1_000;
    private static final int BATCH = 32;
    private static final int ROUNDS = 3;

    @Autowired
    EmbeddingModel model;
    @Autowired
    ActivityStore store;
    @Autowired
    ActivityEmbeddings embeddings;
    @Autowired
    SemanticSearch search;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void embedding_rate_and_search_latency() {
        System.out.printf("%n== Search benchmark (%d cores, Java %s) ==%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        var history = history(EMBEDDED);
        var summaries = history.stream().map(a -> ActivitySummaries.of(SearchProbe.asActivity(a, ZONE),
                Units.METRIC)).toList();
        embedRaw(summaries.subList(0, 200)); // warm-up
        // The raw rate of this 2-core machine drifts between runs, so raw and background alternate, and the share is
        // taken round by round.
        var shares = new ArrayList<Double>();
        var steadyShares = new ArrayList<Double>();
        for (var round = 1; round <= ROUNDS; round++) {
            var raw = embedRaw(summaries);
            var background = embedInBackground(history);
            shares.add(100 * background.fromStore() / raw);
            steadyShares.add(100 * background.steady() / raw);
            System.out.printf(Locale.ROOT, "round %d, %,d summaries: raw model %.0f/s (batches of %d); background "
                            + "worker %.0f/s from store to nothing pending (%.0f%% of raw), %.0f/s from its first "
                            + "batch to its last (%.0f%%)%n", round, EMBEDDED, raw, BATCH, background.fromStore(),
                    shares.getLast(), background.steady(), steadyShares.getLast());
        }
        System.out.printf(Locale.ROOT, "background share of raw, median of %d rounds: %.0f%% from store, %.0f%% "
                + "steady%n", ROUNDS, Measurements.percentile(shares, 50), Measurements.percentile(steadyShares, 50));
        searchLatency();
    }

    private double embedRaw(List<String> summaries) {
        var start = System.nanoTime();
        for (var from = 0; from < summaries.size(); from += BATCH) {
            model.embedAll(summaries.subList(from, Math.min(from + BATCH, summaries.size())).stream()
                    .map(TextSegment::from).toList());
        }
        return summaries.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * @param fromStore activities per second from the start of storing to the last vector written
     * @param steady    per second from the first batch written to the last: the worker's own pace, without the
     *                  store and the first batch's wait
     */
    private record Background(double fromStore, double steady) {
    }

    private Background embedInBackground(List<NewActivity> history) {
        var athlete = newAthlete("bench-embedding-" + System.nanoTime());
        var start = java.time.Instant.now();
        for (var from = 0; from < history.size(); from += 500) {
            store.store(athlete.id(), ZONE, history.subList(from, Math.min(from + 500, history.size())));
        }
        // Poll rarely: a tight loop of status queries would take CPU from the worker it measures. The end is the
        // moment the last vector was written, read from the database.
        while (!embeddings.status(athlete.id()).complete()) {
            sleep(250);
        }
        if (embeddings.status(athlete.id()).embedded() != history.size()) {
            throw new IllegalStateException("not every activity was embedded: " + embeddings.status(athlete.id()));
        }
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        var batches = jdbc.sql("""
                SELECT created_at, count(*) FROM activity_embeddings WHERE athlete_id = ?
                 GROUP BY created_at ORDER BY created_at""").param(athlete.id())
                .query((rs, row) -> java.util.Map.entry(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getLong(2))).list();
        var first = batches.getFirst();
        var end = batches.getLast().getKey();
        var seconds = java.time.Duration.between(start, end).toNanos() / 1e9;
        var steadySeconds = java.time.Duration.between(first.getKey(), end).toNanos() / 1e9;
        return new Background(history.size() / seconds, (history.size() - first.getValue()) / steadySeconds);
    }

    private void searchLatency() {
        var probe = new SearchProbe(context);
        var athleteId = newAthlete("bench-search").id();
        var history = history(10_000);
        for (var from = 0; from < history.size(); from += 500) {
            store.store(athleteId, ZONE, history.subList(from, Math.min(from + 500, history.size())));
        }
        probe.storeRandomVectors(athleteId, 42);
        var vectors = probe.vectorCount(athleteId);
        var query = probe.queryVector("rainy hill repeats");
        var held = probe.held(athleteId);
        var scan = new ArrayList<Double>();
        var current = new ArrayList<Double>();
        for (var i = 0; i < 3_000; i++) {
            var start = System.nanoTime();
            probe.topFiveScan(held, query);
            var middle = System.nanoTime();
            probe.topFiveCurrent(athleteId, query);
            var end = System.nanoTime();
            if (i >= 1_000) {
                scan.add((middle - start) / 1e6);
                current.add((end - middle) / 1e6);
            }
        }
        var full = new ArrayList<Double>();
        var queries = List.of("rainy hill repeats", "long run by the lake", "tempo on the track", "easy recovery jog");
        for (var i = 0; i < 400; i++) {
            var start = System.nanoTime();
            search.search(athleteId, queries.get(i % queries.size()), 5);
            var millis = (System.nanoTime() - start) / 1e6;
            if (i >= 100) {
                full.add(millis);
            }
        }
        System.out.printf(Locale.ROOT, "exact top-5 over %,d vectors of one athlete, scan alone: median %.2f ms, p99 "
                + "%.2f ms; with the freshness check (one PK read): median %.2f ms, p99 %.2f ms%n", vectors,
                Measurements.percentile(scan, 50), Measurements.percentile(scan, 99), Measurements.percentile(current, 50), Measurements.percentile(current, 99));
        System.out.printf(Locale.ROOT, "whole search (embed the query, top-5, full-text, read the 5 activities): "
                + "median %.2f ms, p99 %.2f ms%n", Measurements.percentile(full, 50), Measurements.percentile(full, 99));
    }

    private static List<NewActivity> history(int size) {
        var generated = new TrainingHistoryGenerator().generate(TrainingHistorySpec.ofActivityCount(size,
                LocalDate.of(2026, 11, 1), ZONE, size + size / 5));
        return generated.subList(generated.size() - size, generated.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
