package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyVolumeTest {
    // Wednesday 2026-06-10; its ISO week starts Monday 2026-06-08
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 10);

    @Test
    void weeks_start_on_monday_and_the_current_week_counts_up_to_the_day() {
        var runs = List.of(
                TestRuns.run(LocalDate.of(2026, 6, 7), 12, 330),   // Sunday: previous week
                TestRuns.run(LocalDate.of(2026, 6, 8), 8, 330),    // Monday
                TestRuns.run(WEDNESDAY, 5, 330),
                TestRuns.run(WEDNESDAY.plusDays(1), 20, 330),      // after the day of analysis: ignored
                TestRuns.asSport(TestRuns.run(WEDNESDAY, 40, 120), "Ride"));

        var volume = WeeklyVolume.of(runs, WEDNESDAY);

        assertThat(volume.currentWeek().monday()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(volume.currentWeek().distanceM()).isEqualTo(13_000);
        assertThat(volume.currentWeek().runs()).isEqualTo(2);
        assertThat(volume.currentWeek().complete()).isFalse();
        assertThat(volume.weeks()).hasSize(2);
        assertThat(volume.fourWeekAverageM().getAsDouble()).isEqualTo(12_000);
    }

    @Test
    void trailing_averages_cover_the_weeks_before_the_current_one() {
        var runs = new ArrayList<RunSample>();
        // 14 past weeks: week i (oldest first) has (i mod 3) + 1 runs of 5 km on consecutive days from Tuesday
        var firstMonday = LocalDate.of(2026, 3, 2);
        for (var week = 0; week < 14; week++) {
            for (var r = 0; r <= week % 3; r++) {
                runs.add(TestRuns.run(firstMonday.plusWeeks(week).plusDays(1 + r), 5, 330));
            }
        }
        // distances per week: 5, 10, 15, 5, 10, 15, ... ; the day of analysis is the Monday of week 15
        var volume = WeeklyVolume.of(runs, firstMonday.plusWeeks(14));

        // last 4 weeks (10..13): 10, 15, 5, 10 km -> 10 km; last 12 weeks (2..13): 4 x (15 + 5 + 10) / 12 = 10 km
        assertThat(volume.fourWeekAverageM().getAsDouble()).isCloseTo((10_000 + 15_000 + 5_000 + 10_000) / 4.0,
                within(1e-9));
        assertThat(volume.twelveWeekAverageM().getAsDouble()).isCloseTo(10_000, within(1e-9));
        assertThat(volume.currentWeek().distanceM()).isZero();
    }

    @Test
    void no_runs_give_one_empty_current_week_and_no_averages() {
        var volume = WeeklyVolume.of(List.of(), WEDNESDAY);

        assertThat(volume.weeks()).hasSize(1);
        assertThat(volume.currentWeek().distanceM()).isZero();
        assertThat(volume.fourWeekAverageM()).isEmpty();
        assertThat(ConsistencyScore.of(volume)).isEmpty();
    }
}
