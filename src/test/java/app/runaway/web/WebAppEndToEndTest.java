package app.runaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.ExportTruth;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A runner's journey through the web app in headless Chromium, every step as a runner takes it: sign in, import a
 * real Strava export and watch the progress, check the weekly chart's totals against figures computed here from the
 * export file, open an activity, open the coach, ask chat and follow a cited activity, switch to miles, export all
 * data and find every activity in it, delete everything, sign out. Each screen is photographed at desktop and phone
 * width ({@code -Dweb.screenshots=docs/screenshots} writes the README's pictures).
 */
class WebAppEndToEndTest extends BrowserTest {
    private static final Path EXPORT = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
    private static final Path RECORDING = FIXTURES.resolve("files/run-garmin-connect.gpx");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final double MILE = 1609.344;

    @Test
    void a_runner_uses_every_screen() throws Exception {
        var athlete = newAthlete("Carl");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", ZONE.getId(), "max_heartrate", 190));
        var truth = ExportTruth.read(EXPORT, ZONE);

        // sign in: the dashboard says what to do first
        page.navigate("/");
        screenshot("signin");
        signIn(athlete.token());
        assertThat(page.getByText("No training here yet").isVisible()).isTrue();

        // import the export (zipped as Strava sends it) and a GPX recording; watch the progress
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import your training")).click();
        page.getByLabel("Strava export (.zip or activities.csv), or FIT, GPX, TCX files")
                .setInputFiles(new Path[] {exportZip(), RECORDING});
        // the answer to the upload shows each job running, its panel polling for progress
        var accepted = page.waitForResponse(r -> r.url().endsWith("/import") && r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click());
        assertThat(accepted.text()).contains("hx-trigger=\"every 1s\"").contains("role=\"status\"");
        page.locator(".job").first().waitFor();
        page.waitForCondition(() -> page.locator(".job").count() == 2 && page.locator(".job[hx-get]").count() == 0,
                new Page.WaitForConditionOptions().setTimeout(60_000));
        screenshot("import");
        assertThat(page.locator("[data-testid=import-done]").count()).as(page.locator("#uploads").textContent())
                .isEqualTo(2);
        var done = page.locator("[data-testid=import-done]").first().textContent();
        assertThat(done).contains(truth.rows().size() + " new");

        // the weekly chart of the runs up to the last one (the history ended a year ago), against totals computed
        // from the file
        page.navigate("/");
        assertThat(page.getByText("Your history ends on").isVisible()).isTrue();
        var lastRunDay = truth.where(ExportTruth.Row::isRun).stream().map(ExportTruth.Row::day)
                .max(java.time.LocalDate::compareTo).orElseThrow();
        var lastDay = truth.rows().stream().map(ExportTruth.Row::day).max(java.time.LocalDate::compareTo)
                .orElseThrow();
        var firstWeek = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(25);
        assertThat(lastRunDay).isAfterOrEqualTo(firstWeek);
        var weekRuns = truth.where(ExportTruth.between(firstWeek, lastDay).and(ExportTruth.Row::isRun));
        page.getByText("Weekly figures as a table").click();
        var rows = page.locator("#weekly-table tbody tr");
        assertThat(rows.count()).isEqualTo(26);
        for (var i = 0; i < 26; i++) {
            var monday = firstWeek.plusWeeks(i);
            var expected = ExportTruth.metres(weekRuns.stream().filter(r -> !r.day().isBefore(monday)
                    && r.day().isBefore(monday.plusWeeks(1))).toList()) / 1000;
            var shown = Double.parseDouble(rows.nth(i).locator("td").first().textContent());
            assertThat(shown).as("week of " + monday).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.006));
        }
        assertThat(page.locator("[data-testid=weekly-total]").textContent())
                .isEqualTo(String.format(Locale.ROOT, "%.2f km", ExportTruth.metres(weekRuns) / 1000));
        assertThat(page.locator("canvas#weekly-chart").boundingBox().height).isPositive();
        page.getByText("Weekly figures as a table").click();
        screenshot("dashboard");
        var firstPage = firstPageBytes();
        System.out.printf("First page load (the dashboard with its charts, empty cache): %,d bytes transferred%n",
                firstPage);
        assertThat(firstPage).as("bytes of the first page with all it loads").isLessThanOrEqualTo(300_000);

        // the activity list, and the recorded run with its route
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activities").setExact(true)).click();
        page.getByLabel("Sorted by").selectOption("-distance_m");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        page.waitForURL("**sort=-distance_m**");
        screenshot("activities");
        page.getByLabel("Sorted by").selectOption("-start_date");
        page.getByLabel("From").fill("2019-11-16");
        page.getByLabel("To").fill("2019-11-16");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        page.waitForURL("**from=2019-11-16**");
        page.locator("#activity-table tbody a").first().click();
        page.locator("svg.route polyline").waitFor();
        var recordedKm = page.locator("[data-testid=activity-distance]").textContent();
        assertThat(recordedKm).endsWith(" km");
        screenshot("activity");

        // the runner leaves the run out as evidence of fitness, and the API says so; then hands it back to the checks
        var recordedId = page.url().replaceAll(".*/activities/(\\d+).*", "$1");
        page.getByLabel("Leave it out: the figures are wrong").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL("**evidence-saved");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved");
        assertThat(api.get("/api/activities/" + recordedId, athlete.token()).body().get("evidence").asString())
                .isEqualTo("exclude");
        assertThat(page.getByLabel("Leave it out: the figures are wrong").isChecked()).isTrue();
        page.getByLabel("Let the coach's checks decide").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL("**evidence-saved");
        assertThat(api.get("/api/activities/" + recordedId, athlete.token()).body().get("evidence").asString())
                .isEqualTo("auto");

        // the coach
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coach")).click();
        page.locator("#synthesis-title, #paces-title").first().waitFor();
        screenshot("coach");

        // chat: a question whose answer cites the longest run; the link opens it
        var longest = truth.where(ExportTruth.Row::isRun).stream().max(java.util.Comparator
                .comparingDouble(ExportTruth.Row::metres)).orElseThrow();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat")).click();
        page.getByLabel("Your question").fill("What was my longest run ever?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
        var answer = page.locator("[data-testid=answer]").first();
        answer.waitFor();
        assertThat(answer.textContent()).contains("verified").contains("offline");
        screenshot("chat");
        answer.locator("a").first().click();
        page.waitForURL("**/activities/**");
        assertThat(page.locator("h1").textContent()).isEqualTo(longest.name());

        // miles: the same run's distance converts
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click();
        page.getByLabel("Units").selectOption("imperial");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("miles");
        screenshot("settings");
        page.goBack();
        page.goBack();
        page.reload();
        assertThat(page.locator("[data-testid=activity-distance]").textContent())
                .isEqualTo(String.format(Locale.ROOT, "%.2f mi", longest.metres() / MILE));

        // export: every activity of the file, and the recorded one, are in the zip
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click();
        var download = page.waitForDownload(() -> page.getByText("Download my data").click());
        var exported = activitiesIn(download.path());
        var stravaIds = new HashSet<Long>();
        exported.forEach(a -> {
            if (!a.get("strava_id").isNull()) {
                stravaIds.add(a.get("strava_id").asLong());
            }
        });
        assertThat(exported.size()).isEqualTo(truth.rows().size() + 1);
        assertThat(stravaIds).containsAll(truth.rows().stream().map(ExportTruth.Row::id).toList());

        // delete everything, with the typed confirmation; the dashboard is empty again
        page.getByLabel("Type delete all my data to confirm").fill("delete all my data");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete all my data")).click();
        assertThat(page.getByText("Deleted:").textContent()).contains((truth.rows().size() + 1) + " activities");
        assertThat(api.allActivities(athlete.token(), "")).isEmpty();
        page.navigate("/");
        assertThat(page.getByText("No training here yet").isVisible()).isTrue();

        // sign out: the pages need signing in again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/signin?signed-out");
        page.navigate("/activities");
        assertThat(page.url()).endsWith("/signin");
    }

    /** What the browser transferred to show the page it is on, counted over a fresh load with an empty cache. */
    private long firstPageBytes() {
        var fresh = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(api.base()).setStorageState(context.storageState()));
        try {
            var probe = fresh.newPage();
            var total = new long[1];
            probe.onRequestFinished(request -> {
                var sizes = request.sizes();
                total[0] += sizes.responseBodySize + sizes.responseHeadersSize;
            });
            probe.navigate("/");
            probe.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            return total[0];
        } finally {
            fresh.close();
        }
    }

    /** The export as Strava sends it: a zip holding activities.csv. */
    private static Path exportZip() throws IOException {
        var zip = Files.createTempFile("export_", ".zip");
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("activities.csv"));
            out.write(Files.readAllBytes(EXPORT));
            out.closeEntry();
        }
        Files.write(zip, bytes.toByteArray());
        return zip;
    }

    private java.util.List<JsonNode> activitiesIn(Path zip) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("activities.json")) {
                    var list = new java.util.ArrayList<JsonNode>();
                    json.readTree(in.readAllBytes()).forEach(list::add);
                    return list;
                }
            }
        }
        throw new AssertionError("no activities.json in the export");
    }
}
