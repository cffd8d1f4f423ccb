package app.runaway.coach.science;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Daniels/Gilbert VDOT against Daniels' published tables (running-science.md). */
class VdotTest {
    // Tolerance stated in the reference: predictions within 1.5 s per km of Daniels' tables.
    private static final double SECONDS_PER_KM_TOLERANCE = 1.5;

    @ParameterizedTest(name = "VDOT {0}: 5k {1}, 10k {2}, half {3}, marathon {4}")
    @CsvSource({
            "30, 30:40, 1:03:46, 2:21:04, 4:49:17",
            "50, 19:57, 41:21, 1:31:35, 3:10:49",
            "60, 17:03, 35:22, 1:18:09, 2:43:25",
            "70, 14:55, 31:00, 1:08:21, 2:23:10"})
    void predicted_race_times_match_daniels_tables_within_one_and_a_half_seconds_per_km(
            double vdot, String fiveK, String tenK, String half, String marathon) {
        var fitness = new Vdot(vdot);

        assertPrediction(fitness, RaceDistance.FIVE_K, fiveK);
        assertPrediction(fitness, RaceDistance.TEN_K, tenK);
        assertPrediction(fitness, RaceDistance.HALF_MARATHON, half);
        assertPrediction(fitness, RaceDistance.MARATHON, marathon);
    }

    @Test
    void a_ten_k_race_in_forty_minutes_gives_vdot_fifty_one_point_nine() {
        var estimate = VdotEstimate.fromRace(10_000, 40 * 60);

        assertThat(estimate).isInstanceOf(Vdot.class);
        assertThat(Math.round(((Vdot) estimate).value() * 10) / 10.0).isEqualTo(51.9);
    }

    @Test
    void a_predicted_time_run_again_gives_back_the_same_vdot() {
        var seconds = new Vdot(45).raceSeconds(15_000);

        assertThat(((Vdot) VdotEstimate.fromRace(15_000, seconds)).value()).isCloseTo(45, within(1e-6));
    }

    @Test
    void training_paces_at_vdot_fifty_are_daniels_paces_to_the_second() {
        var paces = TrainingPaces.forVdot(new Vdot(50));

        // running-science.md: Easy 5:52-4:54, Marathon 4:31, Threshold 4:15, Interval 3:55-3:50 per km.
        assertPace(paces.easy().slowestSPerKm(), "5:52");
        assertPace(paces.easy().fastestSPerKm(), "4:54");
        assertPace(paces.marathon().fastestSPerKm(), "4:31");
        assertPace(paces.threshold().fastestSPerKm(), "4:15");
        assertPace(paces.interval().slowestSPerKm(), "3:55");
        assertPace(paces.interval().fastestSPerKm(), "3:50");
        // Daniels: repetition about 6 s per 400 m (15 s per km) faster than interval pace; his VDOT-50 R is 88 s/400 m
        assertThat(paces.repetition().slowestSPerKm()).isCloseTo(paces.interval().slowestSPerKm() - 15, within(1e-9));
        assertPace(paces.repetition().slowestSPerKm(), "3:40");
    }

    @Test
    void oxygen_cost_and_velocity_for_a_vo2_are_inverse() {
        var velocity = DanielsGilbert.velocityAt(50);

        assertThat(DanielsGilbert.oxygenCost(velocity)).isCloseTo(50, within(1e-9));
        // -4.60 + 0.182258 * 200 + 0.000104 * 200^2 = 36.0116
        assertThat(DanielsGilbert.oxygenCost(200)).isCloseTo(36.0116, within(1e-9));
    }

    @Test
    void a_walk_a_sprint_or_an_off_table_vdot_is_not_meaningful() {
        // 45 m/min: slower than the formula covers
        assertThat(VdotEstimate.fromRace(2_700, 3_600)).isInstanceOf(VdotEstimate.NotMeaningful.class);
        // 100 m in 5 s = 1200 m/min
        assertThat(VdotEstimate.fromRace(100, 5)).isInstanceOf(VdotEstimate.NotMeaningful.class);
        // a marathon in 2:00:00 is about VDOT 86; in 1:50:00 it leaves the tables
        assertThat(VdotEstimate.fromRace(42_195, 6_600)).isInstanceOf(VdotEstimate.NotMeaningful.class);
        // a 5 km walk-jog in 1:10:00 (71 m/min) is below VDOT 15
        assertThat(VdotEstimate.fromRace(5_000, 4_200)).isInstanceOf(VdotEstimate.NotMeaningful.class);
        assertThat(VdotEstimate.fromRace(0, 100)).isInstanceOf(VdotEstimate.NotMeaningful.class);
    }

    private static void assertPrediction(Vdot vdot, RaceDistance distance, String published) {
        var predicted = vdot.raceSeconds(distance.metres());
        var toleranceS = SECONDS_PER_KM_TOLERANCE * distance.metres() / 1000;
        assertThat(predicted).as("%s at VDOT %s", distance.code(), vdot.value())
                .isCloseTo(seconds(published), within(toleranceS));
    }

    private static void assertPace(double secondsPerKm, String published) {
        assertThat(Math.round(secondsPerKm)).isEqualTo((long) seconds(published));
    }

    private static double seconds(String clock) {
        var total = 0;
        for (var part : clock.split(":")) {
            total = total * 60 + Integer.parseInt(part);
        }
        return total;
    }
}
