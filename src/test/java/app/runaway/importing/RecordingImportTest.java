package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each real recording in src/test/resources/fixtures/files, uploaded alone through the API, against the figures its README
 * gives (distance within 1%).
 */
class RecordingImportTest extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // file                            | sport | local start           | elapsed | moving | km    | avg HR | kcal
            "run-garmin-fr645m.fit             | Run   | 2020-08-31            | 2468    | -      | 6.33  | 135    | 408",
            "4012345678.fit.gz                 | Run   | 2020-08-31            | 2468    | -      | 6.33  | 135    | 408",
            // its session says 0 kcal: not counted, so none
            "run-stryd-developer-fields.fit    | Run   | 2017-01-17            | 3424    | -      | 6.75  | -      | -",
            // the FR70 knows only activity.local_timestamp, 12:21:03, written when the run ended 1:04:47 after start
            "run-fr70-compressed-timestamps.fit| Run   | 2012-02-13T11:16:16   | 3883    | 3773   | 10.25 | 170    | 708",
            "run-strava-export.gpx             | Run   | 2015-01-19            | 1256    | -      | 3.6   | -      | -",
            "run-garmin-connect.gpx            | Run   | 2019-11-16            | 2304    | -      | 5.3   | -      | -",
            // two laps: 0 and 2,371 kcal
            "sample.tcx                        | Ride  | 2009                  | -       | -      | -     | -      | 2371"})
    void a_recording_imports_with_its_sport_start_duration_distance_and_heart_rate(
            String file, String sport, String localStart, Integer elapsedS, Integer movingS, Double km, Double avgHr,
            Integer kcal) {
        var athlete = newAthlete(file);

        var job = api.importAndWait(FIXTURES.resolve("files").resolve(file), athlete.token());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        var activities = api.allActivities(athlete.token(), "");
        assertThat(activities).hasSize(1);
        var activity = activities.getFirst();
        assertThat(activity.get("source").asString()).isEqualTo("file_upload");
        assertThat(activity.get("sport_type").asString()).isEqualTo(sport);
        assertThat(activity.get("start_date_local").asString()).startsWith(localStart);
        assertThat(Instant.parse(activity.get("start_date").asString())).isBefore(Instant.now());
        if (elapsedS != null) {
            assertThat(activity.get("elapsed_time_s").asInt()).isCloseTo(elapsedS, within(1));
        }
        if (movingS != null) {
            assertThat(activity.get("moving_time_s").asInt()).isCloseTo(movingS, within(1));
        }
        assertThat(activity.get("moving_time_s").asInt()).isPositive()
                .isLessThanOrEqualTo(activity.get("elapsed_time_s").asInt());
        if (km != null) {
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(km * 1000, within(km * 10));
        }
        if (avgHr != null) {
            assertThat(activity.get("average_heartrate").asDouble()).isCloseTo(avgHr, within(1.0));
        }
        // the energy the device wrote: read from the FIT files by a separate decoder
        // (fixtures/files/fit-session-calories.py), from the TCX laps by eye
        if (kcal != null) {
            assertThat(activity.get("calories_kcal").asDouble()).isEqualTo(kcal.doubleValue());
        } else {
            assertThat(activity.get("calories_kcal").isNull()).as("no calories").isTrue();
        }
        if (!file.contains("fr70") && !file.endsWith(".tcx")) {
            assertThat(activity.get("average_heartrate").isNull()).as("heart rate from the track").isFalse();
            assertThat(activity.get("max_heartrate").asDouble())
                    .isGreaterThanOrEqualTo(activity.get("average_heartrate").asDouble());
        }
        assertThat(activity.at("/track/point_count").asInt()).isPositive();
        LocalDateTime.parse(activity.get("start_date_local").asString());
    }

    @Test
    void a_fit_file_keeps_the_local_time_of_where_it_was_run() {
        var athlete = newAthlete("Abroad");
        api.put("/api/athlete", athlete.token(), java.util.Map.of("timezone", "America/Los_Angeles"));

        api.importAndWait(FIXTURES.resolve("files/run-garmin-fr645m.fit"), athlete.token());

        var run = api.allActivities(athlete.token(), "").getFirst();
        assertThat(run.get("start_date").asString()).isEqualTo("2020-08-31T15:41:11Z");
        assertThat(run.get("start_date_local").asString()).isEqualTo("2020-08-31T17:41:11");
        assertThat(run.get("timezone").asString()).isEqualTo("+02:00");
        assertThat(run.get("name").asString()).isEqualTo("Afternoon Run");
        assertThat(run.get("average_cadence").asDouble()).as("steps per minute").isCloseTo(135.4, within(0.5));
    }
}
