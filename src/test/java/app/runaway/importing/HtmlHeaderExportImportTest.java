package app.runaway.importing;

import static app.runaway.importing.ShortExportImportTest.byStravaId;
import static app.runaway.importing.ShortExportImportTest.rows;
import static app.runaway.importing.StravaExportImportTest.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An export of 2020-2023 whose later header names are HTML (`<span class="translation_missing" ...>Start Time</span>`),
 * 84 columns, eleven years of one runner's history, zipped with six of its real recordings. Expected figures are read
 * here by column position.
 */
class HtmlHeaderExportImportTest extends IntegrationTest {
    private static final Path EXPORT = FIXTURES.resolve("exports/danchurchill-strava-running");
    private static final int ID = 0, DATE = 1, TYPE = 3, ELAPSED = 5, KM = 6, FILENAME = 11, ELAPSED_EXACT = 14,
            MOVING = 15, METRES = 16, MAX_HR = 29, AVG_HR = 30;
    private static final List<String> RECORDINGS = List.of("148066801.fit.gz", "202770982.fit.gz", "228699961.fit.gz",
            "286451123.fit.gz", "438314506.fit.gz", "2294396.tcx.gz");

    @Test
    void every_row_is_stored_with_its_figures_and_the_recordings_the_archive_holds_are_attached() throws IOException {
        var rows = rows(EXPORT.resolve("activities.csv"));
        var athlete = newAthlete("Dan");

        var job = api.importAndWait("export_dan.zip", archive(false), athlete.token());

        assertThat(rows.getFirst().size()).isEqualTo(84);
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(1947);
        assertThat(job.at("/result/failed").asInt()).isZero();
        assertThat(job.at("/result/failures")).isEmpty();
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(RECORDINGS.size());
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(rows.size());
        var attached = 0;
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(Double.parseDouble(row.get(METRES)),
                    within(0.001));
            assertThat(activity.get("distance_m").asDouble()).as("the km column agrees, cut to two decimals")
                    .isCloseTo(Double.parseDouble(row.get(KM)) * 1000, within(10.0));
            assertThat(activity.get("moving_time_s").asInt()).isEqualTo((int) Math.round(number(row, MOVING)));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo(row.get(ELAPSED_EXACT).isEmpty()
                    ? Integer.parseInt(row.get(ELAPSED)) : (int) Math.round(number(row, ELAPSED_EXACT)));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(utc(row.get(DATE)));
            if (!row.get(AVG_HR).isEmpty()) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(number(row, AVG_HR));
            }
            if (activity.hasNonNull("track")) {
                attached++;
                assertThat(RECORDINGS).contains(row.get(FILENAME).substring("activities/".length()));
            }
        }
        assertThat(attached).isEqualTo(RECORDINGS.size());
        var runs = rows.stream().filter(r -> r.get(TYPE).equals("Run")).toList();
        var storedRuns = api.allActivities(athlete.token(), "sport_type=Run");
        assertThat(storedRuns).hasSize(runs.size()).hasSize(1942);
        assertThat(storedRuns.stream().mapToDouble(a -> a.get("distance_m").asDouble()).sum())
                .isCloseTo(runs.stream().mapToDouble(r -> number(r, METRES)).sum(), within(0.5));
    }

    @Test
    void the_csv_stays_the_headline_and_a_track_fills_only_what_the_row_lacks() throws IOException {
        var athlete = newAthlete("Dan's tracks");
        api.importAndWait("export_dan.zip", archive(false), athlete.token());
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        var rows = rows(EXPORT.resolve("activities.csv"));

        for (var name : RECORDINGS.subList(0, 5)) {
            var row = rows.stream().filter(r -> r.get(FILENAME).equals("activities/" + name)).findFirst().orElseThrow();
            var activity = stored.get(Long.parseLong(row.get(ID)));
            var fit = IndependentTrack.ofFit(IndependentTrack.gunzip(Files.readAllBytes(EXPORT.resolve("activities")
                    .resolve(name))));
            assertThat(activity.at("/track/format").asString()).isEqualTo("fit");
            assertThat(activity.at("/track/moving_time_s").asInt()).as(name).isEqualTo(fit.movingTimeS());
            assertThat(activity.get("moving_time_s").asInt()).as("%s: the export's moving time stays", name)
                    .isEqualTo((int) Math.round(number(row, MOVING)));
            if (!row.get(AVG_HR).isEmpty()) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(number(row, AVG_HR));
            } else if (fit.averageHeartrate() != null) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(fit.averageHeartrate());
            }
            if (row.get(MAX_HR).isEmpty() && fit.maxHeartrate() != null) {
                assertThat(activity.get("max_heartrate").asDouble()).isEqualTo(fit.maxHeartrate());
            }
        }
        var tcx = stored.get(1927719L);
        assertThat(tcx.at("/track/format").asString()).isEqualTo("tcx");
        assertThat(tcx.at("/track/point_count").asInt()).isEqualTo(1252);
    }

    /** Repositories and repacked archives often hold the files gunzipped: `123.fit` where the row says `.fit.gz`. */
    @Test
    void recordings_held_gunzipped_are_attached_to_the_rows_that_name_them_gzipped() throws IOException {
        var athlete = newAthlete("Dan unzipped");

        var job = api.importAndWait("export_dan.zip", archive(true), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(1947);
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(RECORDINGS.size());
        assertThat(api.get("/api/activities?sport_type=Run&limit=200", athlete.token()).status()).isEqualTo(200);
        var tcx = byStravaId(api.allActivities(athlete.token(), "")).get(1927719L);
        assertThat(tcx.at("/track/point_count").asInt()).isEqualTo(1252);
    }

    private static byte[] archive(boolean gunzipped) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", Files.readAllBytes(EXPORT.resolve("activities.csv")));
        for (var name : RECORDINGS) {
            var bytes = Files.readAllBytes(EXPORT.resolve("activities").resolve(name));
            entries.put("activities/" + (gunzipped ? name.replace(".gz", "") : name),
                    gunzipped ? IndependentTrack.gunzip(bytes) : bytes);
        }
        return zip(entries);
    }

    private static double number(CSVRecord row, int column) {
        return Double.parseDouble(row.get(column));
    }

    private static Instant utc(String exportDate) {
        return LocalDateTime.parse(exportDate, DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US))
                .toInstant(ZoneOffset.UTC);
    }
}
