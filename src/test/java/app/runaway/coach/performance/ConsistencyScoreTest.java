package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ConsistencyScoreTest {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void the_same_week_every_week_is_perfectly_consistent() {
        var runs = new ArrayList<RunSample>();
        for (var week = 0; week < 12; week++) {
            for (var day : new int[] {1, 3, 5}) {
                runs.add(TestRuns.run(FIRST_MONDAY.plusWeeks(week).plusDays(day), 8, 330));
            }
        }

        var score = ConsistencyScore.of(WeeklyVolume.of(runs, FIRST_MONDAY.plusWeeks(12))).orElseThrow();

        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.usualRunsPerWeek()).isEqualTo(3);
        assertThat(score.weeks()).isEqualTo(12);
    }

    @Test
    void missed_weeks_cost_both_frequency_and_steadiness() {
        var runs = new ArrayList<RunSample>();
        // 8 weeks: 3 runs of 10 km in weeks 0-5, nothing in weeks 6 and 7
        for (var week = 0; week < 6; week++) {
            for (var day : new int[] {1, 3, 5}) {
                runs.add(TestRuns.run(FIRST_MONDAY.plusWeeks(week).plusDays(day), 10, 330));
            }
        }

        var score = ConsistencyScore.of(WeeklyVolume.of(runs, FIRST_MONDAY.plusWeeks(8))).orElseThrow();

        // frequency: 6 of 8 weeks had the usual 3 runs = 0.75
        // weekly km: six 30s and two 0s: mean 22.5, population sd sqrt((6 x 7.5^2 + 2 x 22.5^2) / 8) = 12.990
        // steadiness: 1 - 12.990 / 22.5 = 0.42265; score (0.75 + 0.42265) / 2 = 0.58632
        assertThat(score.frequencyShare()).isEqualTo(0.75);
        assertThat(score.volumeSteadiness()).isCloseTo(1 - Math.sqrt((6 * 56.25 + 2 * 506.25) / 8) / 22.5,
                within(1e-9));
        assertThat(score.score()).isCloseTo(0.58632, within(1e-5));
    }
}
