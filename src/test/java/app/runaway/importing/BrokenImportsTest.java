package app.runaway.importing;

import static app.runaway.importing.StravaExportImportTest.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What a runner's messy data does to an import: the bad parts are reported, everything else is kept. */
class BrokenImportsTest extends IntegrationTest {
    private static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
            + "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,"
            + "Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain\n";

    private static String row(String id, String date, String name, String km, String metres, String file) {
        return id + ",\"" + date + "\"," + name + ",Run,,1500," + km + ",,,false,,," + file + ",,,1500.0,1400.0,"
                + metres + ",4.0,3.0,12.0\n";
    }

    @Test
    void broken_rows_are_reported_and_the_good_ones_imported() {
        var athlete = newAthlete("Messy");
        var csv = HEADER
                + row("101", "Aug 15, 2022, 3:09:27 PM", "Good one", "5.00", "5000.0", "")
                + row("102", "the day after", "Bad date", "5.00", "5000.0", "")
                + row("", "Aug 17, 2022, 3:09:27 PM", "No id", "5.00", "5000.0", "")
                + row("104", "Aug 18, 2022, 3:09:27 PM", "Bad distance", "far", "far", "")
                + "105,\"Aug 19, 2022, 7:00:00 AM\",\"Quoted, with \"\"quotes\"\",\nnewline and emoji 🏃\",Run,"
                + "\"Beskrivning på svenska, med komma\",3600,100.00,,,false,,,,,,3600.0,3500.0,100000.0,4.0,3.0,12.0\n";

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(2);
        assertThat(job.at("/result/failed").asInt()).isEqualTo(3);
        assertThat(job.at("/result/failures")).hasSize(3);
        assertThat(job.at("/result/failures/0/row").asInt()).isEqualTo(2);
        assertThat(job.at("/result/failures/0/reason").asString()).contains("Activity Date");
        assertThat(job.at("/result/failures/1/reason").asString()).contains("Activity ID");
        assertThat(job.at("/result/failures/2/reason").asString()).contains("Distance");
        var stored = api.allActivities(athlete.token(), "sort=start_date");
        assertThat(stored).extracting(a -> a.get("strava_id").asLong()).containsExactly(101L, 105L);
        var odd = stored.get(1);
        assertThat(odd.get("name").asString()).isEqualTo("Quoted, with \"quotes\",\nnewline and emoji 🏃");
        assertThat(odd.get("description").asString()).isEqualTo("Beskrivning på svenska, med komma");
        assertThat(odd.get("distance_m").asDouble()).as("a 100 km 'run' is stored as it is").isEqualTo(100_000.0);
    }

    @Test
    void a_stray_nul_byte_costs_nothing() {
        var athlete = newAthlete("Nul");
        var csv = HEADER + row("151", "Aug 15, 2022, 3:09:27 PM", "Nul\u0000name", "5.00", "5000.0", "")
                + row("152", "Aug 16, 2022, 3:09:27 PM", "Fine", "5.00", "5000.0", "");

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(2);
        assertThat(api.allActivities(athlete.token(), "sort=start_date").getFirst().get("name").asString())
                .isEqualTo("Nulname");
    }

