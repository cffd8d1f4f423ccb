package app.runaway.bench;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The server's memory with 100 athletes of 1,000 activities each, everything a day of use would load: every
 * athlete's vectors in the search cache (100,000 of 384 floats), an analysis and chat answers each. Vectors are
 * random unit vectors written straight to PostgreSQL: embedding 100,000 summaries would take seven minutes and
 * weigh the same. Prints the JVM's resident set (this JVM is the server; the test code in it is small), its heap
 * after a full collection, and the embedded PostgreSQL's proportional set (shared memory counted once).
 * Run each scenario in a JVM of its own, or the second counts what the first left:
 * {@code mvn -Pbench test -Dtest='MemoryBenchmark#memory_with_100_athletes_of_1000_activities'} and
 * {@code mvn -Pbench test -Dtest='MemoryBenchmark#memory_with_one_athlete_of_50000_activities'}; the bench profile
 * gives this JVM the heap the packaged jar is documented to run with (README).
 */
@Tag("bench")
@TestPropertySource(properties = "runaway.search.embedding=false")
class MemoryBenchmark extends IntegrationTest {
    private static final int ATHLETES = 100;
    private static final int ACTIVITIES = 1_000;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void memory_with_100_athletes_of_1000_activities() throws Exception {
        var zone = ZoneId.of("Europe/Stockholm");
        var today = LocalDate.now(zone);
        var generated = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.ofActivityCount(ACTIVITIES, today, zone, ACTIVITIES + ACTIVITIES / 5));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(generated.subList(generated.size() - ACTIVITIES, generated.size()), zip);
        System.out.printf("%n== Memory benchmark (%d athletes x %d activities, Java %s, heap max %d MB) ==%n",
                ATHLETES, ACTIVITIES, Runtime.version(), Runtime.getRuntime().maxMemory() / 1048576);
        report("started, empty");

        var athletes = new ArrayList<Api.Athlete>();
        var started = System.nanoTime();
        for (var i = 0; i < ATHLETES; i++) {
            var athlete = newAthlete("memory-" + i);
            api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
            api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
            athletes.add(athlete);
        }
        System.out.printf(Locale.ROOT, "imported %,d activities in %.0f s%n", ATHLETES * ACTIVITIES,
                (System.nanoTime() - started) / 1e9);
        writeRandomVectors();
        report("imported");

