package app.runaway.coach.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.Coach;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea;
import app.runaway.coach.Narrator;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last run and the breaks from running, said in words with their date. */
class RunningBreakTest {
    private static final LocalDate LAST = LocalDate.of(2025, 2, 14);

    /** Twelve weeks of 8 km five days a week (40 km a week) up to Friday 14 February 2025. */
    private static List<RunSample> history() {
        var runs = new ArrayList<RunSample>();
        for (var day = LAST.minusWeeks(12); !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                runs.add(TestRuns.run(day, 8, 330));
            }
        }
        return runs;
    }

    @Test
    void how_long_ago_is_said_in_days_weeks_months_or_years() {
        var last = new LastRun(LAST, 0);

        assertThat(last.day()).isEqualTo("Friday, 14 February 2025");
        assertThat(last.ago(LAST)).isEqualTo("today");
        assertThat(new LastRun(LAST, 1).ago(LAST.plusDays(1))).isEqualTo("1 day");
        assertThat(new LastRun(LAST, 13).ago(LAST.plusDays(13))).isEqualTo("13 days");
        assertThat(new LastRun(LAST, 21).ago(LAST.plusDays(21))).isEqualTo("3 weeks");
        assertThat(new LastRun(LAST, 670).ago(LAST.plusMonths(22))).isEqualTo("22 months");
        assertThat(new LastRun(LAST, 1600).ago(LAST.plusYears(4).plusMonths(5))).isEqualTo("4 years and 5 months");
    }

    @Test
    void a_break_is_two_weeks_without_running_ongoing_or_ended_within_six_weeks() {
        var history = history();
        var asOf = LAST.plusMonths(22);

        var ongoing = RunningBreak.latest(history, asOf).orElseThrow();
        var back = new ArrayList<>(history);
        back.add(TestRuns.run(asOf.minusDays(10), 4, 360));
        var ended = RunningBreak.latest(back, asOf).orElseThrow();

        assertThat(ongoing.ongoing()).isTrue();
        assertThat(ongoing.lastRunBefore()).isEqualTo(LAST);
        assertThat(ongoing.weeklyMBefore()).isEqualTo(40_000);
        assertThat(ended.firstRunAfter()).isEqualTo(asOf.minusDays(10));
        assertThat(RunningBreak.latest(history, LAST.plusDays(13))).as("thirteen days is no break").isEmpty();
        assertThat(RunningBreak.latest(List.of(), asOf)).as("a runner who never ran has no break").isEmpty();
    }

    @Test
    void a_history_analysed_22_months_after_its_last_run_says_so_and_plans_a_return() {
        var asOf = LAST.plusMonths(22);
        var report = new Coach(Runnable::run, Narrator.NONE).analyze(new CoachRequest(AthleteSnapshot.unknown(),
                history(), null, asOf, 90, FocusArea.ALL, List.of()));

        assertThat(report.performanceMetrics().sinceLastRun()).isEqualTo("22 months (since Friday, 14 February 2025)");
        assertThat(report.performanceMetrics().narrative()).startsWith("No runs for 22 months (since Friday, "
                + "14 February 2025).").doesNotContain("stable");
        assertThat(report.synthesis().overallAssessment()).startsWith("You have not run for 22 months (since "
                + "Friday, 14 February 2025): the plan is a return to running").doesNotContain("averaging 0.0");
        assertThat(report.workoutPlan().thisWeekKind()).isEqualTo("return");
        assertThat(report.workoutPlan().thisWeekTarget()).isEqualTo(8.0); // a fifth of the 40 km a week before
        assertThat(report.workoutPlan().thisWeek()).noneMatch(d -> List.of("threshold", "intervals", "long")
                .contains(d.type()));
        assertThat(report.synthesis().priorities().getFirst()).startsWith("Come back gradually");
    }
}
