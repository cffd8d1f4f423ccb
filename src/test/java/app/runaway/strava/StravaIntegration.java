package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.FakeStrava;
import app.runaway.support.FakeStravaHistory;
import app.runaway.support.IntegrationTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What the Strava tests share: connecting an athlete of the fake, and comparing the store with the fake's data. */
abstract class StravaIntegration extends IntegrationTest {
    private static final AtomicLong ACTIVITY_IDS = new AtomicLong(10_000_000_000L);
    protected static final Instant NEWEST = Instant.parse("2026-11-20T06:30:00Z");

    @Autowired
    protected JdbcClient jdbc;

    /** A Runaway athlete connected to a fake Strava athlete, and the job of the full sync the callback queued. */
    record Connected(Api.Athlete runaway, FakeStrava.Athlete strava, String syncJobId) {
    }

    @AfterEach
    void calmTheFake() {
        STRAVA.clearFaults();
        STRAVA.limits(FakeStrava.Limits.GENEROUS);
        STRAVA.latency(java.time.Duration.ZERO);
        jdbc.sql("DELETE FROM strava_rate_budget").update();
    }

    /** A fake athlete holding {@code count} activities. */
    static FakeStrava.Athlete stravaAthlete(String name, int count) {
        var athlete = STRAVA.newAthlete(name, "Tester");
        var first = ACTIVITY_IDS.getAndAdd(count + 1000L);
        FakeStravaHistory.of(first, count, NEWEST).forEach(athlete::add);
        return athlete;
    }

    static long newActivityId() {
        return ACTIVITY_IDS.incrementAndGet();
    }

    /** Connects through the real OAuth flow; the callback queues a full sync, which is not waited for. */
    Connected connect(String name, FakeStrava.Athlete strava) {
        var runaway = newAthlete(name);
        var callback = callback(state(runaway.token()), STRAVA.approve(strava), StravaSettings.SCOPE);
        assertThat(callback.status()).as("callback: %s", callback.body()).isEqualTo(200);
        return new Connected(runaway, strava, callback.body().at("/sync/job_id").asString());
    }

    Connected connectAndSync(String name, int activities) {
        var connected = connect(name, stravaAthlete(name, activities));
        var job = api.waitForJob(connected.syncJobId(), connected.runaway().token());
        assertThat(job.get("status").asString()).as("sync job: %s", job).isEqualTo("succeeded");
        return connected;
    }

    String state(String token) {
        var authorize = api.post("/api/oauth/authorize", token, Map.of());
        assertThat(authorize.status()).as("authorize: %s", authorize.body()).isEqualTo(200);
        return query(authorize.body().get("authorize_url").asString()).get("state");
    }

    Api.Response callback(String state, String code, String scope) {
        return api.get("/api/oauth/callback?code=" + encode(code) + "&state=" + encode(state)
                + (scope == null ? "" : "&scope=" + encode(scope)), null);
    }

    JsonNode sync(Api.Athlete athlete, String mode) {
        var accepted = api.post("/api/sync", athlete.token(), mode == null ? Map.of() : Map.of("mode", mode));
        assertThat(accepted.status()).as("sync: %s", accepted.body()).isEqualTo(202);
        return api.waitForJob(accepted.body().get("job_id").asString(), athlete.token());
    }

    /**
     * The store holds exactly the fake's activities: the same Strava ids, none twice, none missing, with the fake's
     * names, sports, starts, distances and times.
     */
    void assertStoreEqualsFake(Api.Athlete athlete, FakeStrava.Athlete strava) {
        var stored = api.allActivities(athlete.token(), "");
        var byStravaId = stored.stream().collect(Collectors.groupingBy(a -> a.get("strava_id").asLong()));
        assertThat(byStravaId.values()).as("no activity twice").allSatisfy(list -> assertThat(list).hasSize(1));
        var expected = strava.activities();
        assertThat(byStravaId.keySet()).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(FakeStravaHistory.Activity::id).toList());
        for (var activity : expected) {
            var row = byStravaId.get(activity.id()).getFirst();
            assertThat(row.get("name").asString()).isEqualTo(activity.name());
            assertThat(row.get("sport_type").asString()).isEqualTo(activity.sportType());
            assertThat(Instant.parse(row.get("start_date").asString())).isEqualTo(activity.start());
            assertThat(row.get("distance_m").asDouble()).isEqualTo(activity.distanceM());
            assertThat(row.get("moving_time_s").asInt()).isEqualTo(activity.movingTimeS());
            assertThat(row.get("elapsed_time_s").asInt()).isEqualTo(activity.elapsedTimeS());
        }
    }

    long listCalls(FakeStrava.Athlete strava) {
        return STRAVA.received(strava).stream().filter(FakeStrava.Received::isList).count();
    }

    static Map<String, String> query(String url) {
        var fields = new HashMap<String, String>();
        for (var pair : URI.create(url).getRawQuery().split("&")) {
            var at = pair.indexOf('=');
            fields.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
