package app.runaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A runner's journey through the web app in a real browser. */
class WebAppEndToEndTest extends BrowserTest {

    @Test
    void a_runner_uses_every_screen() {
        var athlete = newAthlete("Carl");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", "Europe/Stockholm", "max_heartrate", 190));
        api.importAndWait(FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv"), athlete.token());
        signIn(athlete.token());
        page.getByText("Show the weeks up to it").click();
        page.waitForLoadState();
        screenshot("dashboard");
        assertThat(page.locator("h1").textContent()).isEqualTo("Dashboard");
    }
}
