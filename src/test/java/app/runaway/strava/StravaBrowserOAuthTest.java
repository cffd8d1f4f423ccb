package app.runaway.strava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Connecting from the web app over plain HTTP: a browser state's callback is accepted only from the session that
 * started the flow (no login CSRF), lands on the web app instead of answering JSON, and leaves the JSON flow as it was.
 */
class StravaBrowserOAuthTest extends StravaIntegration {

    @Test
    void a_browser_states_callback_from_another_session_is_refused_and_stores_nothing() throws Exception {
        var strava = stravaAthlete("Planted", 2);
        var victim = new Browser();
        var attacker = new Browser();
        var attackersState = attacker.get("/signin/strava");
        assertThat(attackersState.statusCode()).isEqualTo(302);
        var callback = STRAVA.consent(location(attackersState), strava);

        var noCookie = new Browser().get(pathOf(callback));
        victim.get("/signin/strava"); // a session of its own, holding another state
        var otherSession = victim.get(pathOf(STRAVA.consent(location(attacker.get("/signin/strava")), strava)));

        for (var refused : new HttpResponse<?>[] {noCookie, otherSession}) {
            assertThat(refused.statusCode()).isEqualTo(400);
            // a browser reads the problem as a page (an API client gets application/problem+json)
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(refused.body().toString()).contains("start again from the web app");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM strava_connections WHERE strava_athlete_id = ?").param(strava.id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM athletes WHERE name = 'Planted Tester'").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_sign_up_in_the_browser_redirects_signed_in_to_the_dashboard_which_shows_the_token_once() throws Exception {
        var strava = stravaAthlete("Browser", 2);
        var browser = new Browser();
        var consent = browser.get("/signin/strava");
        var before = browser.cookie();

        var callback = browser.get(pathOf(STRAVA.consent(location(consent), strava)));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).startsWith("/?strava=connected&sync=");
        assertThat(browser.cookie()).as("a new session: none planted before sign-in survives").isNotEqualTo(before);
        var dashboard = browser.get(location(callback));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        var token = between(dashboard.body(), "data-testid=\"new-token\">", "<");
        assertThat(api.get("/api/athlete", token).body().get("name").asString()).isEqualTo("Browser Tester");
        assertThat(browser.get("/").body()).as("shown once").doesNotContain(token);

        // signing in again through Strava issues no new token: the session is the sign-in
        var again = new Browser();
        var back = again.get(pathOf(STRAVA.consent(location(again.get("/signin/strava")), strava)));
        assertThat(location(back)).startsWith("/?strava=connected&sync=");
        assertThat(again.get("/").body()).doesNotContain("new-token").contains("Browser Tester");
    }

    @Test
    void a_denied_or_late_browser_flow_lands_on_a_page_saying_so_and_the_json_flow_is_unchanged() throws Exception {
        var browser = new Browser();
        var state = query(location(browser.get("/signin/strava"))).get("state");
        var denied = browser.get("/api/oauth/callback?state=" + encode(state) + "&error=access_denied");
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(location(denied)).isEqualTo("/signin?strava=refused&reason=denied");
        assertThat(browser.get(location(denied)).body()).contains("cancelled on Strava");

        // the JSON flow answers JSON whatever cookie the client carries
        var athlete = newAthlete("Still JSON");
        var json = browser.get("/api/oauth/callback?code=" + encode(STRAVA.approve(stravaAthlete("Json", 1)))
                + "&state=" + encode(state(athlete.token())) + "&scope=" + encode(StravaSettings.SCOPE));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"athlete_id\":" + athlete.id()).contains("\"sync\"");
    }

    /** A client keeping its cookies, as a browser does, and following no redirect. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Accept",
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("RUNAWAY_SESSION"))
                    .map(Object::toString).findFirst().orElse(null);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + response.statusCode() + " " + response.body()));
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String between(String text, String before, String after) {
        var start = text.indexOf(before);
        assertThat(start).as("'%s' on the page", before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
