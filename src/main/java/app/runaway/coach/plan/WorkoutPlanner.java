package app.runaway.coach.plan;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plans this week (from the as-of day) and next week: how far (see {@link WeeklyTargets}), and which session on
 * which day (see {@link WeekLayout}), with the reasoning a coach would give.
 */
public final class WorkoutPlanner {
    private WorkoutPlanner() {
    }

    public static WorkoutPlan plan(PlanInputs inputs) {
        var monday = inputs.asOf().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var thisWeek = WeeklyTargets.thisWeek(inputs, monday);
        var leftThisWeek = Math.max(0, thisWeek.distanceM() - inputs.doneThisWeekM());
        var thisDays = WeekLayout.layOut(thisWeek, inputs.asOf(), leftThisWeek, inputs);
        var nextWeek = WeeklyTargets.nextWeek(inputs, thisWeek);
        var nextDays = WeekLayout.layOut(nextWeek, nextWeek.monday(), nextWeek.distanceM(), inputs);
        return new WorkoutPlan(thisDays, nextDays, thisWeek.distanceM(), nextWeek.distanceM(),
                reasoning(inputs, thisWeek, nextWeek, thisDays, nextDays));
    }

    private static List<String> reasoning(PlanInputs inputs, WeekTarget thisWeek, WeekTarget nextWeek,
                                          List<PlannedDay> thisDays, List<PlannedDay> nextDays) {
        var reasons = new ArrayList<String>();
        reasons.add("This week: " + thisWeek.reason() + ".");
        if (inputs.doneThisWeekM() > 0) {
            reasons.add(String.format(Locale.ROOT, "%.1f km are already done this week; the days left carry the "
                    + "rest.", inputs.doneThisWeekM() / 1000));
        }
        reasons.add("Next week: " + nextWeek.reason() + ".");
        var days = new ArrayList<>(thisDays);
        days.addAll(nextDays);
        var total = days.stream().mapToDouble(PlannedDay::distanceM).sum();
        var hard = days.stream().filter(PlannedDay::isHard).mapToDouble(d -> d.type().equals("race")
                ? d.distanceM() : Math.max(0, d.distanceM() - 3_000)).sum();
        if (total > 0) {
            reasons.add(String.format(Locale.ROOT, "About %.0f %% of the planned distance is easy (the rest is "
                    + "threshold, interval or race effort, warm-ups counted as easy): most training should be easy, "
                    + "roughly 80/20.", 100 * (1 - hard / total)));
        }
        if (inputs.paces() == null) {
            reasons.add("No race or hard effort in the history gives a VDOT yet, so sessions are set by effort, "
                    + "not pace; a 5 km time trial would give paces.");
        }
        if (inputs.goal() != null && inputs.goal().raceDate() != null) {
            reasons.add("Planned toward " + inputs.goal().description() + " (" + inputs.goal().priority()
                    + " race): A races get a two-week taper, B races a lighter race week, C races none.");
        }
        if (!inputs.unavailable().isEmpty()) {
            reasons.add("Illness or injury is a hard limit: no intensity while it lasts and in the first week back.");
        }
        return reasons;
    }
}
