package app.runaway.coach.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.coach.heartrate.HeartRateProfile;
import app.runaway.coach.science.Vdot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLoadEstimatorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final AthleteSnapshot MAN = new AthleteSnapshot("M", 1990, 190, 50, "metric");

    @Test
    void a_run_with_heart_rate_gets_banister_trimp() {
        var run = TestRuns.withHeartRate(TestRuns.run(DAY, 10, 330), 140, 160);
        var estimator = estimator(MAN, List.of(run), Optional.of(new Vdot(50)));

        var load = estimator.loadOf(run).orElseThrow();

        // 55 min x dHR 90/140 x 0.64 x e^(1.92 x 90/140)
        var dHr = 90.0 / 140;
        assertThat(load.load()).isCloseTo(55 * dHr * 0.64 * Math.exp(1.92 * dHr), within(1e-9));
        assertThat(load.method()).isEqualTo(LoadMethod.TRIMP);
    }

    @Test
    void an_athlete_with_no_heart_rate_data_gets_a_pace_based_load_flagged_as_an_estimate() {
        var run = TestRuns.run(DAY, 10, 330);
        var estimator = estimator(MAN, List.of(run), Optional.of(new Vdot(50)));

        var load = estimator.loadOf(run).orElseThrow();

        assertThat(load.method()).isEqualTo(LoadMethod.PACE_ESTIMATE);
        assertThat(load.isEstimate()).isTrue();
    }

    @Test
    void an_estimated_easy_hour_weighs_about_what_a_measured_easy_hour_does() {
        // VDOT 50: 5:20 /km is the middle of Daniels' easy pace band (5:52-4:54), and 137 bpm (72 % of 190) the
        // middle of his easy heart-rate band (65-79 % of HRmax)
        var measured = TestRuns.withHeartRate(TestRuns.run(DAY, 10, 320), 137, 160);
        var unmeasured = TestRuns.run(DAY, 10, 320);
        var estimator = estimator(MAN, List.of(measured), Optional.of(new Vdot(50)));

        var trimp = estimator.loadOf(measured).orElseThrow().load();
        var estimate = estimator.loadOf(unmeasured).orElseThrow().load();

        assertThat(estimate).isCloseTo(trimp, within(0.10 * trimp));
    }

    @Test
    void faster_running_for_the_same_time_is_a_bigger_estimated_load() {
        var estimator = estimator(MAN, List.of(), Optional.of(new Vdot(50)));

        var easy = estimator.loadOf(TestRuns.run(DAY, 10, 360)).orElseThrow().load();
        var threshold = estimator.loadOf(TestRuns.run(DAY, 14.1, 255)).orElseThrow().load();

        assertThat(threshold).isGreaterThan(1.5 * easy);
    }

    @Test
    void without_a_vdot_the_typical_run_is_the_reference_and_a_ride_without_heart_rate_carries_no_load() {
        var runs = List.of(TestRuns.run(DAY, 8, 340), TestRuns.run(DAY.plusDays(1), 10, 350));
        var estimator = estimator(AthleteSnapshot.unknown(), runs, Optional.empty());

        assertThat(estimator.loadsOf(runs)).hasSize(2).allMatch(SessionLoad::isEstimate)
                .allMatch(load -> load.load() > 0 && Double.isFinite(load.load()));
        assertThat(estimator.loadOf(TestRuns.asSport(TestRuns.run(DAY, 30, 120), "Ride"))).isEmpty();
    }

    private static SessionLoadEstimator estimator(AthleteSnapshot athlete, List<RunSample> runs,
                                                  Optional<Vdot> vdot) {
        return SessionLoadEstimator.forAthlete(athlete, HeartRateProfile.of(athlete, runs, DAY), vdot, runs);
    }
}
