package app.runaway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Browsing a generated two-year history imported as a Strava export: filters, sorts and pages. */
class ActivityListTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static List<NewActivity> history;
    private static Api.Athlete athlete;

    @BeforeEach
    void importHistoryOnce() {
        if (athlete != null) {
            return;
        }
        history = new TrainingHistoryGenerator()
                .generate(TrainingHistorySpec.twoYears(7, LocalDate.of(2026, 6, 30), ZONE));
        athlete = newAthlete("Generated");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", ZONE.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        var job = api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        assertThat(job.at("/result/imported").asInt()).isEqualTo(history.size());
    }

    @Test
    void pages_follow_the_cursor_through_every_activity_exactly_once() {
        var seen = new java.util.ArrayList<Long>();
        String cursor = null;
        var pages = 0;
        do {
            var page = api.get("/api/activities?limit=50" + (cursor == null ? "" : "&cursor=" + cursor),
                    athlete.token()).body();
            page.get("activities").forEach(a -> seen.add(a.get("strava_id").asLong()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null);

        var newestFirst = history.stream().sorted(Comparator.comparing(NewActivity::startDate).reversed())
                .map(NewActivity::stravaId).toList();
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pages).isEqualTo((history.size() + 49) / 50);
    }

    @Test
    void runs_over_ten_miles_sorted_longest_first() {
        var tenMiles = 16_093.44;

        var found = api.allActivities(athlete.token(), "sport_type=Run&min_distance_m=" + tenMiles + "&sort=-distance_m");

        var expected = history.stream().filter(a -> a.sportType().equals("Run") && a.distanceM() >= tenMiles)
                .sorted(Comparator.comparingDouble(NewActivity::distanceM).reversed()).map(NewActivity::stravaId)
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(found).extracting(a -> a.get("strava_id").asLong()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_local_date_range_selects_by_the_athletes_calendar() {
        var found = api.allActivities(athlete.token(), "after=2026-03-01&before=2026-04-01&sort=start_date");

        var expected = history.stream()
                .filter(a -> {
                    var day = a.startDate().atZone(ZONE).toLocalDate();
                    return !day.isBefore(LocalDate.of(2026, 3, 1)) && day.isBefore(LocalDate.of(2026, 4, 1));
                })
                .sorted(Comparator.comparing(NewActivity::startDate)).map(NewActivity::stravaId).toList();
        assertThat(found).extracting(a -> a.get("strava_id").asLong()).containsExactlyElementsOf(expected);
    }

    @Test
    void weekly_stats_start_on_monday_and_add_up() {
        var stats = api.get("/api/stats?period=week&from=2026-01-05&to=2026-03-29&sport_type=Run", athlete.token())
                .body();

        var periods = stats.get("periods");
        assertThat(periods).hasSize(12);
        for (JsonNode week : periods) {
            var monday = LocalDate.parse(week.get("start").asString());
            assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            var expected = history.stream().filter(a -> a.sportType().equals("Run")).filter(a -> {
                var day = a.startDate().atZone(ZONE).toLocalDate();
                return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
            }).mapToDouble(NewActivity::distanceM).sum();
            assertThat(week.get("distance_m").asDouble()).as("week of %s", monday)
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(0.5));
        }
    }

    @Test
    void bad_filters_answer_400_naming_the_parameter() {
        for (var query : Map.of("limit=201", "limit", "sort=fastest", "sort", "after=yesterday", "after",
                "cursor=bm9wZQ", "cursor", "min_distance_m=far", "min_distance_m", "period=decade", "period",
                "cursor=" + cursor("-start_date|garbage|1"), "cursor", "after=%2B300000-01-01T00:00", "after",
                "before=0001-01-01T00:00:00Z&cursor=" + cursor("-distance_m|abc|1"), "cursor")
                .entrySet()) {
            var path = query.getValue().equals("period") ? "/api/stats?" + query.getKey()
                    : "/api/activities?" + query.getKey();
            var refused = api.get(path, athlete.token());
            assertThat(refused.status()).as(query.getKey()).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(query.getKey()).startsWith(query.getValue());
        }
    }

    @Test
    void a_stats_range_beyond_the_calendar_answers_400() {
        var refused = api.get("/api/stats?period=year&from=%2B300000-01-01", athlete.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).startsWith("from");
    }

    private static String cursor(String raw) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void imperial_athletes_see_miles_and_minutes_per_mile() {
        var miler = newAthlete("Miler");
        api.put("/api/athlete", miler.token(), Map.of("units", "imperial"));
        api.importAndWait("activities.csv", ("Activity ID,Activity Date,Activity Type,Elapsed Time,Moving Time,"
                + "Distance,Distance\n77,\"Aug 15, 2022, 3:09:27 PM\",Run,2400,2400,10.00,10000.0\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), miler.token());

        var run = api.allActivities(miler.token(), "").getFirst();

        assertThat(run.at("/display/distance").asString()).isEqualTo("6.21 mi");
        assertThat(run.at("/display/pace").asString()).isEqualTo("6:26 /mi");
        assertThat(run.at("/display/moving_time").asString()).isEqualTo("40:00");
    }
}
