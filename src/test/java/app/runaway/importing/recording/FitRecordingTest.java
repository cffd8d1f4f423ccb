package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class FitRecordingTest {

    @Test
    void a_Forerunner_645_run_gives_the_watch_session_totals() throws Exception {
        var recording = Fixtures.read("run-garmin-fr645m.fit");

        assertThat(recording.format()).isEqualTo("fit");
        assertThat(recording.sportType()).isEqualTo("Run");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2020-08-31T15:41:11Z"));
        var track = recording.track();
        assertThat(track.elapsedTimeS()).isEqualTo(41 * 60 + 8);
        assertThat(track.movingTimeS()).isEqualTo(41 * 60 + 8);
        assertThat(track.distanceM()).isCloseTo(6330.0, withinPercentage(1));
        assertThat(track.averageHeartrate()).isEqualTo(135.0);
        assertThat(track.maxHeartrate()).isEqualTo(158.0);
        assertThat(track.pointCount()).isEqualTo(624);
        assertThat(track.elevationGainM()).isEqualTo(8.0);
        assertThat(track.device()).isEqualTo("Garmin FR645M");
    }

    @Test
    void a_FIT_with_local_time_gives_the_athletes_wall_clock_start() throws Exception {
        // activity.local_timestamp is two hours ahead of UTC: a summer evening run in Germany at 17:41
        var recording = Fixtures.read("run-garmin-fr645m.fit");

        assertThat(recording.startDateLocal()).isEqualTo(LocalDateTime.parse("2020-08-31T17:41:11"));
    }

    @Test
    void running_cadence_is_reported_in_steps_per_minute_not_the_strides_a_FIT_file_records() throws Exception {
        // The session says 67 + 0.68 strides per minute (one foot); a runner knows that as about 135 steps per minute.
        var track = Fixtures.read("run-garmin-fr645m.fit").track();

        assertThat(track.averageCadence()).isCloseTo(135.36, within(0.01));
    }

    @Test
    void GPS_start_is_converted_from_semicircles_to_degrees() throws Exception {
        var track = Fixtures.read("run-garmin-fr645m.fit").track();

        assertThat(track.startLatitude()).isCloseTo(53.3479, within(0.0001));
        assertThat(track.startLongitude()).isCloseTo(12.9217, within(0.0001));
    }

    @Test
    void a_gzipped_FIT_named_as_in_a_Strava_bulk_export_reads_like_the_plain_file() throws Exception {
        var gzipped = Fixtures.read("activities/4012345678.fit.gz", Fixtures.bytes("4012345678.fit.gz"));
        var plain = Fixtures.read("run-garmin-fr645m.fit");

        assertThat(gzipped.format()).isEqualTo("fit");
        assertThat(gzipped.track().fileName()).isEqualTo("activities/4012345678.fit.gz");
        assertThat(gzipped).usingRecursiveComparison().ignoringFields("track.fileName").isEqualTo(plain);
    }

    @Test
    void a_Stryd_file_with_developer_fields_reads_and_its_missing_average_heart_rate_is_computed() throws Exception {
        var recording = Fixtures.read("run-stryd-developer-fields.fit");

        assertThat(recording.sportType()).isEqualTo("Run");
        assertThat(recording.startDate()).isEqualTo(Instant.parse("2017-01-17T17:06:47Z"));
        assertThat(recording.startDateLocal()).as("Stryd writes no local time").isNull();
        var track = recording.track();
        assertThat(track.elapsedTimeS()).isEqualTo(57 * 60 + 4);
        assertThat(track.movingTimeS()).isEqualTo(57 * 60 + 4);
        assertThat(track.distanceM()).isCloseTo(6750.0, withinPercentage(1));
        assertThat(track.pointCount()).isEqualTo(3424);
        assertThat(track.averageHeartrate()).as("time-weighted from the records").isCloseTo(130.9, within(0.1));
        assertThat(track.maxHeartrate()).isEqualTo(146.0);
        assertThat(track.averageCadence()).isEqualTo(148.0);
        assertThat(track.device()).isEqualTo("Stryd");
    }

    @Test
    void a_Forerunner_70_with_compressed_timestamps_has_no_UTC_start_but_a_local_start() throws Exception {
        // Its timestamps count seconds since power-on. local_timestamp (2012-02-13 12:21:03) is the local time at the
        // activity message, written at the end; the session began 3887 s earlier, at 11:16:16 on the athlete's clock.
        var recording = Fixtures.read("run-fr70-compressed-timestamps.fit");

        assertThat(recording.sportType()).isEqualTo("Run");
        assertThat(recording.startDate()).isNull();
        assertThat(recording.startDateLocal()).isEqualTo(LocalDateTime.parse("2012-02-13T11:16:16"));
    }

    @Test
    void a_Forerunner_70_run_gives_timer_time_as_moving_time_and_foot_pod_distance() throws Exception {
        var track = Fixtures.read("run-fr70-compressed-timestamps.fit").track();

        assertThat(track.elapsedTimeS()).isEqualTo(64 * 60 + 43);
        assertThat(track.movingTimeS()).isEqualTo(62 * 60 + 53);
        assertThat(track.distanceM()).isCloseTo(10250.0, withinPercentage(1));
        assertThat(track.averageHeartrate()).isEqualTo(170.0);
        assertThat(track.maxHeartrate()).isEqualTo(190.0);
        assertThat(track.pointCount()).isEqualTo(755);
        assertThat(track.startLatitude()).as("no GPS, only a foot pod").isNull();
        assertThat(track.averageCadence()).isEqualTo(176.0);
        assertThat(track.device()).isEqualTo("Garmin FR70");
    }
}
