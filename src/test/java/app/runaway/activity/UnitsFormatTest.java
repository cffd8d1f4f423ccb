package app.runaway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.athlete.Units;
import org.junit.jupiter.api.Test;

class UnitsFormatTest {

    @Test
    void a_pace_rounds_to_whole_seconds_without_ever_showing_sixty() {
        assertThat(Pace.of(1000, 299).orElseThrow().format(Units.METRIC)).isEqualTo("4:59 /km");
        assertThat(new Pace(299.6 / 1000).format(Units.METRIC)).isEqualTo("5:00 /km");
    }

    @Test
    void a_mile_is_1609_344_metres() {
        assertThat(new Distance(16_093.44).format(Units.IMPERIAL)).isEqualTo("10.00 mi");
        assertThat(Pace.of(1609.344, 480).orElseThrow().format(Units.IMPERIAL)).isEqualTo("8:00 /mi");
        assertThat(Pace.of(1000, 300).orElseThrow().format(Units.IMPERIAL)).isEqualTo("8:03 /mi");
    }

    @Test
    void no_distance_or_no_time_has_no_pace() {
        assertThat(Pace.of(0, 600)).isEmpty();
        assertThat(Pace.of(5000, 0)).isEmpty();
    }

    @Test
    void durations_read_like_a_stopwatch() {
        assertThat(Durations.clock(2468)).isEqualTo("41:08");
        assertThat(Durations.clock(3883)).isEqualTo("1:04:43");
        assertThat(Durations.clock(59)).isEqualTo("0:59");
    }
}
