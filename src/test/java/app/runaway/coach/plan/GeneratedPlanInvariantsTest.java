package app.runaway.coach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea;
import app.runaway.coach.Narrator;
import app.runaway.coach.RunSample;
import app.runaway.coach.plan.GeneratedAthletes.Case;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The plan invariants over thousands of generated athlete-weeks (see {@link GeneratedAthletes}: 10 to 160 km a
 * week, 2 to 7 running days, with and without goals, race weeks, illness and injury, breaks from running). Each
 * invariant is checked from the history by this test's own arithmetic, on this week and next week of every plan.
 * Prints the cases run and every invariant's count; none may fail.
 */
class GeneratedPlanInvariantsTest {
    private static final int ATHLETES = 144;
    private static final int WEEKS_PER_ATHLETE = 21;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private final Coach coach = new Coach(Runnable::run, Narrator.NONE);
    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> cases = new TreeMap<>();

    @Test
    void every_plan_invariant_holds_for_every_generated_athlete_week() {
        var athleteWeeks = 0;
        for (var i = 0; i < ATHLETES; i++) {
            var athlete = GeneratedAthletes.athlete(i);
            for (var c : GeneratedAthletes.cases(athlete, WEEKS_PER_ATHLETE)) {
                var report = coach.analyze(new CoachRequest(AthleteSnapshot.unknown(), c.history(), c.goal(),
                        c.asOf(), 90, FocusArea.ALL, c.unavailable()));
                check(c, report);
                athleteWeeks++;
                count("volume " + band(athlete.weeklyKm()) + " km a week");
                count("run days " + athlete.runDays());
                count("situation: " + c.situation());
                count("this week " + report.workoutPlan().thisWeekKind());
                count("next week " + report.workoutPlan().nextWeekKind());
            }
        }
        System.out.printf(Locale.ROOT, "Plan invariants: %d athletes, %d athlete-weeks (%d planned weeks)%n",
                ATHLETES, athleteWeeks, 2 * athleteWeeks);
        cases.forEach((name, n) -> System.out.printf(Locale.ROOT, "  cases  %-45s %5d%n", name, n));
        tally.forEach((name, counts) -> System.out.printf(Locale.ROOT, "  %-72s checked %5d, failed %d%n", name,
                counts[0], counts[1]));
        failures.stream().limit(40).forEach(f -> System.out.println("  FAILED " + f));
        assertThat(athleteWeeks).isGreaterThanOrEqualTo(3_000);
        assertThat(failures).as("invariant failures").isEmpty();
    }

    private void check(Case c, CoachReport report) {
        var plan = report.workoutPlan();
        var monday = GeneratedAthletes.monday(c.asOf());
        var runs = c.history().stream().filter(RunSample::isRun).toList();
        var doneThisWeek = sum(runs, r -> !r.localDate().isBefore(monday));
        var doneToday = sum(runs, r -> r.localDate().equals(c.asOf()));
        var current = currentLongRun(runs, monday);
        var thisWeek = new Week("this week", plan.thisWeek(), plan.thisWeekTarget() * 1000, plan.thisWeekKind(),
                c.asOf().getDayOfWeek().getValue() == 1 && doneThisWeek == 0);
        var nextWeek = new Week("next week", plan.nextWeek(), plan.nextWeekTarget() * 1000, plan.nextWeekKind(),
                true);
        for (var week : List.of(thisWeek, nextWeek)) {
            longRunIsTheLongest(c, week);
            longRunFollowsTheCurrentOne(c, week, current);
            sessionsScaleWithVolume(c, week);
        }
        daysAddUp(c, plan, doneThisWeek, thisWeek, nextWeek);
        todaysRunsCount(c, plan, doneThisWeek, doneToday);
        returnAfterIllnessOrInjury(c, thisWeek, nextWeek);
        pastGoalsAreNotPlanned(c, report);
        breaksAreSaidAndEasedBack(c, report, runs, thisWeek);
    }

    /** A planned week as the report shows it; {@code full} when it is planned from its Monday with nothing done. */
    private record Week(String name, List<CoachReport.PlanDay> days, double targetM, String kind, boolean full) {
        List<CoachReport.PlanDay> planned() {
            return days.stream().filter(d -> d.distanceM() > 0 && !d.type().equals("done")).toList();
        }