    @Test
    void a_nul_in_a_rows_id_is_reported_with_the_row_and_the_rest_is_imported() {
        var athlete = newAthlete("Nul id");
        var csv = HEADER + row("15\u00003", "Aug 15, 2022, 3:09:27 PM", "Broken id", "5.00", "5000.0", "")
                + row("154", "Aug 16, 2022, 3:09:27 PM", "Fine", "5.00", "5000.0", "");

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failed").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failures/0/row").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failures/0/activity_id").asString()).isEqualTo("153");
    }

    @Test
    void a_csv_that_is_no_strava_export_fails_naming_what_is_missing() {
        var athlete = newAthlete("Wrong file");

        var job = api.importAndWait("activities.csv", "Name,When\nRun,today\n".getBytes(StandardCharsets.UTF_8),
                athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("Activity ID", "Activity Date", "Activity Type", "Distance");
    }

    @Test
    void older_exports_with_html_wrapped_names_and_one_distance_column_are_read() {
        var athlete = newAthlete("Veteran");
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
                + "<span class=\"translation_missing\" title=\"translation missing: en-US.lib.export.portability_exporter"
                + ".activities.horton_values.max_heart_rate\">Max Heart Rate</span>,Commute,Activity Gear,Filename\n"
                + "2001,\"2014-05-04 08:10:00\",Old run,Run,,2400,8.05,171,false,,\n"
                + "2002,\"May 5, 2014 6:00:00 PM\",Older run,Run,,1800,\"6,12\",,false,,\n";

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(2);
        var stored = api.allActivities(athlete.token(), "sort=start_date");
        assertThat(stored.get(0).get("distance_m").asDouble()).isEqualTo(8050.0);
        assertThat(stored.get(0).get("max_heartrate").asDouble()).isEqualTo(171.0);
        assertThat(stored.get(0).get("start_date").asString()).isEqualTo("2014-05-04T08:10:00Z");
        assertThat(stored.get(1).get("distance_m").asDouble()).isEqualTo(6120.0);
        assertThat(stored.get(1).get("start_date").asString()).isEqualTo("2014-05-05T18:00:00Z");
    }

    @Test
    void an_unterminated_quote_keeps_the_rows_before_it() {
        var athlete = newAthlete("Cut off");
        var csv = HEADER + row("301", "Aug 15, 2022, 3:09:27 PM", "Fine", "5.00", "5000.0", "")
                + "302,\"Aug 16, 2022, 3:09:27 PM,Never closed,Run\n";

        var job = api.importAndWait("activities.csv", csv.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failed").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_file_the_export_names_but_lacks_still_counts_its_row() throws IOException {
        var athlete = newAthlete("Missing file");
        var csv = HEADER + row("401", "Aug 15, 2022, 3:09:27 PM", "Track gone", "5.00", "5000.0",
                "activities/401.gpx");

        var job = api.importAndWait("export.zip", zip(Map.of("activities.csv", csv.getBytes(StandardCharsets.UTF_8))),
                athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failed").asInt()).isZero();
    }

    @Test
    void a_corrupt_recording_in_an_export_is_reported_and_its_row_kept() throws IOException {
        var athlete = newAthlete("Bad track");
        var csv = HEADER + row("501", "Aug 15, 2022, 3:09:27 PM", "Broken track", "5.00", "5000.0",
                "activities/501.fit.gz");
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", csv.getBytes(StandardCharsets.UTF_8));
        entries.put("activities/501.fit.gz", "definitely not gzip".getBytes(StandardCharsets.UTF_8));

        var job = api.importAndWait("export.zip", zip(entries), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(1);
        assertThat(job.at("/result/failures/0/file").asString()).isEqualTo("activities/501.fit.gz");
        assertThat(api.allActivities(athlete.token(), "").getFirst().get("distance_m").asDouble()).isEqualTo(5000.0);
    }

    @Test
    void a_corrupt_zip_is_refused_at_once() {
        var athlete = newAthlete("Corrupt zip");
        var bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;

        var refused = api.upload("export.zip", bytes, athlete.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains("zip");
    }

    @Test
    void a_zip_slip_path_is_refused_and_nothing_imported() throws IOException {
        var athlete = newAthlete("Slipper");
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", (HEADER + row("601", "Aug 15, 2022, 3:09:27 PM", "x", "5.00", "5000.0", ""))
                .getBytes(StandardCharsets.UTF_8));
        entries.put("../../../../tmp/evil.gpx", "<gpx/>".getBytes(StandardCharsets.UTF_8));

        var refused = api.upload("export.zip", zip(entries), athlete.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("unsafe path");
        assertThat(api.allActivities(athlete.token(), "")).isEmpty();
    }

    @Test
    void an_archive_that_unpacks_beyond_the_limit_is_refused() throws IOException {
        var athlete = newAthlete("Bomber");
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("activities.csv"));
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 70; i++) {
                zip.write(zeros); // 70 MB of zeros compress to about 70 KB; the test limit is 64 MB
            }
            zip.closeEntry();
        }

        var refused = api.upload("export.zip", bytes.toByteArray(), athlete.token());

        assertThat(bytes.size()).isLessThan(1 << 20);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("detail").asString()).contains("zip bomb");
    }

    @Test
    void an_archive_with_too_many_entries_is_refused() throws IOException {
        var athlete = newAthlete("Many files");
        var entries = new LinkedHashMap<String, byte[]>();
        for (var i = 0; i < 2001; i++) {
            entries.put("activities/" + i + ".gpx", new byte[0]);
        }

        var refused = api.upload("export.zip", zip(entries), athlete.token());

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("detail").asString()).contains("2001 entries");
    }

    @Test
    void an_upload_over_the_size_limit_is_refused() {
        var athlete = newAthlete("Big upload");

        var refused = api.upload("huge.fit", new byte[9 * 1024 * 1024], athlete.token());

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_file_runaway_does_not_import_is_refused_with_415() {
        var athlete = newAthlete("Wrong type");

        var refused = api.upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().get("detail").asString()).contains(".fit");
    }

    @Test
    void corrupt_fit_gpx_and_tcx_files_fail_their_job_with_the_reason_and_keep_stored_data() throws IOException {
        var athlete = newAthlete("Corrupt files");
        api.importAndWait("activities.csv", (HEADER + row("701", "Aug 15, 2022, 3:09:27 PM", "Kept", "5.00",
                "5000.0", "")).getBytes(StandardCharsets.UTF_8), athlete.token());
        var fit = Files.readAllBytes(FIXTURES.resolve("files/run-garmin-fr645m.fit"));
        var truncatedFit = java.util.Arrays.copyOf(fit, fit.length / 2);
        var gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\">"
                .getBytes(StandardCharsets.UTF_8);
        var tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2009"
                .getBytes(StandardCharsets.UTF_8);

        for (var file : Map.of("broken.fit", truncatedFit, "broken.gpx", gpx, "broken.tcx", tcx).entrySet()) {
            var job = api.importAndWait(file.getKey(), file.getValue(), athlete.token());

            assertThat(job.get("status").asString()).as(file.getKey()).isEqualTo("failed");
            assertThat(job.get("error").asString()).as(file.getKey()).startsWith(file.getKey() + " cannot be imported");
        }
        assertThat(api.allActivities(athlete.token(), "")).extracting(a -> a.get("strava_id").asLong())
                .containsExactly(701L);
    }

    @Test
    void an_upload_without_a_file_answers_400() {
        var athlete = newAthlete("Empty");

        var refused = api.upload("empty.csv", new byte[0], athlete.token());

        assertThat(refused.status()).isEqualTo(400);
    }
}
