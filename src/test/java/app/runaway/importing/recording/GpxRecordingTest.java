package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class GpxRecordingTest {

    @Test
    void a_Strava_GPX_reads_heart_rate_from_the_gpxtpx_extension() throws Exception {
        var track = Fixtures.read("run-strava-export.gpx").track();

        assertThat(track.maxHeartrate()).isEqualTo(187.0);
        assertThat(track.averageHeartrate()).isCloseTo(169.0, within(0.5));
        assertThat(track.averageCadence()).as("this file has no cadence").isNull();
    }

    @Test
    void a_Strava_GPX_gives_its_name_start_distance_and_times() throws Exception {
        var recording = Fixtures.read("run-strava-export.gpx");

        assertThat(recording.format()).isEqualTo("gpx");
        assertThat(recording.sportType()).as("the file has no <type>").isNull();
        assertThat(recording.name()).isEqualTo("Greeting SF with a dumb, dumb route");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2015-01-19T21:24:20Z"));
        assertThat(recording.startDateLocal()).isNull();
        var track = recording.track();
        assertThat(track.pointCount()).isEqualTo(1118);
        assertThat(track.distanceM()).isCloseTo(3600.0, withinPercentage(1));
        assertThat(track.elapsedTimeS()).isEqualTo(20 * 60 + 56);
        assertThat(track.startLatitude()).isEqualTo(37.783292);
        assertThat(track.startLongitude()).isEqualTo(-122.407225);
    }

    @Test
    void moving_time_leaves_out_a_140_second_stop_and_slow_shuffling() throws Exception {
        // The 140 s gap covers 14 m: a stop. Elapsed 1256 s, moving 1056 s by the 0.5 m/s rule.
        var track = Fixtures.read("run-strava-export.gpx").track();

        assertThat(track.movingTimeS()).isEqualTo(1056);
    }

    @Test
    void a_Garmin_Connect_GPX_reads_heart_rate_and_cadence_from_the_ns3_extension() throws Exception {
        var track = Fixtures.read("run-garmin-connect.gpx").track();

        assertThat(track.maxHeartrate()).isEqualTo(160.0);
        assertThat(track.averageHeartrate()).isBetween(115.0, 160.0).isCloseTo(139.0, within(0.5));
        // cad is strides per minute (one foot); doubled to steps per minute for a run
        assertThat(track.averageCadence()).isCloseTo(138.4, within(0.5));
    }

    @Test
    void a_Garmin_Connect_GPX_gives_its_sport_name_start_distance_and_times() throws Exception {
        var recording = Fixtures.read("run-garmin-connect.gpx");

        assertThat(recording.sportType()).isEqualTo("Run");
        assertThat(recording.name()).isEqualTo("Mannheim Running");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2019-11-16T08:58:30Z"));
        var track = recording.track();
        assertThat(track.pointCount()).isEqualTo(602);
        assertThat(track.distanceM()).isCloseTo(5300.0, withinPercentage(1));
        assertThat(track.elapsedTimeS()).isEqualTo(38 * 60 + 24);
        assertThat(track.movingTimeS()).isBetween(36 * 60, 38 * 60 + 24);
        assertThat(track.elevationGainM()).as("flat Mannheim, barometric noise filtered").isBetween(5.0, 30.0);
        assertThat(track.device()).isNull();
    }

    @Test
    void GPX_track_point_extensions_are_matched_by_namespace_not_by_prefix() throws Exception {
        var gpx = Fixtures.text("run-strava-export.gpx").replace("gpxtpx", "anyprefix");

        var track = Fixtures.read("renamed.gpx", gpx.getBytes(StandardCharsets.UTF_8)).track();

        assertThat(track.maxHeartrate()).isEqualTo(187.0);
    }

    @Test
    void a_Strava_numeric_GPX_type_maps_to_a_sport() throws Exception {
        // GPX 1.1 puts <type> after the track's <name>
        var gpx = Fixtures.text("run-strava-export.gpx").replace("dumb route</name>", "dumb route</name><type>9</type>");

        assertThat(Fixtures.read("typed.gpx", gpx.getBytes(StandardCharsets.UTF_8)).sportType()).isEqualTo("Run");
    }
}
