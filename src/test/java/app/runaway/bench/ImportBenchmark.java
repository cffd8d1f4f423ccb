package app.runaway.bench;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import throughput, from upload to job done, through the real HTTP API on the embedded PostgreSQL, for generated
 * Strava exports of 712 and 10,000 activities. Prints figures; asserts nothing about time.
 * Run: {@code mvn -Pbench test -Dtest=ImportBenchmark}
 */
@Tag("bench")
// Background embedding would compete for the 2 cores with what is measured; its own figures are SearchBenchmark's.
@TestPropertySource(properties = "runaway.search.embedding=false")
class ImportBenchmark extends IntegrationTest {
    private static final int WARMUPS = 3;
    private static final int RUNS = 7;

    @Autowired
    JdbcClient jdbc;

    @Test
    void import_throughput() {
        System.out.printf("%n== Import benchmark (%d cores, Java %s) ==%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        for (var size : new int[] {712, 10_000}) {
            measure(size);
        }
        var databaseBytes = jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
        var activityBytes = jdbc.sql("SELECT pg_total_relation_size('activities')").query(Long.class).single();
        var activities = jdbc.sql("SELECT count(*) FROM activities").query(Long.class).single();
        System.out.printf(Locale.ROOT, "database size: %.1f MB in all; activities table with indexes: %.1f MB for %d "
                        + "activities (%.0f bytes each)%n", databaseBytes / 1e6, activityBytes / 1e6, activities,
                (double) activityBytes / activities);
    }

    private void measure(int size) {
        // The generator aims near a count; the most recent `size` activities make the export exact.
        var generated = new TrainingHistoryGenerator().generate(TrainingHistorySpec.ofActivityCount(size,
                LocalDate.of(2026, 11, 1), ZoneId.of("Europe/Stockholm"), size + size / 5));
        var history = generated.subList(generated.size() - size, generated.size());
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        var export = zip.toByteArray();
        var fresh = new ArrayList<Double>();
        var again = new ArrayList<Double>();
        for (var run = 0; run < WARMUPS + RUNS; run++) {
            var athlete = newAthlete("bench-" + size + "-" + run);
            var first = timeImport(export, athlete.token(), history.size());
            var second = timeImport(export, athlete.token(), 0);
            if (run >= WARMUPS) {
                fresh.add(first);
                again.add(second);
            }
        }
        System.out.printf(Locale.ROOT, "%,6d activities (%,d KB zip): new athlete median %.0f ms (min %.0f, max %.0f)"
                        + " = %,.0f activities/s; re-import of the same export median %.0f ms%n",
                history.size(), export.length / 1024, Measurements.percentile(fresh, 50), Measurements.min(fresh),
                Measurements.max(fresh), history.size() / (Measurements.percentile(fresh, 50) / 1000),
                Measurements.percentile(again, 50));
    }

    private double timeImport(byte[] export, String token, int expectedImported) {
        var start = System.nanoTime();
        var job = api.importAndWait("export.zip", export, token);
        var millis = (System.nanoTime() - start) / 1e6;
        if (!job.get("status").asString().equals("succeeded")
                || job.at("/result/imported").asInt() != expectedImported) {
            throw new IllegalStateException("benchmark import did not do what it should: " + job);
        }
        return millis;
    }
}
