package app.runaway.coach.heartrate;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.Coach;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea;
import app.runaway.coach.Narrator;
import app.runaway.coach.performance.PerformanceAnalyzer;
import app.runaway.coach.science.Vdot;
import java.util.Optional;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartRateProfileTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final List<RunSample> RUNS = List.of(
            TestRuns.withHeartRate(TestRuns.run(DAY.minusDays(3), 10, 300), 150, 186),
            TestRuns.withHeartRate(TestRuns.run(DAY.minusDays(2), 5, 280), 160, 241),
            TestRuns.asSport(TestRuns.withHeartRate(TestRuns.run(DAY.minusDays(1), 30, 120), 150, 199), "Ride"));

    @Test
    void the_athletes_own_maximum_comes_first() {
        var profile = HeartRateProfile.of(new AthleteSnapshot("F", 1985, 192, 48, "metric"), RUNS, DAY).orElseThrow();

        assertThat(profile.maxBpm()).isEqualTo(192);
        assertThat(profile.maxSource()).isEqualTo(HeartRateSource.PROFILE);
        assertThat(profile.restingBpm()).isEqualTo(48);
        assertThat(profile.restingSource()).isEqualTo(HeartRateSource.PROFILE);
    }

    @Test
    void without_a_profile_maximum_the_highest_plausible_maximum_seen_in_runs_is_used() {
        var profile = HeartRateProfile.of(new AthleteSnapshot("M", 1985, null, null, "metric"), RUNS, DAY)
                .orElseThrow();

        // 241 is a sensor spike and the ride is not a run: 186 from the 10 km run
        assertThat(profile.maxBpm()).isEqualTo(186);
        assertThat(profile.maxSource()).isEqualTo(HeartRateSource.OBSERVED);
        assertThat(profile.restingBpm()).isEqualTo(60);
        assertThat(profile.restingSource()).isEqualTo(HeartRateSource.TYPICAL);
    }

    @Test
    void two_hundred_twenty_minus_age_is_the_last_resort_and_nothing_known_is_no_profile() {
        var profile = HeartRateProfile.of(new AthleteSnapshot("M", 1986, null, null, "metric"), List.of(), DAY)
                .orElseThrow();

        assertThat(profile.maxBpm()).isEqualTo(220 - 40);
        assertThat(profile.maxSource()).isEqualTo(HeartRateSource.AGE_FORMULA);
        assertThat(HeartRateProfile.of(AthleteSnapshot.unknown(), List.of(), DAY)).isEmpty();
    }

    /**
     * A runner of VDOT 50 with a true maximum of 190 whose runs record an average heart rate only: 40 easy runs at
     * 140 bpm, six 8 km tempo runs at threshold pace (4:15 /km, 88 % of VDOT: Daniels' regression gives 91.7 % of
     * maximum, 174 bpm) and a 10 km race in 41:21 (VDOT 50, 91 % of VDOT: 94.1 % of maximum, 179 bpm).
     */
    private static List<RunSample> averageHeartRatesOnly() {
        var runs = new java.util.ArrayList<RunSample>();
        for (var i = 1; i <= 40; i++) {
            runs.add(TestRuns.withAverageHeartRate(TestRuns.run(DAY.minusDays(i * 2L), 8, 340), 140));
        }
        for (var i = 1; i <= 6; i++) {
            runs.add(TestRuns.withAverageHeartRate(TestRuns.run(DAY.minusDays(i * 7L + 1), 8, 255), 174));
        }
        runs.add(TestRuns.withAverageHeartRate(TestRuns.tagged(TestRuns.timed(DAY.minusDays(5), 10_000, 2_481),
                "race"), 179));
        return runs;
    }

    @Test
    void without_any_recorded_maximum_it_is_estimated_from_hard_runs_and_labelled_so() {
        var runs = averageHeartRatesOnly();

        var analysis = PerformanceAnalyzer.analyze(runs, AthleteSnapshot.unknown(), DAY, 90);

        var profile = analysis.heartRate().orElseThrow();
        assertThat(profile.maxBpm()).isBetween(188, 192);
        assertThat(profile.maxSource()).isEqualTo(HeartRateSource.ESTIMATED);
        assertThat(profile.maxMethod()).contains("7 hard runs", "Daniels");
        assertThat(analysis.heartRateZones()).isPresent();
        var paces = new Coach(Runnable::run, Narrator.NONE).analyze(new CoachRequest(AthleteSnapshot.unknown(), runs,
                null, DAY, 90, FocusArea.PACE, List.of())).paceZones();
        assertThat(paces.heartRateZones()).hasSize(5);
        assertThat(paces.heartRateSource()).contains("estimated_from_runs", "7 hard runs");
    }

    @Test
    void without_hard_runs_the_age_is_next_and_without_it_the_report_says_what_is_needed() {
        var easyOnly = averageHeartRatesOnly().subList(0, 40);

        var byAge = HeartRateProfile.of(new AthleteSnapshot("F", 1980, null, null, "metric"), easyOnly, DAY,
                Optional.of(new Vdot(50))).orElseThrow();
        var nothing = new Coach(Runnable::run, Narrator.NONE).analyze(new CoachRequest(AthleteSnapshot.unknown(),
                easyOnly, null, DAY, 90, FocusArea.PACE, List.of())).paceZones();

        assertThat(byAge.maxSource()).isEqualTo(HeartRateSource.AGE_FORMULA);
        assertThat(nothing.heartRateZones()).isEmpty();
        assertThat(nothing.heartRateSource()).contains("40 runs carry an average heart rate", "max_heartrate",
                "birth year");
    }

    @Test
    void five_zones_split_the_heart_rate_reserve_in_ten_point_bands() {
        var zones = HeartRateZones.of(new HeartRateProfile(190, HeartRateSource.PROFILE, 50, HeartRateSource.PROFILE));

        assertThat(zones.zones()).extracting(HeartRateZone::lowBpm).containsExactly(120, 134, 148, 162, 176);
        assertThat(zones.zones()).extracting(HeartRateZone::highBpm).containsExactly(134, 148, 162, 176, 190);
        assertThat(zones.zones()).extracting(HeartRateZone::number).containsExactly(1, 2, 3, 4, 5);
    }
}
