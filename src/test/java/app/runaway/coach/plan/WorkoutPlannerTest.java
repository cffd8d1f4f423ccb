package app.runaway.coach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.coach.RaceGoal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkoutPlannerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Set<DayOfWeek> FIVE_DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    // VDOT 50 (running-science.md): easy 5:52-4:54, marathon 4:31, threshold 4:15, interval 3:55-3:50 per km
    private static final PlanInputs.Paces VDOT_50 = new PlanInputs.Paces(352, 294, 271, 255, 235, 230, 220);

    private static PlanInputs inputs(List<Double> weeks, RaceGoal goal, List<PlanInputs.Unavailable> unavailable) {
        return new PlanInputs(MONDAY, weeks, 0, FIVE_DAYS, DayOfWeek.SUNDAY, VDOT_50, goal, unavailable);
    }

    @Test
    void a_build_week_grows_by_at_most_ten_percent_with_two_quality_days_apart_and_a_sunday_long_run() {
        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), null,
                List.of()));

        var usual = (40_000 + 30_000 + 40_000 + 40_000) / 4.0;
        assertThat(plan.thisWeekTargetM()).isCloseTo(usual * 1.07, within(1.0));
        assertThat(total(plan.thisWeek())).isCloseTo(plan.thisWeekTargetM(), within(plan.thisWeekTargetM() * 0.01));
        var longRun = day(plan.thisWeek(), DayOfWeek.SUNDAY);
        assertThat(longRun.type()).isEqualTo("long");
        assertThat(longRun.distanceM()).isLessThanOrEqualTo(plan.thisWeekTargetM() * 0.30 + 1);
        var quality = plan.thisWeek().stream().filter(PlannedDay::isHard).toList();
        assertThat(quality).extracting(PlannedDay::type).containsExactly("threshold", "intervals");
        assertThat(quality.get(1).date().toEpochDay() - quality.get(0).date().toEpochDay()).isGreaterThanOrEqualTo(2);
        assertThat(quality.get(0).paceTarget().fastestSPerKm()).isEqualTo(255);
        assertThat(easyShare(plan.thisWeek())).isGreaterThanOrEqualTo(0.78);
        assertThat(plan.thisWeek()).filteredOn(d -> d.date().getDayOfWeek() == DayOfWeek.MONDAY)
                .extracting(PlannedDay::type).containsExactly("rest");
    }

    @Test
    void three_weeks_of_building_are_followed_by_a_down_week() {
        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), null,
                List.of()));

        assertThat(plan.nextWeekTargetM()).isCloseTo(37_500 * 0.75, within(1.0));
        assertThat(plan.reasoning()).anyMatch(r -> r.startsWith("Next week:") && r.contains("down week"));
        assertThat(plan.nextWeek().stream().filter(PlannedDay::isHard)).hasSize(1);
    }

    @Test
    void an_a_race_gets_a_two_week_taper_and_race_day_carries_the_race() {
        var raceDay = MONDAY.plusDays(13); // Sunday next week
        var goal = new RaceGoal("Marathon under 3:10", 42_195, 11_400, raceDay, RaceGoal.Priority.A);

        var plan = WorkoutPlanner.plan(inputs(List.of(60_000.0, 62_000.0, 64_000.0), goal, List.of()));

        var usual = (60_000 + 62_000 + 64_000) / 3.0;
        assertThat(plan.thisWeekTargetM()).isCloseTo(usual * 0.7, within(1.0));
        // half the usual 62 km is less than the marathon itself: the race week is the race and two short easy runs,
        // so that its days add up to its target
        assertThat(plan.nextWeekTargetM()).isCloseTo(42_195 + 6_000, within(1.0));
        assertThat(total(plan.nextWeek())).isCloseTo(plan.nextWeekTargetM(), within(plan.nextWeekTargetM() * 0.01));
        var race = day(plan.nextWeek(), DayOfWeek.SUNDAY);
        assertThat(race.type()).isEqualTo("race");
        assertThat(race.distanceM()).isEqualTo(42_195);
        assertThat(race.paceTarget().fastestSPerKm()).isCloseTo(11_400 / 42.195, within(0.01));
        assertThat(plan.nextWeek()).filteredOn(d -> d.isHard() && !d.type().equals("race"))
                .allMatch(d -> d.date().isBefore(raceDay.minusDays(2)));
        assertThat(day(plan.nextWeek(), DayOfWeek.SATURDAY).type()).isEqualTo("rest");
    }

    @Test
    void a_c_race_gets_no_taper() {
        var goal = new RaceGoal("parkrun", 5_000, null, MONDAY.plusDays(12), RaceGoal.Priority.C);

        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), goal,
                List.of()));

        assertThat(plan.thisWeekTargetM()).isCloseTo(37_500 * 1.07, within(1.0));
    }

    @Test
    void an_injury_allows_no_running_and_no_intensity() {
        var injured = new PlanInputs.Unavailable("injured", MONDAY.plusDays(2), null);

        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 40_000.0), null, List.of(injured)));

        assertThat(plan.thisWeek()).filteredOn(d -> !d.date().isBefore(MONDAY.plusDays(2)))
                .allMatch(d -> d.type().equals("cross_training") && d.distanceM() == 0);
        assertThat(plan.nextWeek()).allMatch(d -> d.type().equals("cross_training"));
        assertThat(plan.thisWeek()).noneMatch(PlannedDay::isHard);
        assertThat(plan.reasoning()).anyMatch(r -> r.contains("hard limit"));
    }

    /**
     * Whether health shapes the plan is one decision, made from the weeks planned: days of illness or injury in them,
     * or a week that is a return from it. Periods long over, or starting after next week, do not.
     */
    @Test
    void health_shapes_the_plan_exactly_when_a_planned_week_holds_it_or_returns_from_it() {
        var weeks = List.of(40_000.0, 40_000.0, 40_000.0, 40_000.0);
        record Case(String what, PlanInputs.Unavailable period, boolean shapes) {
        }
        var cases = List.of(
                new Case("ongoing since last week", new PlanInputs.Unavailable("ill", MONDAY.minusDays(4), null), true),
                new Case("ended three days ago: this week is the first back",
                        new PlanInputs.Unavailable("ill", MONDAY.minusDays(10), MONDAY.minusDays(3)), true),
                new Case("Tuesday and Wednesday of this week",
                        new PlanInputs.Unavailable("injured", MONDAY.plusDays(1), MONDAY.plusDays(2)), true),
                new Case("starting next Friday", new PlanInputs.Unavailable("ill", MONDAY.plusDays(11), null), true),
                new Case("ended five weeks ago",
                        new PlanInputs.Unavailable("ill", MONDAY.minusDays(45), MONDAY.minusDays(35)), false),
                new Case("starting in three weeks",
                        new PlanInputs.Unavailable("injured", MONDAY.plusDays(21), null), false));
        for (var c : cases) {
            var plan = WorkoutPlanner.plan(inputs(weeks, null, List.of(c.period())));
            assertThat(plan.shapedByHealth()).as(c.what()).isEqualTo(c.shapes());
            assertThat(plan.reasoning().stream().anyMatch(r -> r.contains("hard limit"))).as(c.what())
                    .isEqualTo(c.shapes());
            var kinds = List.of(plan.thisWeekKind(), plan.nextWeekKind());
            if (!c.shapes()) {
                assertThat(kinds).as(c.what()).doesNotContain(WeekKind.RETURN, WeekKind.REST);
            }
        }
        assertThat(WorkoutPlanner.plan(inputs(weeks, null, List.of())).shapedByHealth()).isFalse();
    }

    @Test
    void the_first_week_back_is_half_the_usual_volume_and_all_easy() {
        var ill = new PlanInputs.Unavailable("ill", MONDAY.minusDays(10), MONDAY.minusDays(3));

        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 40_000.0, 40_000.0), null, List.of(ill)));

        assertThat(plan.thisWeekTargetM()).isCloseTo(20_000, within(1.0));
        assertThat(plan.thisWeek()).noneMatch(PlannedDay::isHard);
        assertThat(plan.nextWeekTargetM()).isCloseTo(30_000, within(1.0));
        assertThat(plan.nextWeek()).noneMatch(PlannedDay::isHard);
    }

    @Test
    void a_new_runner_without_history_or_paces_gets_a_gentle_effort_based_start() {
        var plan = WorkoutPlanner.plan(new PlanInputs(MONDAY, List.of(), 0, Set.of(), null, null, null, List.of()));

        assertThat(plan.thisWeekTargetM()).isCloseTo(WeeklyTargets.NEW_RUNNER_WEEK_M * 1.07, within(1.0));
        assertThat(plan.thisWeek()).allMatch(d -> d.paceTarget() == null);
        assertThat(plan.thisWeek().stream().filter(d -> d.distanceM() > 0).count()).isBetween(2L, 4L);
        assertThat(plan.reasoning()).anyMatch(r -> r.contains("VDOT"));
    }

    @Test
    void mid_week_the_plan_covers_the_days_left_with_what_is_left() {
        var wednesday = MONDAY.plusDays(2);
        var inputs = new PlanInputs(wednesday, List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), 12_000,
                FIVE_DAYS, DayOfWeek.SUNDAY, VDOT_50, null, List.of());

        var plan = WorkoutPlanner.plan(inputs);

        assertThat(plan.thisWeek().getFirst().date()).isEqualTo(wednesday);
        assertThat(total(plan.thisWeek())).isCloseTo(plan.thisWeekTargetM() - 12_000, within(400.0));
    }

    @Test
    void a_half_marathoner_with_two_recent_21_km_long_runs_keeps_them() {
        // the issue: 21.5 km twice in the last four weeks, aiming at a half, got a 9.6 km long run (30 % of 32 km)
        var goal = new RaceGoal("Half marathon under 1:50", 21_097.5, 6_600, MONDAY.plusWeeks(10), RaceGoal.Priority.A);
        // a down week two weeks ago: this week builds, next week is a down week
        var inputs = new PlanInputs(MONDAY, List.of(34_000.0, 25_000.0, 32_000.0, 33_000.0), 0, FIVE_DAYS,
                DayOfWeek.SUNDAY, VDOT_50, goal, List.of(), 0, 21_500, null);

        var plan = WorkoutPlanner.plan(inputs);

        var longRun = day(plan.thisWeek(), DayOfWeek.SUNDAY);
        assertThat(longRun.type()).isEqualTo("long");
        assertThat(longRun.distanceM()).isGreaterThanOrEqualTo(21_500);
        assertThat(plan.thisWeek()).allMatch(d -> d.distanceM() <= longRun.distanceM());
        assertThat(total(plan.thisWeek())).isCloseTo(plan.thisWeekTargetM(), within(plan.thisWeekTargetM() * 0.01));
        var nextLong = plan.nextWeek().stream().filter(d -> d.type().equals("long")).findFirst().orElseThrow();
        assertThat(nextLong.distanceM()).as("a down week cuts it by a quarter at most").isGreaterThanOrEqualTo(
                0.75 * 21_500);
    }

    @Test
    void at_fifteen_km_a_week_over_six_usual_days_there_are_fewer_proper_runs_and_no_quality() {
        var sixDays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        var inputs = new PlanInputs(MONDAY, List.of(15_000.0, 14_000.0, 16_000.0, 15_000.0), 0, sixDays,
                DayOfWeek.SUNDAY, VDOT_50, null, List.of(), 0, 4_500, null);

        var plan = WorkoutPlanner.plan(inputs);

        var runs = plan.thisWeek().stream().filter(d -> d.distanceM() > 0).toList();
        assertThat(runs).noneMatch(PlannedDay::isHard);
        assertThat(runs).allMatch(d -> d.distanceM() >= 3_000);
        assertThat(runs.size()).isBetween(2, 4);
        var longRun = day(plan.thisWeek(), DayOfWeek.SUNDAY);
        assertThat(runs).allMatch(d -> d.distanceM() <= longRun.distanceM());
        assertThat(total(plan.nextWeek())).isCloseTo(plan.nextWeekTargetM(), within(plan.nextWeekTargetM() * 0.01));
    }

    @Test
    void at_150_km_a_week_easy_runs_stay_sensible_the_long_run_longest_and_intervals_capped() {
        var sixDays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
        var goal = new RaceGoal("Marathon under 2:40", 42_195, 9_600, MONDAY.plusWeeks(12), RaceGoal.Priority.A);
        var inputs = new PlanInputs(MONDAY, List.of(150_000.0, 110_000.0, 145_000.0, 150_000.0), 0, sixDays,
                DayOfWeek.SUNDAY, VDOT_50, goal, List.of(), 0, 30_000, null);

        var plan = WorkoutPlanner.plan(inputs);

        var days = plan.thisWeek();
        var longRun = day(days, DayOfWeek.SUNDAY);
        assertThat(days.stream().filter(d -> d.type().equals("easy")).flatMap(d -> d.runsM().stream()))
                .allMatch(run -> run <= 16_000);
        assertThat(days.stream().filter(d -> !d.type().equals("long")).flatMap(d -> d.runsM().stream()))
                .allMatch(run -> run <= longRun.distanceM());
        var intervals = days.stream().filter(d -> d.type().equals("intervals")).findFirst().orElseThrow();
        assertThat(intervals.distanceM() - 3_000).isLessThanOrEqualTo(10_000);
        assertThat(days.stream().filter(d -> d.distanceM() > 0).count()).as("more days at this volume")
                .isGreaterThanOrEqualTo(6);
        assertThat(total(days)).isCloseTo(plan.thisWeekTargetM(), within(plan.thisWeekTargetM() * 0.01));
    }

    @Test
    void a_run_done_this_morning_counts_and_today_is_not_planned_again() {
        var wednesday = MONDAY.plusDays(2);
        var inputs = new PlanInputs(wednesday, List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), 18_000,
                FIVE_DAYS, DayOfWeek.SUNDAY, VDOT_50, null, List.of(), 8_000, 12_000, null);

        var plan = WorkoutPlanner.plan(inputs);

        assertThat(plan.thisWeek().getFirst().date()).isEqualTo(wednesday);
        assertThat(plan.thisWeek().getFirst().type()).isEqualTo("done");
        assertThat(plan.thisWeek().stream().filter(d -> d.date().equals(wednesday))).hasSize(1);
        assertThat(plan.doneThisWeekM()).isEqualTo(18_000);
        assertThat(total(plan.thisWeek()) - 8_000 + 18_000).isCloseTo(plan.thisWeekTargetM(),
                within(plan.thisWeekTargetM() * 0.01));
    }

    @Test
    void after_a_long_break_the_plan_is_a_return_to_running_scaled_to_the_break_and_what_was_run_before() {
        // last run 22 months ago, after weeks of about 40 km: a fifth of it, easy only
        var comeback = new PlanInputs.Comeback(MONDAY.minusMonths(22), null, 670, 40_000);
        var inputs = new PlanInputs(MONDAY, List.of(0.0, 0.0, 0.0, 0.0), 0, FIVE_DAYS, DayOfWeek.SUNDAY, VDOT_50,
                null, List.of(), 0, 0, comeback);

        var plan = WorkoutPlanner.plan(inputs);

        assertThat(plan.thisWeekKind()).isEqualTo(WeekKind.RETURN);
        assertThat(plan.thisWeekTargetM()).isCloseTo(8_000, within(1.0));
        assertThat(plan.nextWeekTargetM()).isCloseTo(10_000, within(1.0));
        assertThat(plan.thisWeek()).noneMatch(PlannedDay::isHard).noneMatch(d -> d.type().equals("long"));
        assertThat(plan.nextWeek()).noneMatch(PlannedDay::isHard);
        assertThat(plan.reasoning().getFirst()).contains("670 days without running", "20 %", "40.0 km");
    }

    @Test
    void injured_and_healthy_again_the_same_day_still_eases_back_in() {
        // AthleteStatuses keeps such a period, ending the day before it began: it covers no day
        var wednesday = MONDAY.plusDays(2);
        var sameDay = new PlanInputs.Unavailable("injured", wednesday, wednesday.minusDays(1));
        var inputs = new PlanInputs(wednesday, List.of(40_000.0, 40_000.0, 40_000.0, 40_000.0), 0, FIVE_DAYS,
                DayOfWeek.SUNDAY, VDOT_50, null, List.of(sameDay));

        var plan = WorkoutPlanner.plan(inputs);

        assertThat(plan.thisWeekKind()).isEqualTo(WeekKind.RETURN);
        assertThat(plan.thisWeekTargetM()).isCloseTo(20_000, within(1.0));
        assertThat(plan.thisWeek()).noneMatch(PlannedDay::isHard);
        assertThat(plan.nextWeekKind()).isEqualTo(WeekKind.RETURN);
        assertThat(plan.nextWeek()).noneMatch(PlannedDay::isHard);
    }

    @Test
    void a_goal_whose_day_has_passed_is_not_planned_toward() {
        var past = new RaceGoal("Marathon", 42_195, 12_000, MONDAY.minusDays(1906), RaceGoal.Priority.A);

        var plan = WorkoutPlanner.plan(inputs(List.of(40_000.0, 40_000.0, 30_000.0, 40_000.0, 40_000.0), past,
                List.of()));

        assertThat(plan.thisWeekKind()).isEqualTo(WeekKind.BUILD);
        assertThat(plan.thisWeek()).noneMatch(d -> d.type().equals("race"));
        assertThat(plan.reasoning()).anyMatch(r -> r.contains("has passed")).noneMatch(r -> r.startsWith("Planned"));
    }

    private static double total(List<PlannedDay> days) {
        return days.stream().mapToDouble(PlannedDay::distanceM).sum();
    }

    private static double easyShare(List<PlannedDay> days) {
        var hard = days.stream().filter(PlannedDay::isHard).mapToDouble(d -> d.distanceM() - 3_000).sum();
        return 1 - hard / total(days);
    }

    private static PlannedDay day(List<PlannedDay> days, DayOfWeek dayOfWeek) {
        return days.stream().filter(d -> d.date().getDayOfWeek() == dayOfWeek).findFirst().orElseThrow();
    }

    @Test
    void an_athlete_who_counts_in_miles_reads_miles_in_every_sentence_of_the_plan() {
        var weeks = List.of(60_000.0, 62_000.0, 58_000.0, 64_000.0);
        var wednesday = MONDAY.plusDays(2);
        for (var words : List.of(DistanceWords.METRIC, new DistanceWords(true))) {
            var plan = WorkoutPlanner.plan(new PlanInputs(wednesday, weeks, 12_000, FIVE_DAYS, DayOfWeek.SUNDAY,
                    VDOT_50, null, List.of(), 6_000, 18_000, null, words));
            var sentences = new java.util.ArrayList<>(plan.reasoning());
            plan.thisWeek().forEach(d -> sentences.add(d.description()));
            plan.nextWeek().forEach(d -> sentences.add(d.description()));

            var other = words.imperial() ? " km" : " mi";
            assertThat(sentences).as(words.unit()).noneMatch(s -> s.contains(other));
            assertThat(sentences).as(words.unit()).anyMatch(s -> s.matches(".*\\d+\\.\\d " + words.unit() + ".*"));
        }
        // 6 km run today, in miles: 6 / 1.609344 = 3.73 -> "3.7 mi"
        var imperial = WorkoutPlanner.plan(new PlanInputs(wednesday, weeks, 12_000, FIVE_DAYS, DayOfWeek.SUNDAY,
                VDOT_50, null, List.of(), 6_000, 18_000, null, new DistanceWords(true)));
        assertThat(imperial.thisWeek().getFirst().description()).isEqualTo("3.7 mi run today");
    }
}
