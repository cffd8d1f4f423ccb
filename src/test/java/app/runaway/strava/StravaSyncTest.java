package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.FakeStrava;
import app.runaway.support.FakeStravaHistory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Full, incremental and recent syncs against the fake Strava, through the HTTP API. */
class StravaSyncTest extends StravaIntegration {

    @Test
    void a_full_sync_of_712_activities_stores_exactly_those_with_at_most_four_list_calls() {
        var connected = connectAndSync("Full", 712);

        assertStoreEqualsFake(connected.runaway(), connected.strava());
        assertThat(listCalls(connected.strava())).isLessThanOrEqualTo(4);
        var job = api.get("/api/jobs/" + connected.syncJobId(), connected.runaway().token()).body();
        assertThat(job.at("/result/pages_fetched").asInt()).isEqualTo(4);
        assertThat(job.at("/result/activities_stored").asInt()).isGreaterThanOrEqualTo(712);
        assertThat(job.at("/result/api_calls").asInt())
                .isEqualTo(STRAVA.received(connected.strava()).size());
        var state = api.get("/api/strava", connected.runaway().token()).body();
        assertThat(state.get("connected").asBoolean()).isTrue();
        assertThat(state.get("strava_athlete_id").asLong()).isEqualTo(connected.strava().id);
        assertThat(state.get("last_full_sync_at").isNull()).isFalse();
        assertThat(state.get("needs_reauthorization").asBoolean()).isFalse();
    }

    @Test
    void an_incremental_sync_after_three_uploads_makes_one_list_call_and_stores_three() {
        var connected = connectAndSync("Incremental", 712);
        var before = STRAVA.received(connected.strava()).size();
        var newestStored = connected.strava().activities().getLast().start();
        for (var day = 1; day <= 3; day++) {
            connected.strava().add(FakeStravaHistory.upload(newActivityId(), NEWEST.plus(Duration.ofDays(day))));
        }

        var job = sync(connected.runaway(), null);

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/mode").asString()).as("incremental by default after a full sync")
                .isEqualTo("incremental");
        var calls = STRAVA.received(connected.strava()).subList(before, STRAVA.received(connected.strava()).size());
        assertThat(calls.stream().filter(FakeStrava.Received::isList)).hasSize(1);
        assertThat(calls.stream().filter(FakeStrava.Received::isList).findFirst().orElseThrow().query())
                .containsEntry("after", String.valueOf(newestStored.getEpochSecond()));
        assertThat(job.at("/result/activities_received").asInt()).isEqualTo(3);
        assertThat(job.at("/result/activities_stored").asInt()).isGreaterThanOrEqualTo(3);
        assertStoreEqualsFake(connected.runaway(), connected.strava());
    }

    @Test
    void sync_beta_takes_the_twenty_most_recent_in_one_call() {
        var strava = stravaAthlete("Beta", 50);
        var connected = connect("Beta", strava);
        api.waitForJob(connected.syncJobId(), connected.runaway().token());
        var before = STRAVA.received(strava).size();

        var accepted = api.post("/api/sync-beta", connected.runaway().token(), Map.of());
        assertThat(accepted.status()).isEqualTo(202);
        var job = api.waitForJob(accepted.body().get("job_id").asString(), connected.runaway().token());

        assertThat(job.at("/result/mode").asString()).isEqualTo("recent");
        var lists = STRAVA.received(strava).subList(before, STRAVA.received(strava).size()).stream()
                .filter(FakeStrava.Received::isList).toList();
        assertThat(lists).hasSize(1);
        assertThat(lists.getFirst().query()).containsEntry("per_page", "20");
        assertThat(job.at("/result/activities_received").asInt()).isEqualTo(20);
    }

    @Test
    void a_sync_asked_for_while_one_is_queued_or_running_is_answered_with_that_job() {
        var strava = stravaAthlete("Twice", 400);
        STRAVA.slowNext(1, r -> r.athleteId() != null && r.athleteId() == strava.id && r.isList(),
                Duration.ofMillis(1500));
        var connected = connect("Twice", strava);

        var first = api.post("/api/sync", connected.runaway().token(), Map.of("mode", "full"));
        var second = api.post("/api/sync", connected.runaway().token(), Map.of());

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().get("job_id").asString()).isEqualTo(connected.syncJobId());
        assertThat(second.body().get("job_id").asString()).isEqualTo(connected.syncJobId());
        api.waitForJob(connected.syncJobId(), connected.runaway().token());
        var third = api.post("/api/sync", connected.runaway().token(), Map.of());
        assertThat(third.body().get("job_id").asString()).as("a new sync once the last one ended")
                .isNotEqualTo(connected.syncJobId());
        api.waitForJob(third.body().get("job_id").asString(), connected.runaway().token());
    }

    @Test
    void detailed_records_add_descriptions_and_devices_that_a_later_list_summary_does_not_erase() {
        var connected = connectAndSync("Details", 60);
        var described = connected.strava().activities().stream().filter(a -> a.description() != null)
                .filter(a -> a.sportType().equals("Run")).reduce((a, b) -> b).orElseThrow();

        sync(connected.runaway(), "full"); // list summaries again: no description in them

        var stored = api.allActivities(connected.runaway().token(), "").stream()
                .filter(a -> a.get("strava_id").asLong() == described.id()).findFirst().orElseThrow();
        assertThat(stored.get("description").asString()).isEqualTo(described.description());
        assertThat(stored.get("device_name").asString()).isEqualTo(described.device());
        assertThat(stored.get("gear_name").asString()).isEqualTo(described.gear());
        assertThat(stored.get("sources").toString()).contains("strava_api");
    }

    @Test
    void a_list_summary_keeps_what_the_athletes_own_export_gave() {
        var strava = stravaAthlete("Export first", 5);
        var oldest = strava.activities().getFirst();
        var runaway = newAthlete("Export first");
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
                + "Average Heart Rate\n" + oldest.id() + ",\"" + java.time.format.DateTimeFormatter
                .ofPattern("MMM d, yyyy, h:mm:ss a", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC)
                .format(oldest.start()) + "\",Old name,Run,From my export,1500,5.00,151\n";
        api.importAndWait("activities.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), runaway.token());
        var callback = callback(state(runaway.token()), STRAVA.approve(strava), StravaSettings.SCOPE);
        api.waitForJob(callback.body().at("/sync/job_id").asString(), runaway.token());

        var stored = api.allActivities(runaway.token(), "").stream()
                .filter(a -> a.get("strava_id").asLong() == oldest.id()).findFirst().orElseThrow();
        assertThat(stored.get("name").asString()).as("the API outranks the export").isEqualTo(oldest.name());
        assertThat(stored.get("source").asString()).isEqualTo("strava_api");
        assertThat(stored.get("sources").toString()).contains("strava_export", "strava_api");
        if (oldest.description() == null) {
            assertThat(stored.get("description").asString()).isEqualTo("From my export");
        }
    }

    @Test
    void deleting_an_activity_removes_it_and_answers_404_after() {
        var connected = connectAndSync("Deleter", 10);
        var activity = api.allActivities(connected.runaway().token(), "").getFirst().get("id").asLong();
        var other = newAthlete("Not the owner");

        assertThat(api.send("DELETE", "/api/activities/" + activity, other.token()).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/activities/" + activity, connected.runaway().token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/activities/" + activity, connected.runaway().token()).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/activities/" + activity, connected.runaway().token()).status())
                .isEqualTo(404);
        assertThat(api.allActivities(connected.runaway().token(), "")).hasSize(9);
    }
}
