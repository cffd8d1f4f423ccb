package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class TrendTest {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void a_steady_rise_is_increasing_with_its_slope_and_a_small_p_value() {
        // pairs of equal values rising by 4 every two weeks
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {21, 21, 25, 25, 29, 29, 33, 33};

        var trend = (Trend.Fitted) Trend.fit(x, y);

        // slope = sum((x - 3.5)(y - 27)) / sum((x - 3.5)^2) = 80 / 42 = 1.90476
        assertThat(trend.slope()).isCloseTo(80.0 / 42, within(1e-9));
        assertThat(trend.pValue()).isLessThan(0.05);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.INCREASING);
    }

    @Test
    void noise_without_a_direction_is_stable() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {30, 34, 29, 33, 30, 32};

        var trend = (Trend.Fitted) Trend.fit(x, y);

        assertThat(trend.pValue()).isGreaterThanOrEqualTo(0.05);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.STABLE);
    }

    @Test
    void a_flat_series_is_stable_with_p_one_and_a_perfect_line_is_certain() {
        var flat = (Trend.Fitted) Trend.fit(new double[] {0, 1, 2, 3}, new double[] {5, 5, 5, 5});
        var line = (Trend.Fitted) Trend.fit(new double[] {0, 1, 2, 3}, new double[] {9, 7, 5, 3});

        assertThat(flat.pValue()).isEqualTo(1.0);
        assertThat(flat.direction()).isEqualTo(Trend.Direction.STABLE);
        assertThat(line.pValue()).isZero();
        assertThat(line.direction()).isEqualTo(Trend.Direction.DECREASING);
    }

    @Test
    void three_points_are_too_few_for_a_trend() {
        assertThat(Trend.fit(new double[] {0, 1, 2}, new double[] {1, 2, 3})).isInstanceOf(Trend.TooFewPoints.class);
        assertThat(Trend.fit(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}))
                .isInstanceOf(Trend.TooFewPoints.class);
    }

    @Test
    void easy_runs_getting_faster_at_the_same_heart_rate_is_an_improving_pace() {
        var runs = new ArrayList<RunSample>();
        for (var week = 0; week < 10; week++) {
            // easy runs on Monday and Wednesday, 3 s/km faster per week at about 140 bpm, and a weekly fast session
            // (not an easy run, so not in the trend)
            for (var day : new int[] {0, 2}) {
                var days = week * 7 + day;
                runs.add(TestRuns.withHeartRate(TestRuns.run(FIRST_MONDAY.plusDays(days), 10, 360 - 3 * days / 7.0),
                        140 + day, 155));
            }
            runs.add(TestRuns.withHeartRate(TestRuns.run(FIRST_MONDAY.plusWeeks(week).plusDays(4), 8, 280), 170, 185));
        }
        var asOf = FIRST_MONDAY.plusWeeks(10).minusDays(1);

        var trend = TrainingTrends.easyPace(runs, RunTypeClassifier.calibratedOn(runs), FIRST_MONDAY, asOf);

        assertThat(trend.verdict()).isEqualTo(PaceTrend.Verdict.IMPROVING);
        assertThat(trend.basis()).isEqualTo(PaceTrend.Basis.EASY_RUNS_AT_COMPARABLE_HEART_RATE);
        var fitted = (Trend.Fitted) trend.trend();
        // whole-second run times put each pace within 0.05 s/km of the line
        assertThat(fitted.slope()).isCloseTo(-3.0, within(0.02));
        assertThat(fitted.direction()).isEqualTo(Trend.Direction.DECREASING);
    }

    @Test
    void weekly_distance_rising_two_km_a_week_is_an_increasing_mileage() {
        var runs = new ArrayList<RunSample>();
        for (var week = 0; week < 8; week++) {
            runs.add(TestRuns.run(FIRST_MONDAY.plusWeeks(week).plusDays(1), 10 + 2 * week, 330));
        }
        var volume = WeeklyVolume.of(runs, FIRST_MONDAY.plusWeeks(8).plusDays(2));

        var trend = (Trend.Fitted) TrainingTrends.weeklyDistance(volume, FIRST_MONDAY);

        assertThat(trend.slope()).isCloseTo(2.0, within(1e-9));
        assertThat(trend.points()).isEqualTo(8);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.INCREASING);
    }
}
