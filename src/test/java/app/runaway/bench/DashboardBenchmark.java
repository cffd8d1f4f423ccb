package app.runaway.bench;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void dashboard_server_time() throws Exception {
        var size = 5_000;
        var zone = ZoneId.of("Europe/Stockholm");
        var lastDay = LocalDate.of(2026, 10, 31);
        var generated = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.ofActivityCount(size, lastDay, zone, size + size / 5));
        var history = generated.subList(generated.size() - size, generated.size());
        var athlete = newAthlete("dashboard-bench");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        var session = signIn(athlete.token());
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
        System.out.printf("%n== Dashboard benchmark (%d cores, Java %s) ==%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "%,d activities, GET / over loopback: first view after a change median %.1f ms "
                        + "(p95 %.1f), again median %.1f ms (p95 %.1f), page %d bytes%n", size,
                Measurements.percentile(first, 50), Measurements.percentile(first, 95),
                Measurements.percentile(again, 50), Measurements.percentile(again, 95), get(path, session).length());
    }

    private String signIn(String token) throws Exception {
        var form = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        var cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var matcher = CSRF.matcher(form.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        var body = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/signin"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
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
