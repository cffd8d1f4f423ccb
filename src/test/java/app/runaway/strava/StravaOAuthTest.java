package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.platform.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Connecting Strava: the consent URL, the callback's checks (state, scope), sign-up, and tokens at rest. */
class StravaOAuthTest extends StravaIntegration {
    @Autowired
    SecretKey secretKey;

    @Test
    void authorize_answers_stravas_consent_url_with_the_scope_and_a_state() {
        var athlete = newAthlete("Authorize");
        for (var method : new String[] {"GET", "POST"}) {
            var answer = method.equals("GET") ? api.get("/api/oauth/authorize", athlete.token())
                    : api.post("/api/oauth/authorize", athlete.token(), Map.of());
            assertThat(answer.status()).isEqualTo(200);
            var url = answer.body().get("authorize_url").asString();
            assertThat(url).startsWith(STRAVA.oauthUrl() + "/authorize?");
            assertThat(query(url)).containsEntry("client_id", "runaway-test-client")
                    .containsEntry("scope", "read,activity:read_all").containsEntry("approval_prompt", "auto")
                    .containsEntry("response_type", "code")
                    .containsEntry("redirect_uri", "http://127.0.0.1:8080/api/oauth/callback")
                    .containsKey("state");
        }
        assertThat(api.get("/api/oauth/authorize", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void a_forged_state_is_refused_and_nothing_is_stored() {
        var athlete = newAthlete("Forged");
        var state = state(athlete.token());
        var other = newAthlete("Victim");
        var forged = state.replaceFirst("\\.\\d+\\.", "." + other.id() + ".");

        for (var bad : new String[] {forged, state + "x", "nonsense", "a.b.c.d"}) {
            var answer = callback(bad, STRAVA.approve(stravaAthlete("Forged", 1)), StravaSettings.SCOPE);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().get("detail").asString()).contains("state");
        }
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isFalse();
        assertThat(api.get("/api/strava", other.token()).body().get("connected").asBoolean()).isFalse();
    }

    @Test
    void a_replayed_callback_is_refused() {
        var strava = stravaAthlete("Replay", 2);
        var athlete = newAthlete("Replay");
        var state = state(athlete.token());
        assertThat(callback(state, STRAVA.approve(strava), StravaSettings.SCOPE).status()).isEqualTo(200);

        var again = callback(state, STRAVA.approve(strava), StravaSettings.SCOPE);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("detail").asString()).contains("already used");
    }

    @Test
    void an_expired_state_is_refused_and_nothing_is_stored() {
        var athlete = newAthlete("Late");
        var elevenMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        var state = new OAuthStates(jdbc, elevenMinutesAgo, secretKey).issue(athlete.id());

        var answer = callback(state, STRAVA.approve(stravaAthlete("Late", 1)), StravaSettings.SCOPE);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("detail").asString()).contains("expired");
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isFalse();
    }

    @Test
    void a_grant_without_activity_read_is_refused_saying_so() {
        var athlete = newAthlete("Scope");
        var answer = callback(state(athlete.token()), STRAVA.approve(stravaAthlete("Scope", 1)), "read");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("detail").asString()).contains("activity:read");
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isFalse();
        assertThat(callback(state(athlete.token()), STRAVA.approve(stravaAthlete("Scope", 1)), null).status())
                .isEqualTo(400);
    }

    @Test
    void a_denied_authorization_is_refused() {
        var athlete = newAthlete("Denied");
        var answer = api.get("/api/oauth/callback?state=" + encode(state(athlete.token())) + "&error=access_denied",
                null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("detail").asString()).contains("access_denied");
    }

    @Test
    void sign_up_without_a_token_creates_an_athlete_and_answers_its_token_once() {
        var strava = stravaAthlete("Newcomer", 3);
        var authorize = api.post("/api/oauth/authorize", null, Map.of());
        assertThat(authorize.status()).isEqualTo(200);
        assertThat(authorize.body().get("sign_up").asBoolean()).isTrue();
        var state = query(authorize.body().get("authorize_url").asString()).get("state");

        var answer = callback(state, STRAVA.approve(strava), StravaSettings.SCOPE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("signed_up").asBoolean()).isTrue();
        var token = answer.body().get("token").asString();
        assertThat(api.get("/api/athlete", token).body().get("name").asString()).isEqualTo("Newcomer Tester");
        api.waitForJob(answer.body().at("/sync/job_id").asString(), token);
        assertThat(api.allActivities(token, "")).hasSize(3);

        var state2 = query(api.post("/api/oauth/authorize", null, Map.of()).body().get("authorize_url").asString())
                .get("state");
        var again = callback(state2, STRAVA.approve(strava), StravaSettings.SCOPE);
        assertThat(again.body().get("athlete_id").asLong()).as("the same Strava athlete signs in again")
                .isEqualTo(answer.body().get("athlete_id").asLong());
        assertThat(again.body().get("signed_up").asBoolean()).isFalse();
        assertThat(api.get("/api/athlete", again.body().get("token").asString()).status()).isEqualTo(200);
    }

    @Test
    void a_strava_athlete_connected_to_someone_else_is_refused() {
        var strava = stravaAthlete("Taken", 1);
        connect("First", strava);
        var second = newAthlete("Second");

        var answer = callback(state(second.token()), STRAVA.approve(strava), StravaSettings.SCOPE);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(api.get("/api/strava", second.token()).body().get("connected").asBoolean()).isFalse();
    }

    @Test
    void tokens_are_stored_encrypted() {
        var connected = connectAndSync("Encrypted", 1);
        var row = jdbc.sql("SELECT access_token, refresh_token FROM strava_connections WHERE athlete_id = ?")
                .param(connected.runaway().id()).query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1)).single();
        assertThat(row).doesNotContain("access-").doesNotContain("refresh-");
    }

    @Test
    void disconnecting_revokes_at_strava_and_deletes_what_came_from_the_api_alone() {
        var connected = connectAndSync("Leaver", 12);
        var kept = connected.strava().activities().getFirst();
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n" + kept.id() + ",\""
                + java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", java.util.Locale.ENGLISH)
                .withZone(ZoneOffset.UTC).format(kept.start()) + "\",Mine,Run,1500,5.00\n";
        api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), connected.runaway().token());

        var answer = api.send("DELETE", "/api/strava", connected.runaway().token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("revoked").asBoolean()).isTrue();
        assertThat(answer.body().get("activities_deleted").asInt()).isEqualTo(11);
        var left = api.allActivities(connected.runaway().token(), "");
        assertThat(left).hasSize(1);
        assertThat(left.getFirst().get("strava_id").asLong()).isEqualTo(kept.id());
        assertThat(left.getFirst().get("source").asString()).isEqualTo("strava_export");
        assertThat(api.get("/api/strava", connected.runaway().token()).body().get("connected").asBoolean())
                .isFalse();
        assertThat(STRAVA.received().stream().anyMatch(r -> r.path().equals("/oauth/deauthorize"))).isTrue();
        assertThat(api.post("/api/sync", connected.runaway().token(), Map.of()).status()).isEqualTo(409);
    }
}
