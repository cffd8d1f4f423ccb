package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The short, title-case exports of mid-2019 to 2020 (11 columns, one Distance column): two real ones, checked against
 * figures read here by column position. That Distance is kilometres, except for swims, which Strava writes in metres
 * with a thousands separator (`"1,623"`): the other rows of these files say nothing else, so the test reads swims as
 * metres on the evidence of the wider exports, whose metre column equals the swim figure (see ExportDistance).
 */
class ShortExportImportTest extends IntegrationTest {
    private static final Path MATT = FIXTURES.resolve("exports/mattsoman-stravalogscraper/activities.csv");
    private static final Path BEN = FIXTURES.resolve("exports/bendoesdata-year_of_2019/strava_activities.csv");
    private static final int ID = 0, DATE = 1, TYPE = 3, ELAPSED = 5, DISTANCE = 6, FILENAME = 10;

    @Test
    void every_row_of_a_2020_export_is_stored_with_swims_in_metres_and_the_rest_in_kilometres() throws IOException {
        var rows = rows(MATT);
        var athlete = newAthlete("Matt");

        var job = api.importAndWait(MATT, athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(496);
        assertThat(job.at("/result/failed").asInt()).isZero();
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(rows.size());
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("distance_m").asDouble()).as("row %s", row.get(ID))
                    .isCloseTo(metres(row), within(0.001));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo(Integer.parseInt(row.get(ELAPSED)));
            assertThat(activity.get("moving_time_s").asInt()).as("no moving time in the file: elapsed stands in")
                    .isEqualTo(Integer.parseInt(row.get(ELAPSED)));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(enGbUtc(row.get(DATE)));
        }
        var swims = rows.stream().filter(r -> r.get(TYPE).equals("Swim")).toList();
        assertThat(swims).extracting(r -> stored.get(Long.parseLong(r.get(ID))).get("distance_m").asDouble())
                .contains(800.0, 1623.0, 1250.0);
    }

    @Test
    void runs_and_their_distance_match_an_independent_sum() throws IOException {
        var rows = rows(MATT);
        var athlete = newAthlete("Matt runs");
        api.importAndWait(MATT, athlete.token());

        var runs = api.allActivities(athlete.token(), "sport_type=Run");

        var expected = rows.stream().filter(r -> r.get(TYPE).equals("Run")).toList();
        assertThat(runs).hasSize(expected.size()).hasSize(32);
        assertThat(runs.stream().mapToDouble(r -> r.get("distance_m").asDouble()).sum())
                .isCloseTo(expected.stream().mapToDouble(ShortExportImportTest::metres).sum(), within(0.01));
        var stats = api.get("/api/stats?period=year&from=2015-01-01&to=2020-12-31&sport_type=Run", athlete.token());
        assertThat(stats.body().at("/totals/count").asInt()).isEqualTo(32);
    }

    /**
     * bendoesdata's watch wrote two runs of August and September 2019 with dates in 1999 (a GPS week-number rollover):
     * the export says 1999, so 1999 is stored, and nothing downstream trips over a twenty-year-old run.
     */
    @Test
    void runs_dated_1999_by_a_watch_clock_bug_are_stored_as_the_export_says_and_break_nothing() throws IOException {
        var rows = rows(BEN);
        var athlete = newAthlete("Ben");

        var job = api.importAndWait(BEN, athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(419);
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(metres(row), within(0.001));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(usUtc(row.get(DATE)));
        }
        var oldest = api.allActivities(athlete.token(), "sort=start_date&sport_type=Run").subList(0, 2);
        assertThat(oldest).extracting(a -> a.get("strava_id").asLong()).containsExactly(2273917795L, 2307367187L);
        assertThat(oldest).extracting(a -> a.get("start_date").asString())
                .containsExactly("1999-08-23T06:09:42Z", "1999-09-05T12:39:16Z");
        var weeks = api.get("/api/stats?period=week&from=1999-08-01&to=2020-01-31", athlete.token());
        assertThat(weeks.status()).isEqualTo(200);
        assertThat(weeks.body().at("/totals/count").asInt()).isEqualTo(419);
        assertThat(api.post("/analyze", athlete.token(), Map.of("as_of", "2020-01-03")).status()).isEqualTo(200);
        assertThat(api.post("/analyze", athlete.token(), Map.of("as_of", "1999-09-10")).status()).isEqualTo(200);
        assertThat(api.post("/api/chat", athlete.token(), Map.of("message", "what was my first run?")).status())
                .isEqualTo(200);
    }

    @Test
    void manual_activities_without_a_file_are_imported_like_the_rest() throws IOException {
        var rows = rows(BEN);
        var athlete = newAthlete("Ben manual");
        var withoutFile = rows.stream().filter(r -> r.get(FILENAME).isEmpty())
                .map(r -> Long.parseLong(r.get(ID))).toList();

        api.importAndWait(BEN, athlete.token());

        assertThat(withoutFile).isNotEmpty();
        assertThat(byStravaId(api.allActivities(athlete.token(), ""))).containsKeys(withoutFile.toArray(Long[]::new));
    }

    /** Kilometres with two decimals, but swims in whole metres with a thousands separator. */
    private static double metres(CSVRecord row) {
        var shown = row.get(DISTANCE).replace(",", "");
        return row.get(TYPE).equals("Swim") ? Double.parseDouble(shown)
                : new BigDecimal(shown).movePointRight(3).doubleValue();
    }

    private static Instant enGbUtc(String date) {
        return LocalDateTime.parse(date, DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH))
                .toInstant(ZoneOffset.UTC);
    }

    private static Instant usUtc(String date) {
        return LocalDateTime.parse(date, DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US))
                .toInstant(ZoneOffset.UTC);
    }

    static List<CSVRecord> rows(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            var all = CSVFormat.RFC4180.parse(reader).getRecords();
            return all.subList(1, all.size());
        }
    }

    static Map<Long, JsonNode> byStravaId(List<JsonNode> activities) {
        return activities.stream().collect(Collectors.toMap(a -> a.get("strava_id").asLong(), a -> a));
    }
}
