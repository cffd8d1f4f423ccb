package app.runaway.bench;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.BrowserSession;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The web dashboard's server time for an athlete with 5,000 activities: {@code GET /} with a signed-in session over
 * loopback, whole page rendered (every query, the coach's history, the charts' JSON). "First" is the first view after
 * the data changed (nothing cached), "again" the next views. Prints; asserts nothing.
 * Run: {@code mvn -Pbench test -Dtest=DashboardBenchmark}
 */
@Tag("bench")
@TestPropertySource(properties = "runaway.search.embedding=false")
class DashboardBenchmark extends IntegrationTest {
    private static final int WARMUPS = 30;
    private static final int RUNS = 100;

    @org.springframework.beans.factory.annotation.Autowired
    app.runaway.analysis.AnalysisService analyses;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void dashboard_server_time() throws Exception {
        var size = 5_000;
        var zone = ZoneId.of("Europe/Stockholm");
        var lastDay = LocalDate.of(2026, 10, 31);
        var generated = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.ofActivityCount(size, lastDay, zone, size + size / 5));
        var activities = generated.subList(generated.size() - size, generated.size());
        var athlete = newAthlete("dashboard-bench");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(activities, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        var session = BrowserSession.signIn(api.base(), athlete.token()).cookie();
        var path = "/?weeks=26&until=" + lastDay;

        var again = new ArrayList<Double>();
        var first = new ArrayList<Double>();
        for (var i = 0; i < WARMUPS + RUNS; i++) {
            // a profile change raises the athlete's data version: the next view computes everything afresh
            api.put("/api/athlete", athlete.token(), Map.of("max_heartrate", 180 + i % 2));
            var firstMs = Measurements.time(() -> get(path, session));
            var againMs = Measurements.time(() -> get(path, session));
            if (i >= WARMUPS) {
                first.add(firstMs);
                again.add(againMs);
            }
        }
        // where the first view's time goes: the coach's year of history, and the records over every run
        var history = new ArrayList<Double>();
        var records = new ArrayList<Double>();
        for (var i = 0; i < WARMUPS + RUNS / 2; i++) {
            api.put("/api/athlete", athlete.token(), Map.of("max_heartrate", 180 + i % 2));
            var historyMs = Measurements.time(() -> analyses.history(athlete.id(), lastDay.minusDays(364), lastDay));
            var recordsMs = Measurements.time(() -> analyses.records(athlete.id()));
            if (i >= WARMUPS) {
                history.add(historyMs);
                records.add(recordsMs);
            }
        }
        System.out.printf("%n== Dashboard benchmark (%d cores, Java %s) ==%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "%,d activities, GET / over loopback: first view after a change median %.1f ms "
                        + "(p95 %.1f), again median %.1f ms (p95 %.1f), page %d bytes%n", size,
                Measurements.percentile(first, 50), Measurements.percentile(first, 95),
                Measurements.percentile(again, 50), Measurements.percentile(again, 95), get(path, session).length());
        System.out.printf(Locale.ROOT, "  of the first view: the year's history (CTL/ATL/TSB, pace, zones) median %.1f ms, "
                        + "records over every run median %.1f ms%n", Measurements.percentile(history, 50),
                Measurements.percentile(records, 50));
    }

    private String get(String path, String session) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Cookie", session)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
