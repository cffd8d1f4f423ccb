package app.runaway.coach.science;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeartRateScienceTest {

    @Test
    void banister_trimp_of_a_half_hour_at_130_for_a_man_is_about_31_point_8() {
        // dHR = (130 - 40) / (200 - 40) = 0.5625; 30 x 0.5625 x 0.64 x e^(1.92 x 0.5625) = 31.80
        assertThat(BanisterTrimp.MEN.of(30, 130, 40, 200)).isCloseTo(31.8, within(0.05));
    }

    @Test
    void banister_trimp_weights_women_with_their_own_coefficients() {
        // 30 x 0.5625 x 0.86 x e^(1.67 x 0.5625) = 14.5125 x 2.5575 = 37.12
        assertThat(BanisterTrimp.forSex("F").of(30, 130, 40, 200)).isCloseTo(37.12, within(0.05));
        assertThat(BanisterTrimp.forSex(null)).isEqualTo(BanisterTrimp.MEN);
    }

    @Test
    void a_heart_rate_below_rest_or_above_max_is_clipped_to_the_reserve() {
        assertThat(BanisterTrimp.MEN.of(30, 35, 40, 200)).isZero();
        // clipped to dHR = 1: 30 x 0.64 x e^1.92
        assertThat(BanisterTrimp.MEN.of(30, 210, 40, 200)).isCloseTo(30 * 0.64 * Math.exp(1.92), within(1e-9));
    }

    @Test
    void karvonen_targets_for_max_190_and_rest_50() {
        var karvonen = new Karvonen(190, 50);

        assertThat(karvonen.targetBpm(0.60)).isEqualTo(134);
        assertThat(karvonen.targetBpm(0.70)).isEqualTo(148);
        assertThat(karvonen.targetBpm(0.80)).isEqualTo(162);
        assertThat(karvonen.targetBpm(0.90)).isEqualTo(176);
    }

    @Test
    void daniels_heart_rate_share_follows_the_log_regression() {
        // 0.68725 ln(0.88) + 1.00466 = 0.91681: threshold running near 92 % of HRmax, as Daniels tabulates
        assertThat(DanielsHeartRate.shareOfMax(0.88)).isCloseTo(0.91681, within(1e-5));
        // easy band 59-74 % of VDOT -> about 64-80 % of HRmax
        assertThat(DanielsHeartRate.shareOfMax(0.59)).isCloseTo(0.64204, within(1e-5));
        assertThat(DanielsHeartRate.shareOfMax(1.0)).isEqualTo(1.0);
    }
}
