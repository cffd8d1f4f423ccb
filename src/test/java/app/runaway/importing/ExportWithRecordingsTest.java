package app.runaway.importing;

import static app.runaway.importing.StravaExportImportTest.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A recording belongs to the activity that names it (or that starts with it): it never makes a second one. */
class ExportWithRecordingsTest extends IntegrationTest {
    private static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,"
            + "Distance,Max Heart Rate,Filename,Elapsed Time,Moving Time,Distance,Average Heart Rate\n";
    private static final DateTimeFormatter EXPORT_DATE =
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    @Test
    void a_file_named_by_a_row_adds_its_track_to_that_rows_activity() throws IOException {
        var athlete = newAthlete("Export with files");
        var csv = HEADER + "4012345678,\"Aug 31, 2020, 3:41:11 PM\",Evening Run,Run,2468,6.33,,"
                + "activities/4012345678.fit.gz,2468.0,2400.0,6333.3,\n";
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", csv.getBytes(StandardCharsets.UTF_8));
        entries.put("activities/4012345678.fit.gz", Files.readAllBytes(FIXTURES.resolve("files/4012345678.fit.gz")));

        var job = api.importAndWait("export.zip", zip(entries), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(1);
        var activities = api.allActivities(athlete.token(), "");
        assertThat(activities).hasSize(1);
        var run = activities.getFirst();
        assertThat(run.get("distance_m").asDouble()).as("the CSV's figure stays the headline").isEqualTo(6333.3);
        assertThat(run.get("moving_time_s").asInt()).isEqualTo(2400);
        assertThat(run.get("average_heartrate").asDouble()).as("the track fills what the row lacks")
                .isCloseTo(135, within(1.0));
        assertThat(run.at("/track/format").asString()).isEqualTo("fit");
        assertThat(run.at("/track/point_count").asInt()).isEqualTo(624);
    }

    @Test
    void an_uploaded_file_joins_the_activity_strava_already_has_for_that_start() throws IOException {
        var probe = newAthlete("Probe");
        var fit = FIXTURES.resolve("files/run-garmin-fr645m.fit");
        api.importAndWait(fit, probe.token());
        var start = Instant.parse(api.allActivities(probe.token(), "").getFirst().get("start_date").asString());
        var athlete = newAthlete("Strava first");
        var csv = HEADER + "555,\"" + EXPORT_DATE.format(start.plusSeconds(20)) + "\",From Strava,Run,2468,6.33,,,"
                + "2468.0,2400.0,6330.0,\n";
        api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        var job = api.importAndWait(fit, athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/updated").asInt()).isEqualTo(1);
        var activities = api.allActivities(athlete.token(), "");
        assertThat(activities).hasSize(1);
        assertThat(activities.getFirst().get("strava_id").asLong()).isEqualTo(555);
        assertThat(activities.getFirst().at("/track/format").asString()).isEqualTo("fit");
        assertThat(activities.getFirst().get("average_heartrate").asDouble()).isCloseTo(135, within(1.0));
    }

    @Test
    void an_export_after_an_uploaded_file_updates_that_activity_instead_of_adding_a_twin() throws IOException {
        var athlete = newAthlete("File first");
        var fit = FIXTURES.resolve("files/run-garmin-fr645m.fit");
        api.importAndWait(fit, athlete.token());
        var uploaded = api.allActivities(athlete.token(), "").getFirst();
        var start = Instant.parse(uploaded.get("start_date").asString());
        var csv = HEADER + "777,\"" + EXPORT_DATE.format(start.plusSeconds(5)) + "\",Tempo by the river,Run,2468,6.33,,,"
                + "2468.0,2400.0,6330.0,\n";

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.at("/result/updated").asInt()).isEqualTo(1);
        var activities = api.allActivities(athlete.token(), "");
        assertThat(activities).hasSize(1);
        var run = activities.getFirst();
        assertThat(run.get("id").asLong()).isEqualTo(uploaded.get("id").asLong());
        assertThat(run.get("strava_id").asLong()).isEqualTo(777);
        assertThat(run.get("source").asString()).isEqualTo("strava_export");
        assertThat(run.get("name").asString()).as("the export outranks a bare file").isEqualTo("Tempo by the river");
        assertThat(run.get("distance_m").asDouble()).isEqualTo(6330.0);
        assertThat(run.get("average_heartrate").asDouble()).as("the file's heart rate is kept")
                .isCloseTo(135, within(1.0));
        assertThat(run.at("/track/format").asString()).isEqualTo("fit");
    }

    @Test
    void the_same_file_uploaded_twice_is_one_activity() {
        var athlete = newAthlete("Twice a file");
        var gpx = FIXTURES.resolve("files/run-garmin-connect.gpx");

        var first = api.importAndWait(gpx, athlete.token());
        var second = api.importAndWait(gpx, athlete.token());

        assertThat(first.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(second.at("/result/imported").asInt()).isZero();
        assertThat(second.at("/result/skipped").asInt()).isEqualTo(1);
        assertThat(api.allActivities(athlete.token(), "")).hasSize(1);
    }
}
