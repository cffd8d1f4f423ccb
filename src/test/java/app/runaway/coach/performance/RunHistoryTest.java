package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.coach.science.RaceDistance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run types, average pace by type, best efforts and the best VDOT. */
class RunHistoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final RunSample EASY_1 = TestRuns.run(DAY, 8, 330);
    private static final RunSample EASY_2 = TestRuns.run(DAY.plusDays(1), 10, 340);
    private static final RunSample EASY_3 = TestRuns.run(DAY.plusDays(3), 8, 320);
    private static final RunSample LONG = TestRuns.run(DAY.plusDays(5), 21, 345);
    private static final RunSample UNTAGGED_RACE = TestRuns.run(DAY.plusDays(7), 10, 240);
    private static final RunSample TAGGED_LONG = TestRuns.tagged(TestRuns.run(DAY.plusDays(9), 14, 335), "long_run");
    private static final List<RunSample> HISTORY = List.of(EASY_1, EASY_2, EASY_3, LONG, UNTAGGED_RACE, TAGGED_LONG);

    @Test
    void untagged_runs_are_typed_by_pace_and_length_against_the_athletes_median_run() {
        var classifier = RunTypeClassifier.calibratedOn(HISTORY);

        assertThat(classifier.classify(EASY_1)).isEqualTo(RunType.EASY);
        assertThat(classifier.classify(LONG)).isEqualTo(RunType.LONG);
        assertThat(classifier.classify(UNTAGGED_RACE)).isEqualTo(RunType.WORKOUT);
        assertThat(classifier.classify(TAGGED_LONG)).isEqualTo(RunType.LONG);
        assertThat(classifier.classify(TestRuns.tagged(EASY_1, "race"))).isEqualTo(RunType.RACE);
    }

    @Test
    void average_pace_per_run_type_is_total_time_over_total_distance() {
        var paces = AveragePace.byRunType(HISTORY, RunTypeClassifier.calibratedOn(HISTORY));

        assertThat(paces).extracting(AveragePace::runType)
                .containsExactly(RunType.EASY, RunType.LONG, RunType.WORKOUT);
        var easy = paces.getFirst();
        assertThat(easy.runs()).isEqualTo(3);
        // (8 x 330 + 10 x 340 + 8 x 320) s over 26 km
        assertThat(easy.secondsPerKm()).isCloseTo((8 * 330 + 10 * 340 + 8 * 320) / 26.0, within(0.05));
        // long: (21 x 345 + 14 x 335) / 35
        assertThat(paces.get(1).secondsPerKm()).isCloseTo((21 * 345 + 14 * 335) / 35.0, within(0.05));
    }

    @Test
    void best_efforts_take_the_fastest_run_at_least_as_long_as_the_distance() {
        var efforts = BestEffort.among(HISTORY);

        assertThat(efforts).extracting(BestEffort::distance)
                .containsExactly(RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF_MARATHON);
        assertThat(efforts.get(1).activityId()).isEqualTo(UNTAGGED_RACE.activityId());
        assertThat(efforts.get(1).estimatedSeconds()).isCloseTo(2400, within(0.5));
        // 5k from the 10 km at 4:00 /km: 20:00
        assertThat(efforts.getFirst().estimatedSeconds()).isCloseTo(1200, within(0.5));
        // the half from the 21 km run at 5:45 /km over 21.0975 km
        assertThat(efforts.get(2).activityId()).isEqualTo(LONG.activityId());
        assertThat(efforts.get(2).estimatedSeconds()).isCloseTo(345 * 21.0975, within(0.5));
    }

    @Test
    void a_single_ten_k_race_in_forty_minutes_among_easy_runs_gives_vdot_fifty_one_point_nine() {
        var evidence = VdotEvidence.bestAmong(HISTORY, RunTypeClassifier.calibratedOn(HISTORY)).orElseThrow();

        assertThat(evidence.activityId()).isEqualTo(UNTAGGED_RACE.activityId());
        assertThat(Math.round(evidence.vdot().value() * 10) / 10.0).isEqualTo(51.9);
    }

    @Test
    void easy_running_alone_gives_no_vdot() {
        var easy = List.of(EASY_1, EASY_2, EASY_3);

        assertThat(VdotEvidence.bestAmong(easy, RunTypeClassifier.calibratedOn(easy))).isEmpty();
    }
}
