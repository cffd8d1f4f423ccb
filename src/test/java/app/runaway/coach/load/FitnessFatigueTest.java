package app.runaway.coach.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.coach.heartrate.HeartRateProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FitnessFatigueTest {
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);

    @Test
    void fitness_fatigue_and_form_follow_the_exponential_update_on_a_hand_computed_series() {
        // loads 100, 0, 50, 80 on four consecutive days
        var sessions = List.of(load(0, 100), load(2, 50), load(3, 80));

        var status = FitnessFatigue.on(DAY_ONE.plusDays(3), sessions);

        // k42 = 1 - e^(-1/42) = 0.0235283; k7 = 1 - e^(-1/7) = 0.1331221
        double k42 = 0.0235283133, k7 = 0.1331221002;
        double ctl1 = 0 + (100 - 0) * k42;             // 2.35283
        double ctl2 = ctl1 + (0 - ctl1) * k42;         // 2.29747
        double ctl3 = ctl2 + (50 - ctl2) * k42;        // 3.41983
        double ctl4 = ctl3 + (80 - ctl3) * k42;        // 5.22164
        double atl1 = 0 + (100 - 0) * k7;              // 13.31221
        double atl2 = atl1 + (0 - atl1) * k7;          // 11.54006
        double atl3 = atl2 + (50 - atl2) * k7;         // 16.65993
        double atl4 = atl3 + (80 - atl3) * k7;         // 25.09189
        assertThat(status.ctl()).isCloseTo(ctl4, within(1e-6)).isCloseTo(5.22164, within(1e-5));
        assertThat(status.atl()).isCloseTo(atl4, within(1e-6)).isCloseTo(25.09189, within(1e-5));
        // form is yesterday's fitness minus yesterday's fatigue: 3.41983 - 16.65993
        assertThat(status.tsb()).isCloseTo(ctl3 - atl3, within(1e-6)).isCloseTo(-13.24010, within(1e-5));
    }

    @Test
    void the_acute_chronic_ratio_divides_mean_daily_loads_not_totals() {
        // 28 days at 50, then 7 days at 100
        var sessions = new ArrayList<SessionLoad>();
        for (var day = 0; day < 35; day++) {
            sessions.add(load(day, day < 28 ? 50 : 100));
        }

        var status = FitnessFatigue.on(DAY_ONE.plusDays(34), sessions);

        // acute: 7 x 100 / 7 = 100; chronic: (21 x 50 + 7 x 100) / 28 = 62.5; ratio 1.6
        assertThat(status.acuteDailyLoad()).isCloseTo(100, within(1e-9));
        assertThat(status.chronicDailyLoad()).isCloseTo(62.5, within(1e-9));
        assertThat(status.acwr().getAsDouble()).isCloseTo(1.6, within(1e-9));
    }

    @Test
    void steady_training_gives_an_acute_chronic_ratio_of_one_and_form_near_zero() {
        var athlete = new AthleteSnapshot("M", 1990, 190, 50, "metric");
        var runs = new ArrayList<RunSample>();
        for (var day = 0; day < 26 * 7; day++) {
            runs.add(TestRuns.withHeartRate(TestRuns.run(DAY_ONE.plusDays(day), 10, 330), 140, 160));
        }
        var asOf = DAY_ONE.plusDays(26 * 7 - 1);
        var heartRate = HeartRateProfile.of(athlete, runs, asOf);
        var loads = SessionLoadEstimator.forAthlete(athlete, heartRate, Optional.empty(), runs).loadsOf(runs);

        var status = FitnessFatigue.on(asOf, loads);

        var daily = loads.getFirst().load();
        assertThat(status.acwr().getAsDouble()).isCloseTo(1.0, within(1e-9));
        // after 26 weeks CTL has reached 1 - e^(-181/42) = 98.7 % of the daily load, ATL all of it
        assertThat(Math.abs(status.tsb())).isLessThan(0.02 * daily);
        assertThat(status.ctl()).isCloseTo(daily, within(0.02 * daily));
        assertThat(status.method()).isEqualTo(LoadMethod.TRIMP);
    }

    @Test
    void the_method_is_the_one_most_recent_sessions_used() {
        var sessions = List.of(load(0, 50), load(1, 50), estimate(2, 40));

        assertThat(FitnessFatigue.on(DAY_ONE.plusDays(2), sessions).method()).isEqualTo(LoadMethod.TRIMP);
        assertThat(FitnessFatigue.on(DAY_ONE.plusDays(2), List.of(load(0, 50), estimate(1, 40), estimate(2, 40)))
                .method()).isEqualTo(LoadMethod.PACE_ESTIMATE);
    }

    @Test
    void no_sessions_give_zero_load_no_ratio_and_no_method() {
        var status = FitnessFatigue.on(DAY_ONE, List.of());

        assertThat(status.ctl()).isZero();
        assertThat(status.tsb()).isZero();
        assertThat(status.acwr()).isEmpty();
        assertThat(status.method()).isEqualTo(LoadMethod.NONE);
    }

    private static SessionLoad load(int day, double load) {
        return new SessionLoad(day, DAY_ONE.plusDays(day), load, LoadMethod.TRIMP);
    }

    @Test
    void the_daily_lines_end_on_the_figures_of_that_day_and_hold_every_day_of_the_span() {
        var sessions = java.util.List.of(load(0, 80), load(3, 120), estimate(5, 60), load(5, 40), load(30, 90));
        var from = DAY_ONE.plusDays(10);
        var to = DAY_ONE.plusDays(40);
        var days = FitnessFatigue.daily(from, to, sessions);
        assertThat(days).hasSize(31);
        assertThat(days.getFirst().date()).isEqualTo(from);
        for (var day : days) {
            var status = FitnessFatigue.on(day.date(), sessions);
            assertThat(day.ctl()).isCloseTo(status.ctl(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(day.atl()).isCloseTo(status.atl(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(day.tsb()).isCloseTo(status.tsb(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void days_before_the_first_load_are_zero() {
        var days = FitnessFatigue.daily(DAY_ONE.minusDays(5), DAY_ONE, java.util.List.of(load(0, 100)));
        assertThat(days).hasSize(6);
        assertThat(days.subList(0, 5)).allMatch(d -> d.ctl() == 0 && d.atl() == 0 && d.tsb() == 0);
        assertThat(days.getLast().ctl()).isPositive();
    }

    private static SessionLoad estimate(int day, double load) {
        return new SessionLoad(day, DAY_ONE.plusDays(day), load, LoadMethod.PACE_ESTIMATE);
    }
}
