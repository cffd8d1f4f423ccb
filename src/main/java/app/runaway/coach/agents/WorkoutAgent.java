package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.PlanDay;
import app.runaway.coach.CoachReport.WorkoutPlan;
import app.runaway.coach.RunSample;
import app.runaway.coach.performance.WeekDistance;
import app.runaway.coach.plan.DistanceWords;
import app.runaway.coach.plan.PlanInputs;
import app.runaway.coach.plan.PlannedDay;
import app.runaway.coach.plan.WorkoutPlanner;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to run this week and next: the athlete's habits (usual days, long-run day) and volume read from the last
 * eight weeks, paces from the VDOT, the goal race and any illness or injury, handed to the {@link WorkoutPlanner}.
 */
final class WorkoutAgent {
    private static final int HABIT_WEEKS = 8;
    /** A weekday is a usual running day when the athlete ran on it in at least 40 % of the recent weeks. */
    private static final double USUAL_DAY_SHARE = 0.4;
    private static final int VOLUME_WEEKS = 12;

    private WorkoutAgent() {
    }

    static WorkoutPlan run(CoachState state) {
        var request = state.request();
        var asOf = request.asOf();
        var monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var runs = request.history().stream().filter(RunSample::isRun).filter(r -> !r.localDate().isAfter(asOf))
                .toList();
        var comeback = state.evidence().runningBreak();
        var habitEnd = monday;
        if (runs.stream().noneMatch(r -> r.localDate().isBefore(monday)
                && !r.localDate().isBefore(monday.minusWeeks(HABIT_WEEKS))) && comeback.isPresent()) {
            // back after a break: the habits are those of the weeks before it
            habitEnd = comeback.get().lastRunBefore().plusDays(1);
        }
        var habitFrom = habitEnd.minusWeeks(HABIT_WEEKS);
        var habitTo = habitEnd;
        var habitRuns = runs.stream().filter(r -> r.localDate().isBefore(habitTo)
                && !r.localDate().isBefore(habitFrom)).toList();
        var pastWeeks = state.evidence().weeklyVolume().pastWeeks();
        var recent = pastWeeks.subList(Math.max(0, pastWeeks.size() - VOLUME_WEEKS), pastWeeks.size()).stream()
                .map(WeekDistance::distanceM).toList();
        var doneThisWeek = runs.stream().filter(r -> !r.localDate().isBefore(monday))
                .mapToDouble(RunSample::distanceM).sum();
        var doneToday = runs.stream().filter(r -> r.localDate().equals(asOf)).mapToDouble(RunSample::distanceM).sum();
        var paces = state.evidence().trainingPaces().map(p -> new PlanInputs.Paces(p.easy().slowestSPerKm(),
                p.easy().fastestSPerKm(), p.marathon().fastestSPerKm(), p.threshold().fastestSPerKm(),
                p.interval().slowestSPerKm(), p.interval().fastestSPerKm(), p.repetition().fastestSPerKm()))
                .orElse(null);
        var inputs = new PlanInputs(asOf, recent, doneThisWeek, usualDays(habitRuns), longRunDay(habitRuns), paces,
                request.goal(), request.unavailable().stream()
                .map(u -> new PlanInputs.Unavailable(u.reason(), u.from(), u.to())).toList(), doneToday,
                currentLongRun(runs, monday),
                comeback.map(b -> new PlanInputs.Comeback(b.lastRunBefore(), b.firstRunAfter(), b.days(),
                        b.weeklyMBefore())).orElse(null), new DistanceWords(state.units().imperial()));
        var plan = WorkoutPlanner.plan(inputs);
        var units = state.units();
        return new WorkoutPlan(days(plan.thisWeek(), units), days(plan.nextWeek(), units),
                units.distance(plan.thisWeekTargetM()), units.distance(plan.nextWeekTargetM()), units.distanceUnit(),
                plan.reasoning(), plan.thisWeekKind().code(), plan.nextWeekKind().code(),
                units.distance(plan.doneThisWeekM()), plan.shapedByHealth(), null);
    }

    /**
     * The athlete's current long run: the second longest of the last four complete weeks' longest runs, so that a
     * one-off (a race, a glitch) does not set it; the longest when only one of those weeks holds a run. Only the weeks
     * after the latest week without a run count: after a break the long run starts again from what came after it.
     */
    static double currentLongRun(List<RunSample> runs, java.time.LocalDate monday) {
        var longest = new java.util.HashMap<java.time.LocalDate, Double>();
        runs.stream().filter(r -> r.localDate().isBefore(monday) && !r.localDate().isBefore(monday.minusWeeks(4)))
                .forEach(r -> longest.merge(r.localDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        r.distanceM(), Math::max));
        var since = monday.minusWeeks(4);
        for (var week = monday.minusWeeks(1); !week.isBefore(monday.minusWeeks(4)); week = week.minusWeeks(1)) {
            if (!longest.containsKey(week)) {
                since = week.plusWeeks(1);
                break;
            }
        }
        var from = since;
        var sorted = longest.entrySet().stream().filter(e -> !e.getKey().isBefore(from)).map(Map.Entry::getValue)
                .sorted(Comparator.reverseOrder()).toList();
        return sorted.isEmpty() ? 0 : sorted.size() == 1 ? sorted.getFirst() : sorted.get(1);
    }

    private static Set<DayOfWeek> usualDays(List<RunSample> runs) {
        var weeksPerDay = new EnumMap<DayOfWeek, Long>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            weeksPerDay.put(day, runs.stream().filter(r -> r.localDate().getDayOfWeek() == day)
                    .map(r -> r.localDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).distinct()
                    .count());
        }
        var usual = EnumSet.noneOf(DayOfWeek.class);
        weeksPerDay.forEach((day, weeks) -> {
            if (weeks >= USUAL_DAY_SHARE * HABIT_WEEKS) {
                usual.add(day);
            }
        });
        return usual;
    }

    /** The weekday that most often held the week's longest run. */
    private static DayOfWeek longRunDay(List<RunSample> runs) {
        var longestPerWeek = new java.util.HashMap<Long, RunSample>();
        for (var run : runs) {
            var week = ChronoUnit.WEEKS.between(java.time.LocalDate.EPOCH,
                    run.localDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            longestPerWeek.merge(week, run, (a, b) -> a.distanceM() >= b.distanceM() ? a : b);
        }
        var counts = new EnumMap<DayOfWeek, Integer>(DayOfWeek.class);
        longestPerWeek.values().forEach(r -> counts.merge(r.localDate().getDayOfWeek(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<DayOfWeek, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(DayOfWeek.SUNDAY);
    }

    private static List<PlanDay> days(List<PlannedDay> days, CoachUnits units) {
        return days.stream().map(d -> new PlanDay(d.date(),
                d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.type(),
                units.distance(d.distanceM()), Math.round(d.distanceM()),
                d.paceTarget() == null ? null : units.paceRange(d.paceTarget().fastestSPerKm(),
                        d.paceTarget().slowestSPerKm()) + " /" + units.distanceUnit(),
                d.description(), d.purpose(), d.runsM().stream().map(units::distance).toList())).toList();
    }
}
