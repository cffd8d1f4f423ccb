package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rules behind figures computed from points, on small hand-made tracks. */
class TrackStatisticsTest {

    private static final Instant START = Instant.parse("2024-05-01T06:00:00Z");

    @Test
    void standing_at_a_traffic_light_is_not_moving_time_but_is_elapsed_time() {
        var track = new Track()
                .run(60, 3.0)     // one minute at 3 m/s
                .standStill(60)   // one minute waiting, the watch still writing points
                .run(60, 3.0);

        var stats = TrackStatistics.of(track.points);

        assertThat(stats.elapsedTimeS()).isEqualTo(180);
        assertThat(stats.movingTimeS()).isEqualTo(120);
        assertThat(stats.distanceM()).isCloseTo(360.0, within(0.001));
    }

    @Test
    void a_gap_in_the_recording_that_covers_real_distance_still_counts_as_moving() {
        // A tunnel: no points for 100 s, then the runner reappears 300 m further on.
        var track = new Track().run(30, 3.0).jump(100, 300).run(30, 3.0);

        var stats = TrackStatistics.of(track.points);

        assertThat(stats.movingTimeS()).isEqualTo(160);
    }

    @Test
    void a_gap_in_the_recording_with_almost_no_displacement_is_a_stop() {
        var track = new Track().run(30, 3.0).jump(140, 14).run(30, 3.0);

        var stats = TrackStatistics.of(track.points);

        assertThat(stats.movingTimeS()).isEqualTo(60);
        assertThat(stats.elapsedTimeS()).isEqualTo(200);
    }

    @Test
    void time_and_distance_between_two_segments_count_for_nothing_but_elapsed_time() {
        var track = new Track().run(60, 3.0).newSegment().jump(300, 2000).run(60, 3.0);

        var stats = TrackStatistics.of(track.points);

        assertThat(stats.distanceM()).isCloseTo(360.0, within(0.001));
        assertThat(stats.movingTimeS()).isEqualTo(120);
        assertThat(stats.elapsedTimeS()).isEqualTo(420);
    }

    @Test
    void a_recording_without_distance_counts_as_moving_until_the_points_stop_for_over_30_seconds() {
        var points = List.of(
                point(0, 0, null, 100.0), point(0, 10, null, 110.0), point(0, 20, null, 120.0),
                point(0, 80, null, 120.0));

        var stats = TrackStatistics.of(points);

        assertThat(stats.movingTimeS()).isEqualTo(20);
        assertThat(stats.distanceM()).isZero();
    }

    @Test
    void average_heart_rate_is_weighted_by_time_not_by_the_number_of_samples() {
        // Smart recording: ten 1-second samples at 100 bpm, then one 10-second interval ending at 160 bpm.
        var points = new ArrayList<TrackPoint>();
        for (var s = 0; s <= 10; s++) {
            points.add(point(0, s, s * 3.0, 100.0));
        }
        points.add(point(0, 20, 60.0, 160.0));

        var stats = TrackStatistics.of(points);

        assertThat(stats.averageHeartrate()).isCloseTo(130.0, within(0.001));
        assertThat(stats.maxHeartrate()).isEqualTo(160.0);
    }

    @Test
    void altitude_wobbles_under_three_metres_are_noise_and_a_real_climb_counts() {
        var points = new ArrayList<TrackPoint>();
        double[] altitudes = {100, 101.5, 99.5, 101, 100, 104, 108, 112, 110.5, 111};
        for (var i = 0; i < altitudes.length; i++) {
            points.add(new TrackPoint(0, START.plusSeconds(i), null, null, altitudes[i], i * 3.0, null, null));
        }

        assertThat(ElevationGain.of(points)).isCloseTo(12.0, within(0.001));
    }

    @Test
    void a_track_without_altitude_has_no_elevation_gain_rather_than_zero() {
        assertThat(ElevationGain.of(new Track().run(10, 3.0).points)).isNull();
    }

    @Test
    void great_circle_distance_matches_a_known_value() {
        // One degree of latitude is about 111.2 km on the mean-radius sphere.
        assertThat(TrackStatistics.haversineMetres(0, 0, 1, 0)).isCloseTo(111_195.0, within(1.0));
    }

    private static TrackPoint point(int segment, int second, Double distanceM, Double heartRate) {
        return new TrackPoint(segment, START.plusSeconds(second), null, null, null, distanceM, heartRate, null);
    }

    /** Builds a straight track northwards along a meridian, one point per second while running. */
    private static final class Track {
        @Test
    void the_route_keeps_the_first_and_last_positions_and_at_most_its_share_of_the_rest() {
        var points = new java.util.ArrayList<TrackPoint>();
        for (var i = 0; i < 1000; i++) {
            points.add(new TrackPoint(0, START.plusSeconds(i), 59.0 + i * 1e-5, 18.0 - i * 2e-5, null, null, null,
                    null));
        }
        var route = TrackStatistics.route(points);
        assertThat(route).hasSize(app.runaway.activity.TrackSummary.MOST_ROUTE_POINTS);
        assertThat(route.getFirst()).containsExactly(59.0, 18.0);
        assertThat(route.getLast()).containsExactly(59.00999, 17.98002);
        assertThat(TrackStatistics.route(points.subList(0, 10))).hasSize(10);
    }

    @Test
    void a_track_without_positions_has_no_route() {
        assertThat(TrackStatistics.route(java.util.List.of(
                new TrackPoint(0, START, null, null, null, 0.0, null, null),
                new TrackPoint(0, START.plusSeconds(5), null, null, null, 20.0, null, null)))).isNull();
    }

    private static final double METRES_PER_DEGREE = TrackStatistics.haversineMetres(0, 0, 1, 0);
        private final List<TrackPoint> points = new ArrayList<>();
        private int segment;
        private long second;
        private double metres;

        Track() {
            add();
        }

        Track run(int seconds, double speed) {
            for (var i = 0; i < seconds; i++) {
                second++;
                metres += speed;
                add();
            }
            return this;
        }

        Track standStill(int seconds) {
            return run(seconds, 0);
        }

        Track jump(int seconds, double distance) {
            second += seconds;
            metres += distance;
            add();
            return this;
        }

        Track newSegment() {
            segment++;
            return this;
        }

        private void add() {
            points.add(new TrackPoint(segment, START.plusSeconds(second), metres / METRES_PER_DEGREE, 0.0,
                    null, null, null, null));
        }
    }
}
