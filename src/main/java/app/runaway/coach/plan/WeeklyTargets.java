package app.runaway.coach.plan;

import app.runaway.coach.RaceGoal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides each planned week's distance from the recent weeks: build by at most about 10 %, a down week at about
 * 75 % after three weeks without one, a taper before an A race (race week about 50 %, the week before about 70 %:
 * Bosquet 2007 found a 41-60 % cut over two weeks best) or a B race (race week about 75 %), and a gradual return after
 * illness or injury (50 %, then 75 % of what the athlete ran before it) or after a break from running (see
 * {@link #COMEBACK_RAMPS}), easy running only in both.
 */
final class WeeklyTargets {
    static final double NEW_RUNNER_WEEK_M = 15_000;
    /** The least a planned week holds: two short runs. */
    static final double SHORTEST_WEEK_M = 2 * WeekLayout.SHORTEST_RUN_M;
    private static final double BUILD = 1.07;
    private static final double SOFT_CAP = 1.10;
    private static final double DOWN = 0.75;
    private static final double DOWN_WEEK_SHARE = 0.85;
    /**
     * The share of what the athlete ran before a break, week by week back: two to four weeks off come back at 50 %
     * then 75 %; four to eight weeks at a third, a half, three quarters; up to half a year from a quarter; longer from
     * a fifth. A coaching convention in the spirit of Daniels' return-from-a-break guidance (Daniels' Running Formula:
     * up to four weeks off, half the return at 50 % and half at 75 % of the former load; longer breaks start lower),
     * not a trial's result.
     */
    static final List<Ramp> COMEBACK_RAMPS = List.of(
            new Ramp(14, new double[] {0.50, 0.75}),
            new Ramp(28, new double[] {0.33, 0.50, 0.75}),
            new Ramp(56, new double[] {0.25, 0.33, 0.50, 0.75}),
            new Ramp(182, new double[] {0.20, 0.25, 0.33, 0.50, 0.75}));

    /** The shares of the return after a break of at least {@code fromDays}. */
    record Ramp(long fromDays, double[] shares) {
    }

    private WeeklyTargets() {
    }

    static WeekTarget thisWeek(PlanInputs inputs, LocalDate monday) {
        var weeks = inputs.recentWeeksM();
        return target(inputs, monday, weeks, weeksSinceDown(weeks), 0);
    }

    /** @param thisWeekM what this week will hold when run as planned (done and planned) */
    static WeekTarget nextWeek(PlanInputs inputs, WeekTarget thisWeek, double thisWeekM) {
        var weeks = new ArrayList<>(inputs.recentWeeksM());
        weeks.add(thisWeekM);
        var sinceDown = thisWeek.kind() == WeekKind.BUILD ? weeksSinceDown(inputs.recentWeeksM()) + 1 : 0;
        return target(inputs, thisWeek.monday().plusWeeks(1), weeks, sinceDown, 1);
    }

    /**
     * Whether illness or injury shapes the week starting on {@code monday}: days of it fall in the week, or the week
     * is a return from it. The one answer to "does health limit the plan", for the plan's reasoning and the coach's
     * synthesis alike.
     */
    static boolean shapedByHealth(PlanInputs inputs, LocalDate monday) {
        var unavailableDays = unavailableDays(inputs, monday);
        return unavailableDays > 0 || healthReturn(inputs, monday, 0, 1).isPresent();
    }

    private static int unavailableDays(PlanInputs inputs, LocalDate monday) {
        var unavailableDays = 0;
        for (var day = monday; !day.isAfter(monday.plusDays(6)); day = day.plusDays(1)) {
            if (inputs.unavailableOn(day)) {
                unavailableDays++;
            }
        }
        return unavailableDays;
    }

    private static WeekTarget target(PlanInputs inputs, LocalDate monday, List<Double> weeks, int weeksSinceDown,
                                     int weeksAhead) {
        var usual = usualVolume(inputs.recentWeeksM());
        var unavailableDays = unavailableDays(inputs, monday);
        if (unavailableDays == 7) {
            return new WeekTarget(monday, WeekKind.REST, 0, "ill or injured all week: no running is planned");
        }
        var available = (7.0 - unavailableDays) / 7;
        var health = healthReturn(inputs, monday, unavailableDays, available);
        var comeback = comeback(inputs, monday, weeksAhead, available);
        if (health.isPresent() || comeback.isPresent()) {
            return health.isEmpty() ? comeback.get() : comeback.isEmpty() ? health.get()
                    : health.get().distanceM() <= comeback.get().distanceM() ? health.get() : comeback.get();
        }
        var goal = inputs.plannedGoal();
        if (goal != null && goal.raceDate() != null && goal.priority() != RaceGoal.Priority.C) {
            var weeksToRace = ChronoUnit.WEEKS.between(monday, mondayOf(goal.raceDate()));
            if (weeksToRace == 0) {
                var share = goal.priority() == RaceGoal.Priority.A ? 0.5 : 0.75;
                var withRace = goal.distanceM() + SHORTEST_WEEK_M;
                return new WeekTarget(monday, WeekKind.RACE, Math.max(usual * share, withRace),
                        String.format(Locale.ROOT, "race week (%s race on %s): about %.0f %% of the usual volume, "
                                + "the race included%s", goal.priority(), goal.raceDate(), share * 100,
                                usual * share < withRace ? ", and no less than the race and two short easy runs"
                                        : ""));
            }
            if (weeksToRace == 1 && goal.priority() == RaceGoal.Priority.A) {
                return new WeekTarget(monday, WeekKind.TAPER, usual * 0.7, "taper before the A race on "
                        + goal.raceDate() + ": volume down to about 70 %, one sharp session keeps the speed");
            }
        }
        if (inputs.recentWeeksM().stream().allMatch(m -> m == 0)) {
            return new WeekTarget(monday, WeekKind.BUILD, NEW_RUNNER_WEEK_M * BUILD, "no running in the recent weeks: a gentle start at about "
                    + inputs.words().of(NEW_RUNNER_WEEK_M * BUILD));
        }
        if (weeksSinceDown >= 3) {
            return new WeekTarget(monday, WeekKind.DOWN, Math.max(SHORTEST_WEEK_M, usual * DOWN),
                    String.format(Locale.ROOT, "%d weeks without an easier one: a down week at about 75 %% of the "
                            + "usual %s", weeksSinceDown, inputs.words().of(usual)));
        }
        var last = weeks.isEmpty() ? usual : weeks.getLast();
        var target = Math.max(SHORTEST_WEEK_M, Math.min(usual * BUILD, Math.max(last, usual) * SOFT_CAP));
        return new WeekTarget(monday, WeekKind.BUILD, target, String.format(Locale.ROOT,
                "building from the usual %s a week by at most about 10 %%: %s", inputs.words().of(usual),
                inputs.words().of(target)));
    }

    /**
     * The weeks after illness or injury: 50 % of what the athlete ran before it in the first week back (and any week
     * it still touches), 75 % in the second, less the days still unavailable.
     */
    private static Optional<WeekTarget> healthReturn(PlanInputs inputs, LocalDate monday, int unavailableDays,
                                                     double available) {
        var sunday = monday.plusDays(6);
        var latest = inputs.unavailable().stream()
                .filter(u -> unavailableDays > 0 ? u.from().isBefore(sunday.plusDays(1))
                        && (u.to() == null || !u.to().isBefore(monday))
                        : u.to() != null && u.to().isBefore(sunday) && !u.to().isBefore(monday.minusDays(14)))
                .max((a, b) -> a.from().compareTo(b.from()));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        var period = latest.get();
        var daysBack = period.to() == null ? 0 : ChronoUnit.DAYS.between(period.to(), monday);
        var share = unavailableDays == 0 && daysBack >= 7 ? 0.75 : 0.5;
        var before = volumeBefore(inputs, period.from());
        var distance = before * share * available;
        return Optional.of(new WeekTarget(monday, WeekKind.RETURN, distance, String.format(Locale.ROOT,
                "back from %s: %.0f %% of the %s a week run before it, easy running only, no intensity until "
                        + "a full week has gone well", period.reason().equals("injured") ? "injury" : "illness",
                share * 100 * available, inputs.words().of(before))));
    }

    /** The weeks after a break from running, by its length (see {@link #COMEBACK_RAMPS}). */
    private static Optional<WeekTarget> comeback(PlanInputs inputs, LocalDate monday, int weeksAhead,
                                                 double available) {
        var comeback = inputs.comeback();
        if (comeback == null) {
            return Optional.empty();
        }
        var week = comeback.returnedOn() == null ? weeksAhead
                : ChronoUnit.WEEKS.between(mondayOf(comeback.returnedOn()), monday);
        var ramp = COMEBACK_RAMPS.stream().filter(r -> comeback.days() >= r.fromDays())
                .reduce((a, b) -> b).orElse(COMEBACK_RAMPS.getFirst()).shares();
        if (week < 0 || week >= ramp.length) {
            return Optional.empty();
        }
        var before = comeback.weeklyMBefore() > 0 ? comeback.weeklyMBefore() : NEW_RUNNER_WEEK_M;
        var distance = Math.max(SHORTEST_WEEK_M, ramp[(int) week] * before) * available;
        return Optional.of(new WeekTarget(monday, WeekKind.RETURN, distance, String.format(Locale.ROOT,
                "week %d of %d back after %d days without running (last run %s): %.0f %% of the %s a week run "
                        + "before the break, easy running only, no quality sessions until the return is done",
                week + 1, ramp.length, comeback.days(), comeback.lastRunBefore(), ramp[(int) week] * 100,
                inputs.words().of(before))));
    }

    /** The mean of the four full weeks before the week of {@code start}, from the recent weeks; else the usual. */
    private static double volumeBefore(PlanInputs inputs, LocalDate start) {
        var weeks = inputs.recentWeeksM();
        var thisMonday = mondayOf(inputs.asOf());
        var weeksBack = ChronoUnit.WEEKS.between(mondayOf(start), thisMonday); // 0: it began this week
        var sum = 0.0;
        var count = 0;
        for (var k = weeksBack + 1; k <= weeksBack + 4; k++) {
            var index = weeks.size() - (int) k;
            if (index >= 0 && index < weeks.size()) {
                sum += weeks.get(index);
                count++;
            }
        }
        return count > 0 && sum > 0 ? sum / count : usualVolume(weeks);
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

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
