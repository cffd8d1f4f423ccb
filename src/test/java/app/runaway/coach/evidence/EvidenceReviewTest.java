package app.runaway.coach.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.EvidenceChoice;
import app.runaway.coach.PersonalBests;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.coach.performance.PerformanceAnalyzer;
import app.runaway.coach.AthleteSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which runs are credible evidence of fitness. The history: twelve weeks of a runner whose honest 5k and 10k
 * efforts give VDOT 42-44 (a 5k in 22:30 is 43.9 by Daniels and Gilbert, 23:10 is 42.4, a 10k in 47:00 is 43.7),
 * with four easy runs a week at 5:40 /km.
 */
class EvidenceReviewTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

    private static List<RunSample> honestHistory() {
        var runs = new ArrayList<RunSample>();
        for (var week = 0; week < 12; week++) {
            var monday = AS_OF.minusWeeks(12 - week).plusDays(1);
            for (var day : new int[] {0, 2, 4, 6}) {
                runs.add(TestRuns.withHeartRate(TestRuns.run(monday.plusDays(day), 8 + week % 3, 340), 142, 160));
            }
            var effort = week % 2 == 0 ? TestRuns.timed(monday.plusDays(5), 5_000, 1_350 + week * 4)
                    : TestRuns.timed(monday.plusDays(5), 10_000, 2_820 + week * 3);
            runs.add(TestRuns.withHeartRate(effort, 171, 184));
        }
        return runs;
    }

    @Test
    void the_issues_glitch_is_left_out_and_the_vdot_comes_from_the_honest_efforts() {
        var history = honestHistory();
        // 5.13 km, moving 19:53 of 33:59 elapsed, top speed 9.2 m/s: VDOT 51.8 on its moving time
        var glitch = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(3), 5_130, 1_193), 2_039, 9.2,
                "Lunch Run", null);
        history.add(glitch);

        var review = EvidenceReview.of(history);
        var analysis = PerformanceAnalyzer.analyze(history, AthleteSnapshot.unknown(), AS_OF, 90);

        assertThat(review.isCredible(glitch)).isFalse();
        assertThat(review.suspects()).singleElement().satisfies(s -> {
            assertThat(s.run().activityId()).isEqualTo(glitch.activityId());
            assertThat(s.checks()).contains("paused");
            assertThat(s.reason()).contains("19:53", "59 %", "33:59");
        });
        var vdot = analysis.bestVdot().orElseThrow().vdot().value();
        assertThat(vdot).isBetween(42.0, 44.5);
        assertThat(analysis.bestEfforts()).noneMatch(e -> e.activityId() == glitch.activityId());
    }

    @Test
    void a_pace_no_runner_ever_ran_is_impossible() {
        var history = honestHistory();
        var impossible = TestRuns.timed(AS_OF.minusDays(2), 4_180, 60);
        var worldRecordPlus = TestRuns.timed(AS_OF.minusDays(4), 5_000, 740); // 12:20, faster than 12:35.36
        history.addAll(List.of(impossible, worldRecordPlus));

        var review = EvidenceReview.of(history);

        assertThat(review.suspects()).extracting(s -> s.run().activityId())
                .containsExactlyInAnyOrder(impossible.activityId(), worldRecordPlus.activityId());
        assertThat(review.suspects()).allSatisfy(s -> assertThat(s.checks()).contains("impossible_pace"));
    }

    @Test
    void an_average_speed_above_the_recorded_top_speed_is_a_wrong_distance_or_time() {
        var history = honestHistory();
        var wrong = TestRuns.recorded(TestRuns.run(AS_OF.minusDays(2), 8, 300), 2_400, 2.9, "Run", null);
        history.add(wrong); // 3.33 m/s on average, 2.9 m/s at most

        assertThat(EvidenceReview.of(history).suspects()).singleElement()
                .satisfies(s -> assertThat(s.checks()).containsExactly("average_above_top_speed"));
    }

    @Test
    void pauses_and_repeats_leave_out_a_hard_looking_run_but_not_an_easy_one() {
        var history = honestHistory();
        var repeats = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(2), 6_000, 1_500), 2_100, 5.6,
                "Track", null); // 4:10 /km moving, 71 % of elapsed
        var coffeeStop = TestRuns.recorded(TestRuns.run(AS_OF.minusDays(1), 8, 345), 3_900, 3.6, "Run", null);
        var named = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(5), 6_000, 1_500), 1_500, 5.8,
                "6 x 800 @ 3:45", null);
        var described = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(6), 2_300, 520), 520, null,
                "race mileage", "1500+800\nmid week");
        history.addAll(List.of(repeats, coffeeStop, named, described));

        var review = EvidenceReview.of(history);

        assertThat(review.isCredible(coffeeStop)).as("an easy run with a stop is still a fair easy pace").isTrue();
        assertThat(review.suspects()).extracting(s -> s.run().activityId())
                .containsExactlyInAnyOrder(repeats.activityId(), named.activityId(), described.activityId());
        assertThat(review.suspects()).filteredOn(s -> s.run().activityId() == repeats.activityId())
                .singleElement().satisfies(s -> assertThat(s.checks()).containsExactly("broken_by_pauses"));
        assertThat(review.suspects()).filteredOn(s -> s.run().activityId() == described.activityId())
                .singleElement().satisfies(s -> assertThat(s.reason()).contains("1500+800"));
    }

    @Test
    void a_pace_far_above_the_athletes_year_is_an_outlier_unless_a_race_tag_or_a_high_heart_rate_backs_it() {
        // 10 km in 36:00 is VDOT 58.4, fourteen points above every other effort
        var outlier = TestRuns.timed(AS_OF.minusDays(9), 10_000, 2_160);
        var race = TestRuns.tagged(outlier, "race");
        var hardHeart = TestRuns.withHeartRate(outlier, 182, 193);

        assertThat(suspectChecks(outlier)).containsExactly("pace_outlier");
        assertThat(suspectChecks(race)).as("the athlete's race").isEmpty();
        assertThat(suspectChecks(hardHeart)).as("a heart rate among the athlete's highest").isEmpty();
    }

    /** The checks a run fails when added to the honest history. */
    private static List<String> suspectChecks(RunSample run) {
        var history = honestHistory();
        history.add(run);
        return EvidenceReview.of(history).suspects().stream().filter(s -> s.run().activityId() == run.activityId())
                .flatMap(s -> s.checks().stream()).toList();
    }

    @Test
    void a_smaller_jump_needs_a_second_sign_of_a_fault() {
        var history = honestHistory();
        // 10 km in 44:30 is VDOT 46.6: about 3 above the second best effort (44.1)
        var jumped = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(2), 10_000, 2_670), 2_680, 11.4, "Run",
                null);
        var clean = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(30), 10_000, 2_670), 2_680, 5.2, "Run",
                null);
        history.addAll(List.of(jumped, clean));

        var review = EvidenceReview.of(history);

        assertThat(review.isCredible(clean)).isTrue();
        assertThat(review.suspects()).singleElement().satisfies(s -> {
            assertThat(s.run().activityId()).isEqualTo(jumped.activityId());
            assertThat(s.checks()).containsExactly("pace_outlier", "top_speed");
        });
    }

    @Test
    void the_athletes_choice_overrides_the_checks() {
        var history = honestHistory();
        var vouched = TestRuns.timed(AS_OF.minusDays(9), 10_000, 2_160).withEvidence(EvidenceChoice.INCLUDE);
        var doubted = history.removeLast().withEvidence(EvidenceChoice.EXCLUDE);
        history.addAll(List.of(vouched, doubted));

        var review = EvidenceReview.of(history);

        assertThat(review.isCredible(vouched)).isTrue();
        assertThat(review.suspects()).singleElement().satisfies(s -> {
            assertThat(s.run().activityId()).isEqualTo(doubted.activityId());
            assertThat(s.excludedByAthlete()).isTrue();
        });
    }

    @Test
    void records_are_the_coachs_best_efforts_over_credible_runs_whatever_period_is_asked() {
        var history = honestHistory();
        var glitch = TestRuns.recorded(TestRuns.timed(AS_OF.minusDays(3), 5_130, 1_193), 2_039, 9.2, "Run", null);
        history.add(glitch);

        var allTime = PersonalBests.among(history);
        var lastMonth = PersonalBests.among(history, AS_OF.minusDays(30), AS_OF);
        var analysis = PerformanceAnalyzer.analyze(history, AthleteSnapshot.unknown(), AS_OF, 30);

        assertThat(allTime).noneMatch(b -> b.activityId() == glitch.activityId());
        assertThat(lastMonth).extracting(PersonalBests.Best::activityId).containsExactlyElementsOf(
                analysis.bestEfforts().stream().map(e -> e.activityId()).toList());
        assertThat(allTime.getFirst().raceTimeS()).isCloseTo(1_350, within(1.0));
    }

    @Test
    void walks_rides_and_other_sports_are_no_evidence_and_are_not_reviewed() {
        var history = honestHistory();
        var ride = TestRuns.asSport(TestRuns.timed(AS_OF.minusDays(1), 40_000, 3_600), "Ride");
        history.add(ride);

        var review = EvidenceReview.of(history);

        assertThat(review.suspects()).isEmpty();
        assertThat(review.isCredible(ride)).isFalse();
    }
}