        double plannedM() {
            return planned().stream().mapToDouble(CoachReport.PlanDay::distanceM).sum();
        }

        List<Double> singleRunsM() {
            var runs = new ArrayList<Double>();
            for (var day : planned()) {
                if (day.runs().size() > 1) {
                    day.runs().forEach(km -> runs.add(km * 1000));
                } else {
                    runs.add(day.distanceM());
                }
            }
            return runs;
        }

        CoachReport.PlanDay longRun() {
            return days.stream().filter(d -> d.type().equals("long")).findFirst().orElse(null);
        }
    }

    // I1: the long run is the longest session of its week
    private void longRunIsTheLongest(Case c, Week week) {
        var longRun = week.longRun();
        if (longRun == null) {
            return;
        }
        var longest = week.planned().stream().filter(d -> !d.type().equals("long") && !d.type().equals("race"))
                .mapToDouble(d -> d.runs().size() > 1 ? d.runs().stream().mapToDouble(km -> km * 1000).max()
                        .orElse(0) : d.distanceM()).max().orElse(0);
        verify("the long run is the longest session of its week", longRun.distanceM() >= longest - 1, c, week,
                "long " + longRun.distanceM() + " m, another session " + longest + " m");
    }

    // I2: never cut the current long run by more than a down week would; grow it toward the goal in a build week
    private void longRunFollowsTheCurrentOne(Case c, Week week, double current) {
        var longRun = week.longRun();
        if (!week.full() || longRun == null || current <= 0
                || !(week.kind().equals("build") || week.kind().equals("down"))) {
            return;
        }
        // a week smaller than the current long run cannot hold it: then the long run is the whole week
        // (10 m: the target is shown in km with two decimals)
        verify("the long run is never cut by more than a down week (75 %) would", longRun.distanceM()
                >= Math.min(0.75 * current, week.targetM()) - 10, c, week, "long " + longRun.distanceM()
                + " m, current " + round(current));
        if (week.kind().equals("build")) {
            verify("a build week's long run is no shorter than the current one", longRun.distanceM()
                    >= Math.min(current, week.targetM()) - 10, c, week, "long " + longRun.distanceM() + " m, current "
                    + round(current));
        }
    }

    // I3: session sizes scale with volume
    private void sessionsScaleWithVolume(Case c, Week week) {
        if (week.planned().isEmpty()) {
            return;
        }
        var shortest = week.singleRunsM().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        verify("every planned run is at least 3 km", shortest >= 3_000 - 1, c, week, "a run of " + round(shortest));
        var easy = week.planned().stream().filter(d -> d.type().equals("easy"))
                .flatMap(d -> d.runs().stream()).mapToDouble(km -> km * 1000).max().orElse(0);
        verify("no easy run is longer than 16 km (more volume: more days, then doubles)", easy <= 16_000 + 10, c,
                week, "an easy run of " + round(easy));
        var quality = week.planned().stream().filter(d -> d.type().equals("threshold") || d.type().equals("intervals"))
                .toList();
        var weekM = week.targetM();
        verify("no quality session below 20 km a week, at most one below 40 km", quality.isEmpty() || (weekM >= 20_000
                - 10 && (quality.size() < 2 || weekM >= 40_000 - 10)), c, week, quality.size()
                + " quality sessions in a week of " + round(weekM));
        for (var session : quality) {
            var work = session.distanceM() - 3_000;
            // shares of the week the sessions were sized for, which is within 1 % of the target shown
            if (session.type().equals("intervals")) {
                verify("interval work is at most 10 km and about 8 % of the week", work <= Math.max(3_200,
                        Math.min(10_000, 0.08 * 1.01 * weekM)) + 10, c, week, "interval work " + round(work));
            } else {
                verify("threshold work is about 10 % of the week (at least 3 km)", work <= Math.max(3_000,
                        0.10 * 1.01 * weekM) + 10, c, week, "threshold work " + round(work));
            }
        }
        if (week.kind().equals("race")) {
            return;
        }
        var hard = quality.stream().mapToDouble(d -> d.distanceM() - 3_000).sum();
        verify("at most 20 % of a week's distance is hard (80/20)", hard <= 0.20 * 1.01 * weekM + 10, c, week,
                "hard " + round(hard) + " of " + round(weekM));
    }

