package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.job.JobWorkers;
import app.runaway.support.FakeStrava;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A full sync of the fake's athlete under each fault Strava (or the network, or this node) can throw at it: in every
 * case the store ends equal to the fake's data, nothing lost and nothing twice.
 */
class StravaFaultsTest extends StravaIntegration {
    private static final int ACTIVITIES = 712;

    @Autowired
    ApplicationContext context;

    private static Predicate<FakeStrava.Received> listPage(FakeStrava.Athlete athlete, int page) {
        return r -> r.athleteId() != null && r.athleteId() == athlete.id && r.isList() && r.page() == page;
    }

    private Connected syncedDespite(String name, java.util.function.Consumer<FakeStrava.Athlete> fault) {
        var strava = stravaAthlete(name, ACTIVITIES);
        fault.accept(strava);
        var connected = connect(name, strava);
        var job = api.waitForJob(connected.syncJobId(), connected.runaway().token());
        assertThat(job.get("status").asString()).as("job: %s", job).isEqualTo("succeeded");
        assertStoreEqualsFake(connected.runaway(), strava);
        return connected;
    }

    @Test
    void server_errors_are_retried_until_the_page_comes() {
        var connected = syncedDespite("Errors", strava -> {
            STRAVA.failNext(2, listPage(strava, 2), 500);
            STRAVA.failNext(1, listPage(strava, 3), 503);
        });
        assertThat(STRAVA.received(connected.strava()).stream().filter(r -> r.isList() && r.page() == 2))
                .hasSize(3);
    }

    @Test
    void dropped_connections_and_empty_answers_are_retried() {
        syncedDespite("Dropped", strava -> {
            STRAVA.dropNext(2, listPage(strava, 1));
            STRAVA.emptyNext(1, listPage(strava, 3));
        });
    }

    @Test
    void a_slow_answer_times_out_and_is_asked_again() {
        var connected = syncedDespite("Slow", strava -> STRAVA.slowNext(1, listPage(strava, 2),
                Duration.ofSeconds(5)));
        assertThat(STRAVA.received(connected.strava()).stream().filter(r -> r.isList() && r.page() == 2))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_429_pauses_the_job_until_the_next_window_and_it_resumes() {
        var connected = syncedDespite("Limited", strava -> STRAVA.tooManyNext(1, listPage(strava, 3)));
        var pages = STRAVA.received(connected.strava()).stream().filter(FakeStrava.Received::isList)
                .map(FakeStrava.Received::page).toList();
        assertThat(pages).containsExactly(1, 2, 3, 3, 4);
        var third = STRAVA.received(connected.strava()).stream().filter(listPage(connected.strava(), 3)).toList();
        assertThat(Duration.between(third.get(0).at(), third.get(1).at()))
                .as("the retry waits for the next window").isPositive();
        assertThat(windowOf(third.get(1).at())).isGreaterThan(windowOf(third.get(0).at()));
    }

    @Test
    void the_shared_budget_is_never_exceeded_the_job_pauses_and_shows_until_when() {
        var strava = stravaAthlete("Budget", ACTIVITIES);
        // start in a fresh window, which neither side has counted anything in yet
        var window = STRAVA_WINDOW.toMillis();
        sleep(window - System.currentTimeMillis() % window + 50);
        STRAVA.limits(new FakeStrava.Limits(3, 100_000, 3, 100_000));
        var over = STRAVA.overLimit();
        var connected = connect("Budget", strava);
        var sawPause = false;
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var job = api.get("/api/jobs/" + connected.syncJobId(), connected.runaway().token()).body();
            sawPause |= !job.get("paused_until").isNull();
            if (job.get("status").asString().equals("succeeded")) {
                break;
            }
            sleep(20);
        }
        assertThat(sawPause).as("the job showed paused_until while it waited").isTrue();
        assertThat(STRAVA.overLimit() - over).as("requests sent beyond the budget").isZero();
        assertStoreEqualsFake(connected.runaway(), strava);
    }

    @Test
    void an_access_token_ended_mid_sync_is_refreshed_and_the_sync_goes_on() {
        var connected = syncedDespite("Expired", strava -> STRAVA.whenReceived(listPage(strava, 3),
                strava::expireAccessTokens)); // page 3 is answered; page 4 comes with a dead token
        assertThat(STRAVA.received().stream().filter(r -> r.isList() && r.page() == 4 && r.athleteId() == null))
                .as("page 4 was refused once").isNotEmpty();
    }

