package app.runaway.coach.plan;

import app.runaway.coach.RaceGoal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Decides each planned week's distance from the recent weeks: build by at most about 10 %, a down week at about
 * 75 % after three weeks without one, a taper before an A race (race week about 50 %, the week before about 70 %:
 * Bosquet 2007 found a 41-60 % cut over two weeks best) or a B race (race week about 75 %), and a gradual return
 * after illness or injury (50 %, then 75 % of the usual volume, no intensity).
 */
final class WeeklyTargets {
    static final double NEW_RUNNER_WEEK_M = 15_000;
    private static final double BUILD = 1.07;
    private static final double SOFT_CAP = 1.10;
    private static final double DOWN = 0.75;
    private static final double DOWN_WEEK_SHARE = 0.85;

    private WeeklyTargets() {
    }

    static WeekTarget thisWeek(PlanInputs inputs, LocalDate monday) {
        var weeks = inputs.recentWeeksM();
        return target(inputs, monday, weeks, weeksSinceDown(weeks));
    }

    static WeekTarget nextWeek(PlanInputs inputs, WeekTarget thisWeek) {
        var weeks = new java.util.ArrayList<>(inputs.recentWeeksM());
        weeks.add(thisWeek.distanceM());
        var sinceDown = thisWeek.kind() == WeekKind.BUILD ? weeksSinceDown(inputs.recentWeeksM()) + 1 : 0;
        return target(inputs, thisWeek.monday().plusWeeks(1), weeks, sinceDown);
    }

    private static WeekTarget target(PlanInputs inputs, LocalDate monday, List<Double> weeks, int weeksSinceDown) {
        var usual = usualVolume(inputs.recentWeeksM());
        var sunday = monday.plusDays(6);
        var unavailableDays = 0;
        for (var day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
            var date = day;
            if (inputs.unavailable().stream().anyMatch(u -> u.covers(date))) {
                unavailableDays++;
            }
        }
        if (unavailableDays == 7) {
            return new WeekTarget(monday, WeekKind.REST, 0, "ill or injured all week: no running is planned");
        }
        var lastEnd = inputs.unavailable().stream().map(PlanInputs.Unavailable::to)
                .filter(end -> end != null && end.isBefore(sunday) && !end.isBefore(monday.minusDays(14)))
                .max(LocalDate::compareTo);
        if (unavailableDays > 0 || lastEnd.isPresent()) {
            var daysBack = lastEnd.map(end -> ChronoUnit.DAYS.between(end, monday)).orElse(0L);
            var share = daysBack >= 7 ? 0.75 : 0.5;
            var available = (7.0 - unavailableDays) / 7;
            return new WeekTarget(monday, WeekKind.RETURN, usual * share * available, String.format(Locale.ROOT,
                    "back from illness or injury: %.0f %% of the usual %.1f km, easy running only, no intensity "
                            + "until a full week has gone well", share * 100 * available, usual / 1000));
        }
        var goal = inputs.goal();
        if (goal != null && goal.raceDate() != null && goal.priority() != RaceGoal.Priority.C) {
            var weeksToRace = ChronoUnit.WEEKS.between(monday, goal.raceDate().minusDays(goal.raceDate()
                    .getDayOfWeek().getValue() - 1));
            if (weeksToRace == 0) {
                var share = goal.priority() == RaceGoal.Priority.A ? 0.5 : 0.75;
                return new WeekTarget(monday, WeekKind.RACE, usual * share, String.format(Locale.ROOT,
                        "race week (%s race on %s): about %.0f %% of the usual volume, the race included",
                        goal.priority(), goal.raceDate(), share * 100));
            }
            if (weeksToRace == 1 && goal.priority() == RaceGoal.Priority.A) {
                return new WeekTarget(monday, WeekKind.TAPER, usual * 0.7, "taper before the A race on "
                        + goal.raceDate() + ": volume down to about 70 %, one sharp session keeps the speed");
            }
        }
        if (weeksSinceDown >= 3) {
            return new WeekTarget(monday, WeekKind.DOWN, usual * DOWN, String.format(Locale.ROOT,
                    "%d weeks without an easier one: a down week at about 75 %% of the usual %.1f km",
                    weeksSinceDown, usual / 1000));
        }
        var last = weeks.isEmpty() ? usual : weeks.getLast();
        var target = Math.min(usual * BUILD, Math.max(last, usual) * SOFT_CAP);
        return new WeekTarget(monday, WeekKind.BUILD, target, String.format(Locale.ROOT,
                "building from the usual %.1f km a week by at most about 10 %%: %.1f km", usual / 1000,
                target / 1000));
    }

    /** The usual weekly volume: the mean of the last four full weeks, or a gentle start for a new runner. */
    static double usualVolume(List<Double> weeks) {
        var recent = weeks.subList(Math.max(0, weeks.size() - 4), weeks.size());
        var mean = recent.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return mean > 0 ? mean : NEW_RUNNER_WEEK_M;
    }

    /** Weeks since the last down week (one clearly below the weeks around it), counted back from the latest. */
    static int weeksSinceDown(List<Double> weeks) {
        var count = 0;
        for (var i = weeks.size() - 1; i >= 0; i--) {
            var others = weeks.subList(Math.max(0, i - 3), i);
            var mean = others.stream().mapToDouble(Double::doubleValue).average().orElse(weeks.get(i));
            if (weeks.get(i) < mean * DOWN_WEEK_SHARE) {
                return count;
            }
            count++;
        }
        return count;
    }
}