        started = System.nanoTime();
        for (var athlete : athletes) {
            ask(athlete, "Find the run where I got soaked in the rain");
            ask(athlete, "How many km this month vs last?");
            ask(athlete, "When did I last run over 10 miles?");
            if (api.post("/analyze", athlete.token(), Map.of("goal", "Half marathon under 1:45")).status() != 200) {
                throw new IllegalStateException("analysis failed");
            }
        }
        System.out.printf(Locale.ROOT, "every athlete searched, chatted and analysed in %.0f s%n",
                (System.nanoTime() - started) / 1e9);
        report("loaded");
    }

    /**
     * One athlete with 50,000 activities (about a century of the generator's training): imported over HTTP, a
     * random vector each, then a recall (which loads all 50,000 vectors into the search cache), chat answers and an
     * analysis of the last ten years.
     */
    @Test
    void memory_with_one_athlete_of_50000_activities() throws Exception {
        var activities = 50_000;
        var zone = ZoneId.of("Europe/Stockholm");
        var generated = new TrainingHistoryGenerator().generate(TrainingHistorySpec.ofActivityCount(activities,
                LocalDate.now(zone), zone, activities + activities / 5));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(generated.subList(generated.size() - activities, generated.size()), zip);
        System.out.printf("%n== Memory benchmark (1 athlete x %,d activities, Java %s, heap max %d MB) ==%n",
                activities, Runtime.version(), Runtime.getRuntime().maxMemory() / 1048576);
        report("started, empty");

        var athlete = newAthlete("memory-large");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var started = System.nanoTime();
        var job = api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        System.out.printf(Locale.ROOT, "imported %s activities (%s) in %.0f s%n", job.at("/result/imported"),
                job.get("status").asString(), (System.nanoTime() - started) / 1e9);
        writeRandomVectors();
        report("imported");

        started = System.nanoTime();
        ask(athlete, "Find the run where I got soaked in the rain");
        System.out.printf(Locale.ROOT, "first recall in %.0f ms%n", (System.nanoTime() - started) / 1e6);
        ask(athlete, "How many km this month vs last?");
        ask(athlete, "When did I last run over 10 miles?");
        ask(athlete, "What are my personal records?");
        if (api.post("/analyze", athlete.token(), Map.of("timeframe_days", 3650)).status() != 200) {
            throw new IllegalStateException("analysis failed");
        }
        report("loaded");
    }

    private void ask(Api.Athlete athlete, String question) {
        if (api.post("/api/chat", athlete.token(), Map.of("message", question)).status() != 200) {
            throw new IllegalStateException(question);
        }
    }

    /** One random unit vector per activity, under a version the search cache loads as it would real ones. */
    private void writeRandomVectors() {
        var started = System.nanoTime();
        // each vector: 384 random floats divided by their norm, stored as their raw bytes as EmbeddingStore does
        jdbc.sql("""
                INSERT INTO activity_embeddings (activity_id, athlete_id, model, summary, vector, version)
                SELECT a.id, a.athlete_id, 'all-minilm-l6-v2-q', a.name, v.bytes, 1
                  FROM activities a
                 CROSS JOIN LATERAL (
                       SELECT string_agg(float4send((r.x / r.norm)::real), ''::bytea ORDER BY r.i) AS bytes
                         FROM (SELECT i, x, sqrt(sum(x * x) OVER ()) AS norm
                                 FROM (SELECT i, random() - 0.5 + 0 * a.id AS x
                                         FROM generate_series(1, 384) AS i) raw) r) v
                ON CONFLICT (activity_id) DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO embedding_versions (athlete_id, version) SELECT DISTINCT athlete_id, 1 FROM activities
                ON CONFLICT (athlete_id) DO UPDATE SET version = embedding_versions.version + 1""").update();
        jdbc.sql("DELETE FROM embedding_queue").update();
        System.out.printf(Locale.ROOT, "wrote %,d random vectors in %.0f s%n",
                jdbc.sql("SELECT count(*) FROM activity_embeddings").query(Long.class).single(),
                (System.nanoTime() - started) / 1e9);
    }

    private void report(String moment) throws Exception {
        for (var i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        var jvmRss = kilobytes(Path.of("/proc/self/status"), "VmRSS:");
        var postgres = postgresPss();
        System.out.printf(Locale.ROOT, "%-16s JVM RSS %,5.0f MB (heap used %,.0f MB of %,.0f MB committed, "
                        + "non-heap %,.0f MB); PostgreSQL PSS %,5.0f MB over %d processes; together %,5.0f MB%n",
                moment + ":", jvmRss / 1024.0, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0,
                nonHeap.getUsed() / 1048576.0, postgres.kilobytes() / 1024.0, postgres.processes(),
                (jvmRss + postgres.kilobytes()) / 1024.0);
    }

    private record Usage(long kilobytes, int processes) {
    }

    /** The embedded server's processes: the ones whose command line names this test home's data directory. */
    private static Usage postgresPss() throws IOException {
        var home = HOME.toString();
        var total = 0L;
        var processes = 0;
        List<Path> pids;
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            pids = proc.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
        var postmaster = 0L;
        for (var pid : pids) {
            try {
                var cmdline = Files.readString(pid.resolve("cmdline")).replace('\0', ' ');
                if (cmdline.contains("postgres") && cmdline.contains(home)) {
                    postmaster = Long.parseLong(pid.getFileName().toString());
                }
            } catch (IOException e) {
                // a process that ended meanwhile
            }
        }
        for (var pid : pids) {
            try {
                var status = Files.readString(pid.resolve("status"));
                var self = Long.parseLong(pid.getFileName().toString());
                if (self == postmaster || status.contains("\nPPid:\t" + postmaster + "\n")) {
                    total += kilobytes(pid.resolve("smaps_rollup"), "Pss:");
                    processes++;
                }
            } catch (IOException | RuntimeException e) {
                // a process that ended meanwhile
            }
        }
        return new Usage(total, processes);
    }

    private static long kilobytes(Path file, String field) throws IOException {
        for (var line : Files.readAllLines(file)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).strip().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException(field + " not in " + file);
    }
}
