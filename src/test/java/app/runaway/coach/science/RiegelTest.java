package app.runaway.coach.science;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RiegelTest {

    @Test
    void a_twenty_minute_five_k_predicts_a_forty_one_forty_two_ten_k() {
        // 1200 s x 2^1.06 = 2501.9 s = 41:42, the value Riegel calculators publish for a 20:00 5k
        var prediction = Riegel.predict(5_000, 20 * 60, 10_000);

        assertThat(prediction.seconds()).isCloseTo(41 * 60 + 42, within(1.0));
        assertThat(prediction.caveat()).isEmpty();
    }

    @Test
    void a_marathon_prediction_carries_the_too_fast_caveat() {
        var prediction = Riegel.predict(21_097.5, 90 * 60, 42_195);

        // 5400 s x 2^1.06 = 11258.6 s
        assertThat(prediction.seconds()).isCloseTo(5400 * Math.pow(2, 1.06), within(1e-6));
        assertThat(prediction.caveat()).hasValueSatisfying(c -> assertThat(c).contains("too fast"));
    }

    @Test
    void riegel_and_daniels_agree_closely_between_five_and_ten_k() {
        var vdot = new Vdot(50);
        var riegel = Riegel.predict(5_000, vdot.raceSeconds(5_000), 10_000);

        // different models, same physiology: within 1.5 s per km at 10 km
        assertThat(riegel.seconds()).isCloseTo(vdot.raceSeconds(10_000), within(15.0));
    }
}
