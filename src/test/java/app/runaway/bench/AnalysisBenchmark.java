package app.runaway.bench;

import app.runaway.analysis.AnalysisService;
import app.runaway.coach.FocusArea;
import app.runaway.coach.RaceGoalText;
import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Full analysis latency (`POST /analyze`, all parts, rule-based) through the HTTP API for athletes with 712 and
 * 5,000 activities: cold (each request misses the cache) and cached (the same request again). Prints; asserts
 * nothing. Run: {@code mvn -Pbench test -Dtest=AnalysisBenchmark}
 */
@Tag("bench")
// Background embedding would compete for the 2 cores with what is measured; its own figures are SearchBenchmark's.
@TestPropertySource(properties = "runaway.search.embedding=false")
class AnalysisBenchmark extends IntegrationTest {
    private static final int WARMUPS = 30;

    @org.springframework.beans.factory.annotation.Autowired
    AnalysisService analyses;
    private static final int RUNS = 60;

    @Test
    void analysis_latency() {
        System.out.printf("%n== Analysis benchmark (%d cores, Java %s) ==%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        for (var size : new int[] {712, 5_000}) {
            measure(size);
        }
    }

    private void measure(int size) {
        var zone = ZoneId.of("Europe/Stockholm");
        var lastDay = LocalDate.of(2026, 10, 31);
        var generated = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.ofActivityCount(size, lastDay, zone, size + size / 5));
        var history = generated.subList(generated.size() - size, generated.size());
        var athlete = newAthlete("analysis-bench-" + size);
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        var goal = "Half marathon under 1:45 on 2027-03-14";
        var coldInProcess = new ArrayList<Double>();
        var cachedInProcess = new ArrayList<Double>();
        var coldHttp = new ArrayList<Double>();
        var cachedHttp = new ArrayList<Double>();
        for (var i = 0; i < WARMUPS + RUNS; i++) {
            // A window of 10 years minus i days: every activity counts, and each window is a new cache key.
            var options = new AnalysisService.Options(FocusArea.ALL, lastDay, 3650 - i, goal,
                    RaceGoalText.parse(goal).orElseThrow(), true);
            var coldMs = Measurements.time(() -> analyses.analyze(athlete.id(), options));
            var cachedMs = Measurements.time(() -> analyses.analyze(athlete.id(), options));
            var request = Map.<String, Object>of("as_of", lastDay.toString(), "timeframe_days", 3000 - i,
                    "goal", goal);
            var coldHttpMs = Measurements.time(() -> api.post("/analyze", athlete.token(), request));
            var cachedHttpMs = Measurements.time(() -> api.post("/analyze", athlete.token(), request));
            if (i >= WARMUPS) {
                coldInProcess.add(coldMs);
                cachedInProcess.add(cachedMs);
                coldHttp.add(coldHttpMs);
                cachedHttp.add(cachedHttpMs);
            }
        }
        System.out.printf(Locale.ROOT, "%,6d activities, in process: cold median %.1f ms (p95 %.1f), cached median "
                        + "%.2f ms (p95 %.2f)%n", size, Measurements.percentile(coldInProcess, 50), Measurements.percentile(coldInProcess, 95),
                Measurements.percentile(cachedInProcess, 50), Measurements.percentile(cachedInProcess, 95));
        System.out.printf(Locale.ROOT, "%,6d activities, over HTTP: cold median %.1f ms (p95 %.1f), cached median "
                        + "%.2f ms (p95 %.2f)%n", size, Measurements.percentile(coldHttp, 50), Measurements.percentile(coldHttp, 95),
                Measurements.percentile(cachedHttp, 50), Measurements.percentile(cachedHttp, 95));
    }
}