    @Test
    void a_token_near_its_expiry_is_refreshed_first_and_the_rotated_refresh_token_is_kept() {
        STRAVA.tokenLifetime(Duration.ofMinutes(5).plusSeconds(2)); // inside the 5 minutes margin almost at once
        try {
            var connected = syncedDespite("Rotated", strava -> { });
            var refreshes = STRAVA.received().stream().filter(r -> r.path().equals("/oauth/token")
                    && "refresh_token".equals(r.query().get("grant_type"))).count();
            assertThat(refreshes).isPositive();
            // every refresh spent the refresh token stored by the one before: a second sync still works
            assertThat(sync(connected.runaway(), "incremental").get("status").asString()).isEqualTo("succeeded");
        } finally {
            STRAVA.tokenLifetime(Duration.ofHours(6));
        }
    }

    @Test
    void a_refused_refresh_marks_the_connection_as_needing_reauthorization() {
        var connected = connectAndSync("Revoked", 5);
        connected.strava().deauthorize();

        var job = sync(connected.runaway(), "full");

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("authorize");
        assertThat(api.get("/api/strava", connected.runaway().token()).body().get("needs_reauthorization")
                .asBoolean()).isTrue();
        var again = api.post("/api/sync", connected.runaway().token(), java.util.Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("/api/oauth/authorize");
        // connecting again clears it
        var reconnect = callback(state(connected.runaway().token()), STRAVA.approve(connected.strava()),
                StravaSettings.SCOPE);
        assertThat(reconnect.status()).isEqualTo(200);
        assertThat(api.get("/api/strava", connected.runaway().token()).body().get("needs_reauthorization")
                .asBoolean()).isFalse();
        api.waitForJob(reconnect.body().at("/sync/job_id").asString(), connected.runaway().token());
    }

    @Test
    void a_node_restarting_mid_sync_resumes_from_the_page_it_had_reached() {
        var strava = stravaAthlete("Restart", ACTIVITIES);
        STRAVA.slowNext(1, listPage(strava, 3), Duration.ofMillis(1500));
        var connected = connect("Restart", strava);
        awaitRequest(listPage(strava, 3));

        JobWorkers.stop(context); // page 3 is in flight: the job goes back to the queue with its checkpoint
        JobWorkers.start(context);

        var job = api.waitForJob(connected.syncJobId(), connected.runaway().token());
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertStoreEqualsFake(connected.runaway(), strava);
        var pages = STRAVA.received(strava).stream().filter(FakeStrava.Received::isList)
                .map(FakeStrava.Received::page).toList();
        assertThat(pages).as("pages 1 and 2 are not asked again").containsExactly(1, 2, 3, 3, 4);
    }

    @Test
    void a_sync_whose_node_died_is_taken_over_from_its_checkpoint() {
        var strava = stravaAthlete("Crash", ACTIVITIES);
        STRAVA.slowNext(1, listPage(strava, 3), Duration.ofMillis(1500));
        var connected = connect("Crash", strava);
        awaitRequest(listPage(strava, 3));

        // What a node that died leaves behind: the job held by it, its heartbeat long stopped.
        jdbc.sql("""
                UPDATE jobs SET claimed_by = 'a-node-that-died', heartbeat_at = now() - interval '10 minutes'
                 WHERE id = ?""").param(UUID.fromString(connected.syncJobId())).update();

        var job = api.waitForJob(connected.syncJobId(), connected.runaway().token());
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("attempts").asInt()).isEqualTo(2);
        assertStoreEqualsFake(connected.runaway(), strava);
        var pages = STRAVA.received(strava).stream().filter(FakeStrava.Received::isList)
                .map(FakeStrava.Received::page).toList();
        assertThat(pages.subList(0, 2)).containsExactly(1, 2);
        assertThat(pages.stream().filter(page -> page < 3)).as("resumed at page 3").hasSize(2);
    }

    private long windowOf(Instant at) {
        return at.toEpochMilli() / STRAVA_WINDOW.toMillis();
    }

    private static void awaitRequest(Predicate<FakeStrava.Received> matches) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (STRAVA.received().stream().noneMatch(matches)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the fake never got the request waited for");
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
