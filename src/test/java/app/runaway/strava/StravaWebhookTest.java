package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.FakeStravaHistory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Strava's push events, as Strava sends them: no bearer token, answered at once, the work done by a job. */
class StravaWebhookTest extends StravaIntegration {

    @Test
    void the_subscription_challenge_is_answered_only_with_the_verify_token() {
        var ok = api.get("/api/webhooks/strava?hub.mode=subscribe&hub.challenge=15f7d1a91c1f40f8a748fd134752feb3"
                + "&hub.verify_token=runaway-test-verify-token", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("hub.challenge").asString()).isEqualTo("15f7d1a91c1f40f8a748fd134752feb3");
        assertThat(api.get("/api/webhooks/strava?hub.mode=subscribe&hub.challenge=x&hub.verify_token=wrong", null)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/webhooks/strava?hub.mode=subscribe&hub.challenge=x", null).status())
                .isEqualTo(403);
    }

    @Test
    void create_update_and_delete_events_make_the_store_follow_strava() {
        var connected = connectAndSync("Hooked", 5);
        var strava = connected.strava();
        var created = FakeStravaHistory.upload(newActivityId(), NEWEST.plus(Duration.ofDays(1)));
        strava.add(created);

        event(connected, "activity", "create", created.id(), Map.of());
        awaitStored(connected.runaway(), 6);
        assertThat(find(connected.runaway(), created.id()).get("name").asString()).isEqualTo(created.name());

        strava.add(created.renamed("Renamed on Strava"));
        event(connected, "activity", "update", created.id(), Map.of("title", "Renamed on Strava"));
        awaitName(connected.runaway(), created.id(), "Renamed on Strava");

        strava.remove(created.id());
        event(connected, "activity", "delete", created.id(), Map.of());
        awaitStored(connected.runaway(), 5);
        assertStoreEqualsFake(connected.runaway(), strava);
    }

    @Test
    void duplicated_and_out_of_order_events_are_harmless() {
        var connected = connectAndSync("Repeated", 5);
        var strava = connected.strava();
        var created = FakeStravaHistory.upload(newActivityId(), NEWEST.plus(Duration.ofDays(2)));
        strava.add(created);
        var gone = strava.activities().getFirst();
        strava.remove(gone.id());

        // the update arrives before the create, the create three times; the delete of `gone` twice, and a late
        // update for it after its deletion
        var jobs = List.of(
                event(connected, "activity", "update", created.id(), Map.of("title", "x")),
                event(connected, "activity", "create", created.id(), Map.of()),
                event(connected, "activity", "create", created.id(), Map.of()),
                event(connected, "activity", "create", created.id(), Map.of()),
                event(connected, "activity", "delete", gone.id(), Map.of()),
                event(connected, "activity", "delete", gone.id(), Map.of()),
                event(connected, "activity", "update", gone.id(), Map.of("title", "late")));
        jobs.forEach(job -> api.waitForJob(job, connected.runaway().token()));

        assertStoreEqualsFake(connected.runaway(), strava);
    }

    @Test
    void a_delete_event_for_an_activity_still_on_strava_deletes_nothing() {
        var connected = connectAndSync("Forged delete", 5);
        var still = connected.strava().activities().getLast();

        api.waitForJob(event(connected, "activity", "delete", still.id(), Map.of()), connected.runaway().token());

        assertStoreEqualsFake(connected.runaway(), connected.strava());
    }

    @Test
    void deauthorization_deletes_the_strava_sourced_data_and_the_tokens() {
        var connected = connectAndSync("Deauthorizer", 8);
        var kept = connected.strava().activities().getFirst();
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n" + kept.id() + ",\""
                + java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", java.util.Locale.ENGLISH)
                .withZone(ZoneOffset.UTC).format(kept.start()) + "\",Mine,Run,1500,5.00\n";
        api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), connected.runaway().token());
        var forged = event(connected, "athlete", "update", connected.strava().id, Map.of("authorized", "false"));
        assertThat(api.waitForJob(forged, connected.runaway().token()).at("/result/outcome").asString())
                .as("a deauthorization Strava does not confirm is ignored").contains("still authorized");
        assertThat(api.allActivities(connected.runaway().token(), "")).hasSize(8);

        connected.strava().deauthorize();
        var job = event(connected, "athlete", "update", connected.strava().id, Map.of("authorized", "false"));
        api.waitForJob(job, connected.runaway().token());
        // and again: a duplicate finds nothing left to do
        api.post("/api/webhooks/strava", null, body(connected, "athlete", "update", connected.strava().id,
                Map.of("authorized", "false")));

        var left = api.allActivities(connected.runaway().token(), "");
        assertThat(left).hasSize(1);
        assertThat(left.getFirst().get("source").asString()).isEqualTo("strava_export");
        assertThat(jdbc.sql("SELECT count(*) FROM strava_connections WHERE athlete_id = ?")
                .param(connected.runaway().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_embeddings e JOIN activities a ON a.id = e.activity_id "
                + "WHERE a.athlete_id = ?").param(connected.runaway().id()).query(Long.class).single())
                .isLessThanOrEqualTo(1);
    }

    @Test
    void events_of_athletes_not_connected_here_are_ignored() {
        var answer = api.post("/api/webhooks/strava", null, Map.of("object_type", "activity", "aspect_type", "create",
                "object_id", 1, "owner_id", 1, "event_time", 1516126040, "subscription_id", 120475,
                "updates", Map.of()));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asString()).isEqualTo("ignored");
    }

    /** Posts an event as Strava does and answers the job it queued. */
    private String event(Connected connected, String objectType, String aspect, long objectId,
                         Map<String, Object> updates) {
        var answer = api.post("/api/webhooks/strava", null, body(connected, objectType, aspect, objectId, updates));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asString()).isEqualTo("queued");
        return jdbc.sql("SELECT id::text FROM jobs WHERE athlete_id = ? AND kind = 'strava-webhook' "
                        + "ORDER BY created_at DESC LIMIT 1")
                .param(connected.runaway().id()).query(String.class).single();
    }

    private static Map<String, Object> body(Connected connected, String objectType, String aspect, long objectId,
                                            Map<String, Object> updates) {
        var body = new LinkedHashMap<String, Object>();
        body.put("aspect_type", aspect);
        body.put("event_time", 1516126040);
        body.put("object_id", objectId);
        body.put("object_type", objectType);
        body.put("owner_id", connected.strava().id);
        body.put("subscription_id", 120475);
        body.put("updates", updates);
        return body;
    }

    private JsonNode find(Api.Athlete athlete, long stravaId) {
        return api.allActivities(athlete.token(), "").stream().filter(a -> a.get("strava_id").asLong() == stravaId)
                .findFirst().orElseThrow();
    }

    private void awaitStored(Api.Athlete athlete, int count) {
        await(() -> api.allActivities(athlete.token(), "").size() == count, "never " + count + " activities");
    }

    private void awaitName(Api.Athlete athlete, long stravaId, String name) {
        await(() -> find(athlete, stravaId).get("name").asString().equals(name), "never renamed");
    }

    private static void await(java.util.function.BooleanSupplier condition, String failure) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
