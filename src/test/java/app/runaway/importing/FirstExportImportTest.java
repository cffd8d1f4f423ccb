package app.runaway.importing;

import static app.runaway.importing.ShortExportImportTest.byStravaId;
import static app.runaway.importing.ShortExportImportTest.rows;
import static app.runaway.importing.StravaExportImportTest.zip;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The first generation of Strava export (made up to June 2019): lowercase names, ISO dates in UTC, distance in metres,
 * no moving time, and `filename` naming the recording in the archive. One real file is known, and its runner had
 * opened and saved it in Excel (`25/06/2015 11:18`, `FALSE`); the same runner's 2020 export holds the same ids with
 * full dates, which is what proves how the spreadsheet's dates read. The restored file beside it has the original
 * formats back, and the archive built here attaches real recordings to four of its rows.
 */
class FirstExportImportTest extends IntegrationTest {
    private static final Path EXCEL = FIXTURES.resolve("exports/mattsoman-stravalogscraper/2019_03_19_activities.csv");
    private static final Path RESTORED =
            FIXTURES.resolve("exports/mattsoman-stravalogscraper/gen1-restored/activities.csv");
    private static final Path LATER = FIXTURES.resolve("exports/mattsoman-stravalogscraper/activities.csv");
    private static final int ID = 0, DATE = 1, TYPE = 3, ELAPSED = 5, METRES = 6, COMMUTE = 7, FILENAME = 9;

    /** The recordings the archive holds, under the names its rows give, and the real file each one is. */
    private static final Map<String, Path> RECORDINGS = Map.of(
            "activities/530541937.fit.gz", FIXTURES.resolve("files/4012345678.fit.gz"),
            "activities/534078016.fit.gz",
            FIXTURES.resolve("exports/danchurchill-strava-running/activities/202770982.fit.gz"),
            "activities/399847958.gpx", FIXTURES.resolve("files/run-strava-export.gpx"),
            "activities/1733741659.gpx", FIXTURES.resolve("files/run-garmin-connect.gpx"));

    @Test
    void an_export_saved_by_excel_imports_every_row_at_the_minute_its_later_export_gives() throws IOException {
        var rows = rows(EXCEL);
        var fullDates = new HashMap<String, Instant>();
        rows(LATER).forEach(row -> fullDates.put(row.get(0), LocalDateTime.parse(row.get(1),
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)).toInstant(ZoneOffset.UTC)));
        var athlete = newAthlete("Matt in Excel");

