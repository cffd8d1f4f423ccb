package app.runaway.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivitySource;
import app.runaway.athlete.Units;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActivitySummariesTest {

    @Test
    void a_half_marathon_reads_in_miles_and_minutes_per_mile_for_an_imperial_athlete() {
        var run = activity("Run", 21_097.5, 6_683, 155.0, "Sunday long run", "Easy along the river, rain at the end");

        assertThat(ActivitySummaries.of(run, Units.IMPERIAL)).isEqualTo("13.1 mi run at 8:30/mi pace with avg HR 155 "
                + "and 394 ft climb on Tuesday, Nov 18, 2025. Name: Sunday long run. "
                + "Description: Easy along the river, rain at the end");
    }

    @Test
    void the_same_run_reads_in_kilometres_for_a_metric_athlete() {
        var run = activity("Run", 21_097.5, 6_683, 155.0, "Sunday long run", null);

        assertThat(ActivitySummaries.of(run, Units.METRIC))
                .isEqualTo("21.1 km run at 5:17/km pace with avg HR 155 and 120 m climb on Tuesday, Nov 18, 2025. "
                        + "Name: Sunday long run.");
    }

    @Test
    void a_ride_reads_as_speed_and_a_session_without_distance_as_minutes() {
        var ride = activity("VirtualRide", 30_000, 3_600, null, "Zwift", null);
        var gym = activity("WeightTraining", 0, 2_700, null, "Legs", null);

        assertThat(ActivitySummaries.of(ride, Units.METRIC)).startsWith("30.0 km virtual ride at 30.0 km/h with 120 m");
        assertThat(ActivitySummaries.of(ride, Units.IMPERIAL)).startsWith("18.6 mi virtual ride at 18.6 mph");
        assertThat(ActivitySummaries.of(gym, Units.METRIC)).startsWith("45 min weight training with 120 m climb on");
    }

    @Test
    void a_long_description_is_cut_and_the_whole_summary_stays_short() {
        var run = activity("Run", 10_000, 3_000, 150.0, "Tempo\n  run", "word ".repeat(500));

        var summary = ActivitySummaries.of(run, Units.METRIC);

        assertThat(summary).contains("Name: Tempo run.").endsWith("…").doesNotContain("\n");
        assertThat(summary.length()).isLessThanOrEqualTo(ActivitySummaries.MAX_LENGTH);
    }

    static Activity activity(String sport, double metres, int seconds, Double heartRate, String name,
                             String description) {
        var start = LocalDateTime.of(2025, 11, 18, 7, 30);
        return new Activity(1, 1, 1L, ActivitySource.STRAVA_EXPORT, name, sport, null, start.toInstant(ZoneOffset.UTC),
                start, "UTC", metres, seconds, seconds, 120.0, null, null, heartRate, null, null, null, false, false,
                false, description, null, null, null, java.util.List.of(ActivitySource.STRAVA_EXPORT));
    }
}