    // I4: the days add up to the target within 1 %; this week's counts what is done
    private void daysAddUp(Case c, CoachReport.WorkoutPlan plan, double doneThisWeek, Week thisWeek, Week nextWeek) {
        verify("next week's days add up to its target within 1 %", Math.abs(nextWeek.plannedM() - nextWeek.targetM())
                <= 0.01 * nextWeek.targetM() + 10, c, nextWeek, round(nextWeek.plannedM()) + " planned against "
                + round(nextWeek.targetM()));
        var expected = Math.max(0, thisWeek.targetM() - doneThisWeek);
        verify("this week's days and what is done add up to its target within 1 %", Math.abs(thisWeek.plannedM()
                - expected) <= 0.01 * thisWeek.targetM() + 10, c, thisWeek, round(thisWeek.plannedM()) + " planned, "
                + round(doneThisWeek) + " done, target " + round(thisWeek.targetM()));
        verify("what is done this week is reported", Math.abs(plan.thisWeekDone() * 1000 - doneThisWeek) <= 10, c,
                thisWeek, plan.thisWeekDone() + " km reported, " + round(doneThisWeek) + " done");
    }

    // I5: today's finished runs count: today is done, nothing more is planned for it
    private void todaysRunsCount(Case c, CoachReport.WorkoutPlan plan, double doneThisWeek, double doneToday) {
        var today = plan.thisWeek().stream().filter(d -> d.date().equals(c.asOf())).toList();
        if (doneToday > 0) {
            verify("a day already run is shown done, and nothing else is planned for it", today.size() == 1
                    && today.getFirst().type().equals("done") && Math.abs(today.getFirst().distanceM() - doneToday)
                    <= 1, c, null, today.toString());
        } else {
            verify("a day not yet run can be planned", today.size() == 1 && !today.getFirst().type().equals("done"),
                    c, null, today.toString());
        }
        verify("no day before today is planned", plan.thisWeek().stream().noneMatch(d -> d.date().isBefore(c.asOf())),
                c, null, plan.thisWeek().getFirst().date().toString());
    }

    // I6: the ramp back after illness or injury: no intensity while it lasts, in its week and the first week back
    private void returnAfterIllnessOrInjury(Case c, Week thisWeek, Week nextWeek) {
        for (var period : c.unavailable()) {
            var monday = GeneratedAthletes.monday(c.asOf());
            var end = period.to() == null ? LocalDate.MAX : period.to();
            var touches = !period.from().isAfter(monday.plusDays(6)) && !end.isBefore(monday.minusDays(7));
            if (touches) {
                verify("a week touched by illness or injury, or the week after it, is a return week with no "
                        + "intensity", (thisWeek.kind().equals("return") || thisWeek.kind().equals("rest"))
                        && thisWeek.planned().stream().noneMatch(d -> isHard(d.type())), c, thisWeek,
                        thisWeek.kind() + " " + types(thisWeek));
            }
            var endsThisWeekOrLater = !end.isBefore(monday.minusDays(1));
            if (endsThisWeekOrLater) {
                verify("the first week back after illness or injury has no intensity", (nextWeek.kind()
                        .equals("return") || nextWeek.kind().equals("rest")) && nextWeek.planned().stream()
                        .noneMatch(d -> isHard(d.type())), c, nextWeek, nextWeek.kind() + " " + types(nextWeek));
            }
        }
    }

    // I7: past goals are marked past and not planned toward
    private void pastGoalsAreNotPlanned(Case c, CoachReport report) {
        var goal = c.goal();
        if (goal == null || goal.raceDate() == null || !goal.raceDate().isBefore(c.asOf())) {
            return;
        }
        var plan = report.workoutPlan();
        var days = new ArrayList<>(plan.thisWeek());
        days.addAll(plan.nextWeek());
        verify("a past goal is marked past and not planned toward", "past".equals(report.goalAssessment()
                .currentGoal().status()) && report.goalAssessment().feasibility().equals("past")
                && days.stream().noneMatch(d -> d.type().equals("race"))
                && !List.of("taper", "race").contains(plan.thisWeekKind())
                && !List.of("taper", "race").contains(plan.nextWeekKind())
                && plan.reasoning().stream().noneMatch(r -> r.startsWith("Planned toward")), c, null,
                report.goalAssessment().currentGoal().status() + " " + plan.thisWeekKind() + " " + plan.nextWeekKind());
    }

