package app.runaway.coach.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plans this week (from the as-of day, or tomorrow when today's run is done) and next week: how far (see
 * {@link WeeklyTargets}), and which session on which day (see {@link WeekLayout}), with the reasoning a coach would
 * give. What the athlete ran this week, today included, counts toward this week's target; when the days left cannot
 * hold the rest, the target says what they can hold.
 */
public final class WorkoutPlanner {
    /** The days of a week add up to its target within this share. */
    static final double ADDS_UP_WITHIN = 0.01;

    private WorkoutPlanner() {
    }

    public static WorkoutPlan plan(PlanInputs inputs) {
        var monday = WeeklyTargets.mondayOf(inputs.asOf());
        var done = inputs.doneThisWeekM();
        var thisWeek = laidOut(WeeklyTargets.thisWeek(inputs, monday), inputs.firstDay(), done, inputs);
        var thisDays = thisWeek.days();
        if (inputs.doneTodayM() > 0) {
            var today = new ArrayList<PlannedDay>();
            today.add(new PlannedDay(inputs.asOf(), "done", inputs.doneTodayM(), null,
                    inputs.words().of(inputs.doneTodayM()) + " run today", "Done: it counts toward this week"));
            today.addAll(thisDays);
            thisDays = today;
        }
        var nextTarget = WeeklyTargets.nextWeek(inputs, thisWeek.target(),
                Math.max(done + total(thisWeek.days()), thisWeek.target().distanceM()));
        var nextWeek = laidOut(nextTarget, nextTarget.monday(), 0, inputs);
        var shapedByHealth = WeeklyTargets.shapedByHealth(inputs, monday)
                || WeeklyTargets.shapedByHealth(inputs, nextTarget.monday());
        return new WorkoutPlan(thisDays, nextWeek.days(), thisWeek.target().distanceM(),
                nextWeek.target().distanceM(), thisWeek.target().kind(), nextWeek.target().kind(), done,
                shapedByHealth, reasoning(inputs, thisWeek.target(), nextWeek.target(), thisDays, nextWeek.days(),
                        shapedByHealth));
    }

    /** A week's target and its days, which add up to it (less what is done). */
    private record LaidOutWeek(WeekTarget target, List<PlannedDay> days) {
    }

    /**
     * Lays the week out; when its days cannot hold the target (too few days left, or a race on top of a week already
     * run), the target becomes what they hold and the sessions are sized again for that week, so that shares of the
     * week (threshold 10 %, intervals 8 %) hold for the week actually planned.
     */
    private static LaidOutWeek laidOut(WeekTarget week, java.time.LocalDate firstDay, double done, PlanInputs inputs) {
        var days = WeekLayout.layOut(week, firstDay, Math.max(0, week.distanceM() - done), inputs);
        var planned = total(days);
        if ((done >= week.distanceM() && planned == 0) || addsUp(done + planned, week.distanceM())) {
            return new LaidOutWeek(week, days);
        }
        var aimed = week.distanceM();
        var target = week;
        for (var attempt = 0; attempt < 4 && !addsUp(done + planned, target.distanceM()); attempt++) {
            target = target.withDistance(done + planned, null);
            days = WeekLayout.layOut(target, firstDay, Math.max(0, target.distanceM() - done), inputs);
            planned = total(days);
        }
        target = week.withDistance(done + planned, done >= aimed
                ? inputs.words().of(done) + " are already run, more than the week asked; the race comes on top"
                : String.format(Locale.ROOT, "the days %s hold %s of the %s it aimed at",
                        done > 0 || firstDay.getDayOfWeek() != java.time.DayOfWeek.MONDAY ? "left" : "available",
                        inputs.words().of(planned), inputs.words().of(aimed - done)));
        return new LaidOutWeek(target, days);
    }

    private static boolean addsUp(double days, double target) {
        return Math.abs(days - target) <= ADDS_UP_WITHIN * target;
    }

    /** The distance the days plan, done days left out. */
    static double total(List<PlannedDay> days) {
        return days.stream().filter(PlannedDay::isPlannedRun).mapToDouble(PlannedDay::distanceM).sum();
    }

    private static List<String> reasoning(PlanInputs inputs, WeekTarget thisWeek, WeekTarget nextWeek,
                                          List<PlannedDay> thisDays, List<PlannedDay> nextDays,
                                          boolean shapedByHealth) {
        var reasons = new ArrayList<String>();
        reasons.add("This week: " + thisWeek.reason() + ".");
        if (inputs.doneThisWeekM() > 0) {
            reasons.add(inputs.words().of(inputs.doneThisWeekM()) + " are already done this week"
                    + (inputs.doneTodayM() > 0 ? ", today's run included" : "") + "; the days left carry the rest.");
        }
        reasons.add("Next week: " + nextWeek.reason() + ".");
        var days = new ArrayList<>(thisDays);
        days.addAll(nextDays);
        var total = total(days);
        var hard = days.stream().filter(PlannedDay::isPlannedRun).filter(PlannedDay::isHard)
                .mapToDouble(d -> d.type().equals("race") ? d.distanceM()
                        : Math.max(0, d.distanceM() - SessionSizes.WARM_UP_AND_DOWN_M)).sum();
        if (total > 0) {
            reasons.add(String.format(Locale.ROOT, "About %.0f %% of the planned distance is easy (the rest is "
                    + "threshold, interval or race effort, warm-ups counted as easy): most training should be easy, "
                    + "roughly 80/20.", 100 * (1 - hard / total)));
        }
        if (inputs.currentLongRunM() > 0) {
            reasons.add("The long run follows your current one (" + inputs.words().of(inputs.currentLongRunM())
                    + "): never cut by more than a down week cuts it, grown by about 10 % a week at most toward what "
                    + "the goal needs.");
        }
        if (inputs.paces() == null) {
            reasons.add("No race or hard effort in the history gives a VDOT yet, so sessions are set by effort, "
                    + "not pace; a 5 km time trial would give paces.");
        }
        var goal = inputs.goal();
        if (goal != null && goal.raceDate() != null && inputs.plannedGoal() == null) {
            reasons.add("The goal's race day (" + goal.raceDate() + ") has passed: the plan no longer builds toward "
                    + "it; set the next goal.");
        } else if (goal != null && goal.raceDate() != null) {
            reasons.add("Planned toward " + goal.description() + " (" + goal.priority()
                    + " race): A races get a two-week taper, B races a lighter race week, C races none.");
        }
        if (shapedByHealth) {
            reasons.add("Illness or injury is a hard limit: no intensity while it lasts and in the first week back.");
        }
        return reasons;
    }
}
