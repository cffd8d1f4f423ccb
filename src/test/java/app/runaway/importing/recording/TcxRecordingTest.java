package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class TcxRecordingTest {

    @Test
    void a_2009_Edge_705_ride_in_TCX_gives_sport_start_and_lap_totals() throws Exception {
        var recording = Fixtures.read("sample.tcx");

        assertThat(recording.format()).isEqualTo("tcx");
        assertThat(recording.sportType()).isEqualTo("Ride");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2009-02-21T12:57:25Z"));
        assertThat(recording.startDateLocal()).isNull();
        var track = recording.track();
        // two laps: 5.3 m in 18.64 s, then 64 664.9 m in 8168.58 s
        assertThat(track.distanceM()).isCloseTo(64670.19, withinPercentage(1));
        assertThat(track.movingTimeS()).isEqualTo(8187);
        // from the first lap's start 12:57:25 to the last trackpoint at 15:14:13
        assertThat(track.elapsedTimeS()).isEqualTo(2 * 3600 + 16 * 60 + 48);
        assertThat(track.pointCount()).isEqualTo(827);
        assertThat(track.device()).isEqualTo("EDGE705");
    }

    @Test
    void a_TCX_ride_gives_heart_rate_from_its_trackpoints() throws Exception {
        var track = Fixtures.read("sample.tcx").track();

        // the long lap's own average is 137 and maximum 165
        assertThat(track.averageHeartrate()).isCloseTo(137.0, within(0.5));
        assertThat(track.maxHeartrate()).isEqualTo(165.0);
        assertThat(track.averageCadence()).as("this ride has no cadence sensor").isNull();
        assertThat(track.startLatitude()).isCloseTo(52.1485, within(0.0001));
    }

    /** Strava's bulk export writes its TCX files with blanks before `<?xml`, which strict XML forbids. */
    @Test
    void a_TCX_from_a_strava_export_with_blanks_before_its_declaration_is_read() throws Exception {
        var gz = Files.readAllBytes(Path.of(
                "src/test/resources/fixtures/exports/danchurchill-strava-running/activities/2294396.tcx.gz"));
        var bytes = new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes();
        assertThat(new String(bytes, 0, 20, StandardCharsets.US_ASCII)).startsWith("          <?xml");

        var recording = Fixtures.read("2294396.tcx", bytes);

        assertThat(recording.sportType()).isEqualTo("Run");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2011-09-28T04:37:41Z"));
        assertThat(recording.track().pointCount()).isEqualTo(1252);
    }
}
