package app.runaway.coach.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a week's distance over its days: the race on race day, the long run on the athlete's long-run day, quality
 * sessions on days apart from it and from each other (see {@link SessionSizes}), easy runs on the athlete's usual
 * days, rest on the rest. Run days follow the volume: too little for every usual day gives fewer, proper runs of at
 * least 3 km; more than the usual days hold at 16 km an easy run adds days (at most six, a seventh only when needed),
 * then splits easy days into two runs. The long run stays the week's longest run. The days add up to the distance
 * asked, unless the days left cannot hold it (too few, or less than one run's worth left).
 */
final class WeekLayout {
    static final double SHORTEST_RUN_M = 3_000;
    static final double EASY_LONGEST_M = 16_000;
    /** The long run is kept at least this much longer than any easy run when it has to be evened out. */
    static final double LONG_OVER_EASY = 1.2;
    private static final int MOST_RUN_DAYS_WITH_A_REST = 6;
    private static final List<DayOfWeek> QUALITY_PREFERENCE = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SUNDAY);

    private WeekLayout() {
    }

    /** The days of {@code week} from {@code firstDay} on; {@code distanceM} is what is left to run in them. */
    static List<PlannedDay> layOut(WeekTarget week, LocalDate firstDay, double distanceM, PlanInputs inputs) {
        var goal = inputs.plannedGoal();
        var sunday = week.monday().plusDays(6);
        var race = goal != null && goal.raceDate() != null && !goal.raceDate().isBefore(firstDay)
                && !goal.raceDate().isAfter(sunday) && !inputs.unavailableOn(goal.raceDate()) ? goal.raceDate() : null;
        var sessions = new WeekDays(inputs);
        if (race != null) {
            sessions.race = race;
        }
        var left = Math.max(0, distanceM - (race == null ? 0 : goal.distanceM()));
        var candidates = week.kind() == WeekKind.REST ? List.<LocalDate>of() : candidates(inputs, firstDay, sunday,
                race);
        var habit = habitDays(inputs).size();
        if (left >= SHORTEST_RUN_M && !candidates.isEmpty()) {
            plan(sessions, week, left, candidates, habit, inputs);
        }
        return sessions.days(firstDay, sunday, goal);
    }

    private static void plan(WeekDays s, WeekTarget week, double left, List<LocalDate> candidates, int habit,
                             PlanInputs inputs) {
        var kind = week.kind();
        var longDay = kind == WeekKind.BUILD || kind == WeekKind.DOWN || kind == WeekKind.TAPER
                ? longRunDay(inputs, candidates, s.race) : null;
        var longRun = longDay == null ? 0 : Math.min(left, SessionSizes.longRun(kind, week.distanceM(), habit,
                inputs.currentLongRunM(), inputs.plannedGoal()));
        var others = new ArrayList<>(candidates);
        others.remove(longDay);
        var quality = qualityDays(others, longDay, s.race,
                SessionSizes.qualitySessions(kind, week.distanceM(), Math.min(habit, candidates.size())));
        var threshold = quality.isEmpty() ? 0 : SessionSizes.thresholdWork(week.distanceM())
                + SessionSizes.WARM_UP_AND_DOWN_M;
        var intervals = quality.size() < 2 ? 0 : SessionSizes.intervalWork(week.distanceM())
                + SessionSizes.WARM_UP_AND_DOWN_M;
        if (longRun + threshold + intervals > left && intervals > 0) {
            quality.removeLast();
            intervals = 0;
        }
        if (longRun + threshold > left && threshold > 0) {
            quality.clear();
            threshold = 0;
        }
        others.removeAll(quality);
        var easyTotal = left - longRun - threshold - intervals;
        var easyDays = easyDays(others, easyTotal, habit, (longDay == null ? 0 : 1) + quality.size());
        if (easyDays.isEmpty() && easyTotal > 0 && longDay != null && easyTotal < SHORTEST_RUN_M) {
            longRun += easyTotal; // too little for another run: the long run takes it
        }
        // what the days cannot hold (under 3 km without a long run, or beyond two 16 km runs a day) is not planned:
        // the planner then says what the days left hold
        easyTotal = easyDays.isEmpty() ? 0 : Math.min(easyTotal, easyDays.size() * 2 * EASY_LONGEST_M);
        if (longDay != null && !easyDays.isEmpty()) {
            // the long run stays the week's longest run: even it out with the easy days when they would pass it
            var longestEasyRun = easyRun(easyTotal / easyDays.size());
            var longestSession = Math.max(longestEasyRun, Math.max(threshold, intervals));
            if (longestSession > longRun) {
                var pool = longRun + easyTotal;
                var evened = Math.max(LONG_OVER_EASY * pool / (easyDays.size() + LONG_OVER_EASY),
                        Math.max(threshold, intervals));
                longRun = Math.min(pool, evened);
                easyTotal = pool - longRun;
                if (easyTotal < SHORTEST_RUN_M * easyDays.size()) {
                    easyDays = easyDays.subList(0, (int) Math.floor(easyTotal / SHORTEST_RUN_M));
                    if (easyDays.isEmpty()) {
                        longRun += easyTotal;
                        easyTotal = 0;
                    }
                }
            }
        }
        if (longDay != null) {
            s.longRun(longDay, longRun);
        }
        if (!quality.isEmpty()) {
            s.threshold(quality.getFirst(), threshold);
        }
        if (quality.size() > 1) {
            s.intervals(quality.get(1), intervals);
        }
        for (var day : easyDays) {
            s.easy(day, easyTotal / easyDays.size());
        }
    }

    /** The dates a run may go on, the athlete's usual days first, then the others spread away from them. */
    private static List<LocalDate> candidates(PlanInputs inputs, LocalDate firstDay, LocalDate sunday,
                                              LocalDate race) {
        var habit = habitDays(inputs);
        var usual = new ArrayList<LocalDate>();
        var other = new ArrayList<LocalDate>();
        for (var date = firstDay; !date.isAfter(sunday); date = date.plusDays(1)) {
            if (inputs.unavailableOn(date) || (race != null && (date.equals(race) || date.equals(race.minusDays(1))))) {
                continue;
            }
            (habit.contains(date.getDayOfWeek()) ? usual : other).add(date);
        }
        other.sort(Comparator.comparingInt((LocalDate d) -> -distanceToNearest(d, usual)).thenComparing(d -> d));
        usual.addAll(other);
        return usual;
    }

    private static int distanceToNearest(LocalDate day, List<LocalDate> days) {
        return days.stream().mapToInt(d -> Math.abs(d.getDayOfWeek().getValue() - day.getDayOfWeek().getValue()))
                .min().orElse(7);
    }

    /** The athlete's usual run days; with fewer than two, Tuesday, Thursday and Sunday as well. */
    static Set<DayOfWeek> habitDays(PlanInputs inputs) {
        var days = inputs.usualRunDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(inputs.usualRunDays());
        if (days.size() < 2) {
            days.addAll(DEFAULT_DAYS);
        }
        return days;
    }

    private static LocalDate longRunDay(PlanInputs inputs, List<LocalDate> candidates, LocalDate race) {
        if (race != null) {
            return null;
        }
        var preferred = inputs.longRunDay() != null ? inputs.longRunDay()
                : habitDays(inputs).stream().max(Comparator.naturalOrder()).orElse(DayOfWeek.SUNDAY);
        return candidates.stream().filter(d -> d.getDayOfWeek() == preferred).findFirst().orElse(null);
    }

    private static List<LocalDate> qualityDays(List<LocalDate> candidates, LocalDate longDay, LocalDate race,
                                               int wanted) {
        var chosen = new ArrayList<LocalDate>();
        for (var preferred : QUALITY_PREFERENCE) {
            if (chosen.size() >= wanted) {
                break;
            }
            candidates.stream().filter(d -> d.getDayOfWeek() == preferred).findFirst().ifPresent(date -> {
                var apart = chosen.stream().noneMatch(other -> Math.abs(other.toEpochDay() - date.toEpochDay()) < 2)
                        && (longDay == null || Math.abs(longDay.toEpochDay() - date.toEpochDay()) >= 2);
                if (apart && (race == null || date.isBefore(race.minusDays(2)))) {
                    chosen.add(date);
                }
            });
        }
        return chosen;
    }

    /**
     * As many easy days as the athlete's habit asks, within what the volume allows: each run at least 3 km, at most
     * 16 km (a day beyond that is split into two runs when no day is left), six run days in all unless more are
     * needed.
     */
    private static List<LocalDate> easyDays(List<LocalDate> candidates, double easyTotal, int habit, int otherRuns) {
        if (easyTotal < SHORTEST_RUN_M || candidates.isEmpty()) {
            return List.of();
        }
        var fewest = (int) Math.ceil(easyTotal / EASY_LONGEST_M);
        var most = (int) Math.floor(easyTotal / SHORTEST_RUN_M);
        var wanted = Math.clamp(habit - otherRuns, fewest, Math.max(fewest, most));
        var withARest = Math.max(1, MOST_RUN_DAYS_WITH_A_REST - otherRuns);
        var count = Math.min(candidates.size(), Math.max(Math.min(wanted, withARest), Math.min(fewest, 7)));
        return List.copyOf(candidates.subList(0, Math.max(1, count)));
    }

    /** The longest single run of an easy day of this distance (a day over 16 km is split into two runs). */
    private static double easyRun(double dayM) {
        return dayM > EASY_LONGEST_M ? twoRuns(dayM).stream().mapToDouble(Double::doubleValue).max().orElse(dayM)
                : dayM;
    }

    /** A long easy day as two runs: 60 % (at most 16 km) in the first, the rest in the second. */
    static List<Double> twoRuns(double dayM) {
        var first = Math.min(EASY_LONGEST_M, 0.6 * dayM);
        return List.of(first, dayM - first);
    }
}