        var job = api.importAndWait(EXCEL, athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(418);
        assertThat(job.at("/result/failed").asInt()).isZero();
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        var dayOver12 = 0;
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            var start = Instant.parse(activity.get("start_date").asString());
            assertThat(start).as("row %s (%s)", row.get(ID), row.get(DATE))
                    .isEqualTo(fullDates.get(row.get(ID)).truncatedTo(ChronoUnit.MINUTES));
            assertThat(activity.get("distance_m").asDouble()).isEqualTo(Double.parseDouble(row.get(METRES)));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo(Integer.parseInt(row.get(ELAPSED)));
            assertThat(activity.get("moving_time_s").asInt()).isEqualTo(Integer.parseInt(row.get(ELAPSED)));
            assertThat(activity.get("commute").asBoolean()).isEqualTo(row.get(COMMUTE).equals("TRUE"));
            dayOver12 += Integer.parseInt(row.get(DATE).substring(0, 2)) > 12 ? 1 : 0;
        }
        assertThat(dayOver12).as("rows whose day alone proves the order").isGreaterThan(200);
        assertThat(api.allActivities(athlete.token(), "sport_type=Run")).hasSize(14);
    }

    /**
     * The same file as US Excel would have saved it (`6/25/2015 11:18`, month first, no leading zeros), made here from
     * the real one: the 173 rows whose day is 12 or less read the same either way round, so only the file as a whole
     * can tell, and it must read every one of them month first.
     */
    @Test
    void a_file_saved_by_a_month_first_excel_is_read_month_first_throughout() throws IOException {
        var rows = rows(EXCEL);
        var usDates = new StringBuilder();
        var original = Files.readString(EXCEL);
        var matcher = Pattern.compile("(?m)^(\\d+),(\\d\\d)/(\\d\\d)/(\\d{4}) ").matcher(original);
        while (matcher.find()) {
            matcher.appendReplacement(usDates, matcher.group(1) + "," + Integer.parseInt(matcher.group(3)) + "/"
                    + Integer.parseInt(matcher.group(2)) + "/" + matcher.group(4) + " ");
        }
        matcher.appendTail(usDates);
        assertThat(usDates).contains("342677465,6/25/2015 11:18,", "342677469,6/11/2015 16:50,")
                .doesNotContain("25/06/2015");
        var athlete = newAthlete("Matt in US Excel");

        var job = api.importAndWait("activities.csv", usDates.toString().getBytes(StandardCharsets.UTF_8),
                athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(418);
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        for (var row : rows) {
            var dayFirst = LocalDateTime.parse(row.get(DATE), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                    .toInstant(ZoneOffset.UTC);
            assertThat(Instant.parse(stored.get(Long.parseLong(row.get(ID))).get("start_date").asString()))
                    .as(row.get(DATE)).isEqualTo(dayFirst);
        }
    }

    @Test
    void the_same_runners_later_export_updates_those_activities_instead_of_adding_twins() throws IOException {
        var athlete = newAthlete("Matt twice");
        api.importAndWait(EXCEL, athlete.token());

        var job = api.importAndWait(LATER, athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(496 - 418);
        assertThat(job.at("/result/updated").asInt() + job.at("/result/skipped").asInt()).isEqualTo(418);
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(496);
        var first = rows(LATER).getFirst();
        assertThat(stored.get(Long.parseLong(first.get(0))).get("start_date").asString())
                .isEqualTo("2015-06-25T11:18:35Z");
    }

    @Test
    void a_first_generation_archive_imports_every_row_and_its_tracks_give_the_moving_time() throws IOException {
        var rows = rows(RESTORED);
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", Files.readAllBytes(RESTORED));
        for (var recording : RECORDINGS.entrySet()) {
            entries.put(recording.getKey(), Files.readAllBytes(recording.getValue()));
        }
        var athlete = newAthlete("Matt in 2019");

        var job = api.importAndWait("export_2019.zip", zip(entries), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(418);
        assertThat(job.at("/result/failed").asInt()).isZero();
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(RECORDINGS.size());
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(418);
        var withHeartRate = 0;
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(iso(row.get(DATE)));
            assertThat(activity.get("distance_m").asDouble()).isEqualTo(Double.parseDouble(row.get(METRES)));
            assertThat(activity.get("sport_type").asString()).isEqualTo(row.get(TYPE));
            var elapsed = Integer.parseInt(row.get(ELAPSED));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo(elapsed);
            var file = RECORDINGS.get(row.get(FILENAME));
            if (file == null) {
                assertThat(activity.get("moving_time_s").asInt()).as("no track: elapsed stands in").isEqualTo(elapsed);
                assertThat(activity.hasNonNull("track")).isFalse();
                continue;
            }
            var track = independent(file);
            assertThat(activity.at("/track/file_name").asString()).isEqualTo(row.get(FILENAME).replace(".gz", ""));
            assertThat(activity.get("moving_time_s").asInt()).as("row %s", row.get(ID))
                    .isEqualTo(Math.min(track.movingTimeS(), elapsed)).isLessThan(elapsed);
            assertThat(activity.get("average_speed_mps").asDouble())
                    .isCloseTo(Double.parseDouble(row.get(METRES)) / activity.get("moving_time_s").asInt(),
                            within(1e-9));
            if (track.averageHeartrate() != null) {
                assertThat(activity.get("average_heartrate").asDouble())
                        .isCloseTo(track.averageHeartrate(), within(0.01));
                assertThat(activity.get("max_heartrate").asDouble()).isEqualTo(track.maxHeartrate());
                withHeartRate++;
            }
            if (track.climbM() != null) {
                assertThat(activity.get("elevation_gain_m").asDouble()).isCloseTo(track.climbM(), within(0.01));
            }
        }
        assertThat(withHeartRate).as("tracks with heart rate, which the export has none of").isEqualTo(3);
        var garmin = stored.get(1733741659L);
        var garminTrack = IndependentTrack.ofGpx(Files.readAllBytes(RECORDINGS.get("activities/1733741659.gpx")));
        assertThat(garmin.get("average_cadence").asDouble()).as("steps a minute: the file counts strides")
                .isCloseTo(garminTrack.recordedCadence() * 2, within(0.01));
    }

    /** The row names `activities/399847958.gpx`; an archive repacked by hand may hold it gzipped. */
    @Test
    void a_recording_held_gzipped_is_attached_to_the_row_that_names_it_plain() throws IOException {
        var gpx = Files.readAllBytes(RECORDINGS.get("activities/399847958.gpx"));
        var gzipped = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gzipped)) {
            out.write(gpx);
        }
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", Files.readAllBytes(RESTORED));
        entries.put("activities/399847958.gpx.gz", gzipped.toByteArray());
        var athlete = newAthlete("Matt gzipped");

        var job = api.importAndWait("export_2019.zip", zip(entries), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(418);
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(1);
        var run = byStravaId(api.allActivities(athlete.token(), "")).get(399847958L);
        assertThat(run.get("moving_time_s").asInt()).isEqualTo(IndependentTrack.ofGpx(gpx).movingTimeS());
    }

    private static IndependentTrack independent(Path file) throws IOException {
        var bytes = Files.readAllBytes(file);
        return file.toString().endsWith(".gpx") ? IndependentTrack.ofGpx(bytes)
                : IndependentTrack.ofFit(IndependentTrack.gunzip(bytes));
    }

    private static Instant iso(String date) {
        return LocalDateTime.parse(date, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
    }
}
