package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.runaway.platform.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Strava switched off, retention, and the cipher of the tokens. */
class StravaOffAndAtRestTest extends StravaIntegration {
    @Autowired
    SecretKey secretKey;
    @Autowired
    StravaActivities activities;

    private static StravaSettings settings(String clientId, Integer retentionDays) {
        return new StravaSettings(clientId, clientId == null ? null : "secret", null, null, null, null, null,
                retentionDays, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void without_a_client_id_every_strava_endpoint_answers_404_saying_strava_is_not_configured() {
        var off = settings(null, null);
        var strava = new StravaController(new StravaLink(off, null, null, null, null), null);
        var browser = new StravaInBrowser(off, null);
        var hooks = new StravaWebhookController(off, null, null);
        var oauth = new OAuthController(off, null, null, null, null, null, null, browser, null);
        var me = new app.runaway.security.CurrentAthlete(1);
        for (var call : java.util.List.<Runnable>of(() -> strava.connection(me), () -> strava.disconnect(me),
                () -> strava.sync(me, null), () -> strava.syncRecent(me), () -> hooks.challenge("subscribe", "x", "y"),
                () -> hooks.event(java.util.Map.of()), () -> oauth.authorize(me, null),
                () -> oauth.callback("c", "s", "read", null, null, null), () -> browser.start(1L, null),
                () -> browser.start(null, null))) {
            assertThatThrownBy(call::run).isInstanceOf(StravaNotConfiguredException.class)
                    .hasMessageContaining("RUNAWAY_STRAVA_CLIENT_ID");
        }
        var problem = new StravaProblems(Clock.systemUTC()).notConfigured(new StravaNotConfiguredException());
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).contains("Strava is not configured");
    }

    @Test
    void tokens_encrypt_differently_each_time_and_only_decrypt_for_their_own_athlete_and_kind() {
        var cipher = new TokenCipher(secretKey);
        var first = cipher.encrypt(7, "access", "secret-token");
        var second = cipher.encrypt(7, "access", "secret-token");

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(7, "access", first)).isEqualTo("secret-token");
        assertThatThrownBy(() -> cipher.decrypt(8, "access", first)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(7, "refresh", first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retention_deletes_what_strava_sent_longer_ago_than_the_limit() {
        var connected = connectAndSync("Retained", 6);
        var inEightDays = Clock.fixed(Instant.now().plus(Duration.ofDays(8)), ZoneOffset.UTC);

        assertThat(new StravaRetention(activities, settings("x", 30), inEightDays).expire()).isZero();
        assertThat(new StravaRetention(activities, settings("x", null), inEightDays).expire()).isZero();
        assertThat(api.allActivities(connected.runaway().token(), "")).hasSize(6);

        new StravaRetention(activities, settings("x", 7), inEightDays).expire();

        assertThat(api.allActivities(connected.runaway().token(), "")).isEmpty();
    }
}
