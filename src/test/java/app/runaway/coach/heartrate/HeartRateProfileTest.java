package app.runaway.coach.heartrate;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.AthleteSnapshot;
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

    @Test
    void five_zones_split_the_heart_rate_reserve_in_ten_point_bands() {
        var zones = HeartRateZones.of(new HeartRateProfile(190, HeartRateSource.PROFILE, 50, HeartRateSource.PROFILE));

        assertThat(zones.zones()).extracting(HeartRateZone::lowBpm).containsExactly(120, 134, 148, 162, 176);
        assertThat(zones.zones()).extracting(HeartRateZone::highBpm).containsExactly(134, 148, 162, 176, 190);
        assertThat(zones.zones()).extracting(HeartRateZone::number).containsExactly(1, 2, 3, 4, 5);
    }
}
