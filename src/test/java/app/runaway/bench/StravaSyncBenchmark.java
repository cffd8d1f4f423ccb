package app.runaway.bench;

import app.runaway.support.FakeStrava;
import app.runaway.support.FakeStravaHistory;
import app.runaway.support.IntegrationTest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A full Strava sync against the fake Strava answering every call after 50 ms, for athletes holding 712 and 10,000
 * activities: from the OAuth callback (which queues the sync) to the job done, and the API calls it spent (list pages
 * and detailed records) per activity. Prints figures; asserts nothing about time.
 * Run: {@code mvn -Pbench test -Dtest=StravaSyncBenchmark}
 */
@Tag("bench")
@TestPropertySource(properties = "runaway.search.embedding=false")
class StravaSyncBenchmark extends IntegrationTest {
    private static final int RUNS = 3;
    private static long nextId = 50_000_000_000L;

    @Test
    void full_sync_wall_time_and_api_calls() {
        System.out.printf("%n== Strava sync benchmark (%d cores, Java %s), fake Strava with 50 ms per call ==%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        STRAVA.latency(Duration.ofMillis(50));
        try {
            for (var size : new int[] {712, 10_000}) {
                measure(size);
            }
        } finally {
            STRAVA.latency(Duration.ZERO);
        }
    }

    private void measure(int size) {
        var times = new ArrayList<Double>();
        long lists = 0;
        long details = 0;
        long all = 0;
        for (var run = 0; run < RUNS; run++) {
            var strava = STRAVA.newAthlete("Bench" + size, "Run" + run);
            FakeStravaHistory.of(nextId, size, Instant.parse("2026-11-20T06:30:00Z")).forEach(strava::add);
            nextId += size + 1000;
            var athlete = newAthlete("bench-sync-" + size + "-" + run);
            var authorize = api.post("/api/oauth/authorize", athlete.token(), Map.of()).body();
            var state = query(authorize.get("authorize_url").asString()).get("state");
            var start = System.nanoTime();
            var callback = api.get("/api/oauth/callback?code=" + encode(STRAVA.approve(strava)) + "&state="
                    + encode(state) + "&scope=" + encode("read,activity:read_all"), null);
            var job = api.waitForJob(callback.body().at("/sync/job_id").asString(), athlete.token());
            times.add((System.nanoTime() - start) / 1e6);
            if (!job.get("status").asString().equals("succeeded")
                    || api.allActivities(athlete.token(), "").size() != size) {
                throw new IllegalStateException("the benchmark sync did not store what it should: " + job);
            }
            var received = STRAVA.received(strava);
            lists = received.stream().filter(FakeStrava.Received::isList).count();
            details = received.stream().filter(FakeStrava.Received::isDetail).count();
            all = received.size();
        }
        System.out.printf(Locale.ROOT, "%,6d activities: full sync median %.0f ms (min %.0f, max %.0f); API calls %d "
                        + "(%d list pages, %d detailed records) = %.4f calls per activity%n", size,
                Measurements.percentile(times, 50), Measurements.min(times), Measurements.max(times), all, lists,
                details, (double) all / size);
    }

    private static Map<String, String> query(String url) {
        var fields = new java.util.HashMap<String, String>();
        for (var pair : URI.create(url).getRawQuery().split("&")) {
            var at = pair.indexOf('=');
            fields.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
