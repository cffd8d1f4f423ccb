package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real Strava export in src/test/resources/fixtures, imported through the API and checked against figures read from the
 * CSV here, by column position, independently of the importer's own header matching.
 */
class StravaExportImportTest extends IntegrationTest {
    private static final Path CSV = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
    private static final int ID = 0, DATE = 1, TYPE = 3, MAX_HR = 30, AVG_HR = 31, ELAPSED = 15, MOVING = 16,
            METRES = 17;
    private static List<CSVRecord> rows;

    @BeforeAll
    static void readFixture() throws IOException {
        try (var reader = Files.newBufferedReader(CSV)) {
            var all = CSVFormat.RFC4180.parse(reader).getRecords();
            assertThat(all.getFirst().get(METRES)).isEqualTo("Distance");
            rows = all.subList(1, all.size());
        }
    }

    @Test
    void every_activity_of_the_export_is_stored_with_its_figures() throws IOException {
        var athlete = newAthlete("Carl");

        var job = api.importAndWait("export.zip", zip(Map.of("activities.csv", Files.readAllBytes(CSV))),
                athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/progress/phase").asString()).isEqualTo("done");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(192);
        assertThat(job.at("/result/failed").asInt()).isZero();
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(rows.size());
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("source").asString()).isEqualTo("strava_export");
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(number(row, METRES), within(0.001));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo((int) Math.round(number(row, ELAPSED)));
            assertThat(activity.get("moving_time_s").asInt()).isEqualTo((int) Math.round(number(row, MOVING)));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(utc(row.get(DATE)));
            if (!row.get(AVG_HR).isEmpty()) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(number(row, AVG_HR));
                assertThat(activity.get("max_heartrate").asDouble()).isEqualTo(number(row, MAX_HR));
            }
        }
    }

    @Test
    void a_longest_run_is_named_in_kilometres_and_metres_consistently() throws IOException {
        var athlete = newAthlete("Runner");
        api.importAndWait(CSV, athlete.token());

        var longest = api.get("/api/activities?sport_type=Run&sort=-distance_m&limit=1", athlete.token()).body()
                .get("activities").get(0);

        var expected = rows.stream().filter(r -> r.get(TYPE).equals("Run"))
                .max((a, b) -> Double.compare(number(a, METRES), number(b, METRES))).orElseThrow();
        assertThat(longest.get("strava_id").asLong()).isEqualTo(Long.parseLong(expected.get(ID)));
        assertThat(longest.at("/display/distance").asString())
                .isEqualTo(String.format(Locale.ROOT, "%.2f km", number(expected, METRES) / 1000));
    }

    @Test
    void monthly_stats_in_the_athletes_zone_match_an_independent_sum() throws IOException {
        var athlete = newAthlete("Stockholm");
        var zone = ZoneId.of("Europe/Stockholm");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        api.importAndWait(CSV, athlete.token());

        var stats = api.get("/api/stats?period=month&from=2015-01-01&to=2025-12-31", athlete.token());

        assertThat(stats.status()).isEqualTo(200);
        var expected = new TreeMap<String, double[]>();
        for (var row : rows) {
            var month = utc(row.get(DATE)).atZone(zone).toLocalDate().withDayOfMonth(1).toString();
            var sums = expected.computeIfAbsent(month, m -> new double[3]);
            sums[0]++;
            sums[1] += number(row, METRES);
            sums[2] += Math.round(number(row, MOVING));
        }
        var actual = new TreeMap<String, double[]>();
        for (var period : stats.body().get("periods")) {
            if (period.get("count").asInt() > 0) {
                actual.put(period.get("start").asString(), new double[] {period.get("count").asInt(),
                        period.get("distance_m").asDouble(), period.get("moving_time_s").asLong()});
            }
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((month, sums) -> {
            assertThat(actual.get(month)[0]).as("count in %s", month).isEqualTo(sums[0]);
            assertThat(actual.get(month)[1]).as("metres in %s", month).isCloseTo(sums[1], within(0.1));
            assertThat(actual.get(month)[2]).as("moving seconds in %s", month).isEqualTo(sums[2]);
        });
        assertThat(stats.body().at("/totals/count").asInt()).isEqualTo(rows.size());
    }

    @Test
    void re_importing_the_same_export_adds_nothing() throws IOException {
        var athlete = newAthlete("Twice");
        api.importAndWait(CSV, athlete.token());

        var again = api.importAndWait(CSV, athlete.token());

        assertThat(again.get("status").asString()).isEqualTo("succeeded");
        assertThat(again.at("/result/imported").asInt()).isZero();
        assertThat(again.at("/result/updated").asInt()).isZero();
        assertThat(again.at("/result/skipped").asInt()).isEqualTo(192);
        assertThat(api.allActivities(athlete.token(), "")).hasSize(192);
    }

    @Test
    void local_times_follow_the_athlete_when_the_export_gave_no_zone() throws IOException {
        var athlete = newAthlete("Traveller");
        api.importAndWait(CSV, athlete.token());
        var first = rows.getFirst();

        api.put("/api/athlete", athlete.token(), Map.of("timezone", "America/New_York"));

        var moved = api.allActivities(athlete.token(), "").stream()
                .filter(a -> a.get("strava_id").asString().equals(first.get(ID))).findFirst().orElseThrow();
        var expectedLocal = LocalDateTime.ofInstant(utc(first.get(DATE)), ZoneId.of("America/New_York"));
        assertThat(LocalDateTime.parse(moved.get("start_date_local").asString())).isEqualTo(expectedLocal);
        assertThat(moved.get("timezone").asString()).isEqualTo("America/New_York");
    }

    @Test
    void another_athlete_cannot_read_an_imported_activity() throws IOException {
        var owner = newAthlete("Owner of runs");
        var other = newAthlete("Curious");
        api.importAndWait(CSV, owner.token());
        var id = api.allActivities(owner.token(), "").getFirst().get("id").asLong();

        assertThat(api.get("/api/activities/" + id, owner.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/activities/" + id, other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/activities/" + id, null).status()).isEqualTo(401);
        assertThat(api.allActivities(other.token(), "")).isEmpty();
    }

    private static Map<Long, JsonNode> byStravaId(List<JsonNode> activities) {
        return activities.stream().collect(Collectors.toMap(a -> a.get("strava_id").asLong(), a -> a));
    }

    private static double number(CSVRecord row, int column) {
        return Double.parseDouble(row.get(column));
    }

    private static Instant utc(String exportDate) {
        var format = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);
        return LocalDateTime.parse(exportDate, format).atZone(ZoneId.of("UTC")).toInstant();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
