package app.runaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.FakeStrava;
import app.runaway.support.FakeStravaHistory;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A runner connects Strava in the browser: signing up through "Connect with Strava" on the sign-in page, and
 * connecting, syncing and disconnecting from the settings page. Strava's consent page is the fake's approval: the
 * browser's visit to it is answered with the redirect Strava gives after the athlete approves.
 */
class StravaInBrowserTest extends BrowserTest {
    private static final AtomicLong ACTIVITY_IDS = new AtomicLong(70_000_000_000L);

    @Test
    void signing_up_with_strava_lands_signed_in_on_the_dashboard_with_the_token_shown_once_and_the_sync_queued() {
        var strava = stravaAthlete("Newcomer", "Browser", 3);
        approveOnStrava(strava);
        STRAVA.slowNext(1, r -> r.isList() && Long.valueOf(strava.id).equals(r.athleteId()), java.time.Duration.ofSeconds(2));

        page.navigate("/signin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect with Strava")).click();
        page.waitForURL("**/?strava=connected&sync=*");

        assertThat(page.locator("h1").textContent()).isEqualTo("Dashboard");
        assertThat(page.locator("header .who").textContent()).isEqualTo("Newcomer Browser");
        var token = page.getByTestId("new-token").textContent();
        assertThat(api.get("/api/athlete", token).body().get("name").asString()).isEqualTo("Newcomer Browser");
        assertThat(page.getByTestId("strava-sync").textContent()).containsAnyOf("Sync with Strava queued",
                "Syncing with Strava", "Sync done");
        // while the activities arrive (Strava's first page is slow here) the empty dashboard says so, rather than
        // asking for an import
        assertThat(page.getByTestId("arriving").textContent()).contains("Your training is on its way");
        assertThat(page.getByText("No training here yet").count()).isZero();
        page.getByTestId("strava-sync-done").waitFor();
        assertThat(page.getByTestId("strava-sync-done").textContent()).contains("3 activities from Strava");
        screenshot("strava-signed-up");

        page.reload();
        assertThat(page.getByTestId("new-token").count()).as("the token is shown once").isZero();
        assertThat(api.allActivities(token, "")).hasSize(3);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your dashboard")).click();
        page.waitForURL(api.base() + "/");
        assertThat(page.getByTestId("arriving").count()).isZero();
        assertThat(page.getByText("No training here yet").count()).isZero();
    }

    @Test
    void connecting_from_settings_shows_the_connection_syncs_now_and_disconnects() {
        var athlete = newAthlete("Settings runner");
        var strava = stravaAthlete("Settings", "Runner", 2);
        approveOnStrava(strava);
        signIn(athlete.token());

        page.navigate("/settings");
        assertThat(page.getByTestId("strava-state").textContent()).contains("Not connected");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Strava")).click();
        page.waitForURL("**/settings?strava=connected&sync=*");
        assertThat(page.getByTestId("strava-state").textContent()).contains("Connected to Strava as Settings Runner");
        assertThat(page.locator("#strava").textContent()).contains("read,activity:read_all");
        page.getByTestId("strava-sync-done").waitFor();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
        page.waitForURL("**/settings#strava");
        assertThat(page.getByTestId("strava-sync").textContent()).containsAnyOf("Sync with Strava queued",
                "Syncing with Strava", "Sync done");
        page.getByTestId("strava-sync-done").waitFor();
        screenshot("strava-settings");
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isTrue();

        page.locator("#strava summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Disconnect Strava and delete its activities")).click();
        page.waitForURL("**/settings#strava");
        assertThat(page.locator("#strava").textContent()).contains("Strava is disconnected")
                .contains("2 activities that came only from Strava were deleted");
        assertThat(page.getByTestId("strava-state").textContent()).contains("Not connected");
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isFalse();
    }

    @Test
    void a_stale_sync_button_and_a_revocation_strava_did_not_answer_are_said_on_the_settings_page() {
        var athlete = newAthlete("Two windows runner");
        var strava = stravaAthlete("Two", "Windows", 1);
        approveOnStrava(strava);
        signIn(athlete.token());
        page.navigate("/settings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Strava")).click();
        page.waitForURL("**/settings?strava=connected&sync=*");
        page.getByTestId("strava-sync-done").waitFor();

        // disconnected meanwhile (another window, or the API): the page still shows "Sync now"
        assertThat(api.send("DELETE", "/api/strava", athlete.token()).status()).isEqualTo(200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
        page.waitForURL("**/settings#strava");
        assertThat(page.locator("#strava [role=alert]").textContent())
                .isEqualTo("Not synced: Strava is not connected any more (it was disconnected, perhaps in another window).");
        assertThat(page.getByTestId("strava-state").textContent()).contains("Not connected");

        // connected again, then Strava does not answer the revocation: disconnected here, and the page says what
        // is left to do on Strava rather than claiming the access was revoked
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Strava")).click();
        page.waitForURL("**/settings?strava=connected&sync=*");
        page.getByTestId("strava-sync-done").waitFor();
        STRAVA.failNext(10, r -> r.path().equals("/oauth/deauthorize"), 503);
        try {
            page.locator("#strava summary").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Disconnect Strava and delete its activities")).click();
            page.waitForURL("**/settings#strava");
        } finally {
            STRAVA.clearFaults();
        }
        assertThat(page.locator("#strava").textContent()).contains("Strava did not answer, so its access is not "
                + "revoked there").doesNotContain("its access revoked:");
        assertThat(page.getByTestId("strava-state").textContent()).contains("Not connected");
        assertThat(api.get("/api/strava", athlete.token()).body().get("connected").asBoolean()).isFalse();
    }

    /**
     * The athlete approves on Strava's consent page. Playwright routes only the first request of a redirect chain,
     * so the app's own redirect to Strava is fetched as the browser would (its session cookie kept), and answered
     * with where Strava sends the browser back after the approval, on the app's real port.
     */
    private void approveOnStrava(FakeStrava.Athlete strava) {
        for (var start : new String[] {"/signin/strava", "/settings/strava/connect"}) {
            page.route(api.base() + start, route -> {
                var toStrava = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
                assertThat(toStrava.status()).isEqualTo(302);
                var back = STRAVA.consent(toStrava.headers().get("location"), strava);
                route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(java.util.Map.of("Location",
                        api.base() + back.getRawPath() + "?" + back.getRawQuery())));
            });
        }
    }

    private static FakeStrava.Athlete stravaAthlete(String first, String last, int count) {
        var athlete = STRAVA.newAthlete(first, last);
        FakeStravaHistory.of(ACTIVITY_IDS.getAndAdd(count + 1000L), count, Instant.parse("2026-11-20T06:30:00Z"))
                .forEach(athlete::add);
        return athlete;
    }
}