    // Breaks: said in words with the date, and eased back from with easy running only
    private void breaksAreSaidAndEasedBack(Case c, CoachReport report, List<RunSample> runs, Week thisWeek) {
        var last = runs.stream().filter(r -> r.distanceM() > 0).map(RunSample::localDate)
                .max(Comparator.naturalOrder());
        if (last.isEmpty() || ChronoUnit.DAYS.between(last.get(), c.asOf()) < 14) {
            return;
        }
        var day = DAY.format(last.get());
        verify("a break of two weeks or more is stated with its date in the synthesis and the performance narrative",
                report.synthesis().overallAssessment().contains(day)
                        && report.performanceMetrics().narrative().contains(day), c, thisWeek,
                report.synthesis().overallAssessment());
        verify("after a break the plan is a return to running: easy only", thisWeek.kind().equals("return")
                && thisWeek.planned().stream().noneMatch(d -> isHard(d.type()) || d.type().equals("long")), c,
                thisWeek, thisWeek.kind() + " " + types(thisWeek));
        var before = sum(runs, r -> !r.localDate().isBefore(last.get().minusDays(27))
                && !r.localDate().isAfter(last.get())) / 4;
        var race = thisWeek.planned().stream().anyMatch(d -> d.type().equals("race"));
        verify("the first week back is at most half of what was run before the break (or two short runs)",
                race || thisWeek.targetM() <= Math.max(6_000, 0.5 * before) + 10, c, thisWeek,
                round(thisWeek.targetM()) + " against " + round(before) + " a week before");
    }

    private void verify(String invariant, boolean holds, Case c, Week week, String detail) {
        var counts = tally.computeIfAbsent(invariant, k -> new int[2]);
        counts[0]++;
        if (!holds) {
            counts[1]++;
            failures.add(invariant + " | athlete " + c.athlete().index() + " (" + round(c.athlete().weeklyKm() * 1000)
                    + "/week, " + c.athlete().runDays() + " days), as of " + c.asOf() + ", " + c.situation()
                    + (week == null ? "" : ", " + week.name() + " " + week.kind() + " target " + round(week.targetM()))
                    + ": " + detail);
        }
    }

    private void count(String name) {
        cases.merge(name, 1, Integer::sum);
    }

    /**
     * The current long run as README defines it: the second longest of the weekly longest runs of the last four
     * complete weeks, counting only the weeks after the latest of them without a run.
     */
    private static double currentLongRun(List<RunSample> runs, LocalDate monday) {
        var weeks = new ArrayList<Double>();
        for (var k = 1; k <= 4; k++) {
            var start = monday.minusWeeks(k);
            var longest = runs.stream().filter(r -> !r.localDate().isBefore(start)
                    && r.localDate().isBefore(start.plusWeeks(1))).mapToDouble(RunSample::distanceM).max();
            if (longest.isEmpty()) {
                break;
            }
            weeks.add(longest.getAsDouble());
        }
        weeks.sort(Comparator.reverseOrder());
        return weeks.isEmpty() ? 0 : weeks.get(Math.min(1, weeks.size() - 1));
    }

    private static double sum(List<RunSample> runs, Predicate<RunSample> which) {
        return runs.stream().filter(which).mapToDouble(RunSample::distanceM).sum();
    }

    /** A quality session; a goal race keeps its day whatever the week (the athlete decides to race). */
    private static boolean isHard(String type) {
        return type.equals("threshold") || type.equals("intervals");
    }

    private static String types(Week week) {
        return week.planned().stream().map(d -> d.type() + " " + d.distance()).toList().toString();
    }

    private static String band(double weeklyKm) {
        return weeklyKm < 40 ? "10-40" : weeklyKm < 80 ? "40-80" : weeklyKm < 120 ? "80-120" : "120-160";
    }

    private static String round(double metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }
}
