package app.runaway.coach.plan;

import app.runaway.coach.plan.PlannedDay.PaceTarget;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lays a week's distance over its days: the long run on the athlete's long-run day (at most about 30 % of the week,
 * capped by what the goal race needs), quality sessions on days apart from it and from each other (threshold work
 * at most about 10 % of the week, intervals about 8 %, so that about 80 % stays easy), easy runs on the other usual
 * days, rest on the rest.
 */
final class WeekLayout {
    private static final double WARM_UP_AND_DOWN_M = 3_000;
    private static final double SHORTEST_RUN_M = 3_000;
    private static final double LONG_RUN_SHARE = 0.30;
    private static final double THRESHOLD_SHARE = 0.10;
    private static final double INTERVAL_SHARE = 0.08;
    private static final List<DayOfWeek> QUALITY_PREFERENCE = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private WeekLayout() {
    }

    /**
     * The days of {@code week} from {@code firstDay} on; {@code distanceM} is what is left to run in them.
     */
    static List<PlannedDay> layOut(WeekTarget week, LocalDate firstDay, double distanceM, PlanInputs inputs) {
        var days = new ArrayList<PlannedDay>();
        var runDays = runDays(inputs);
        var remaining = Math.max(0, distanceM);
        var race = raceDay(week, inputs);
        var longDay = race != null ? null : longRunDay(inputs, runDays, week, firstDay);
        var longRun = longDay == null ? 0
                : Math.min(Math.min(week.distanceM() * LONG_RUN_SHARE, longRunCap(inputs)), remaining);
        var quality = qualityDays(week, firstDay, runDays, longDay, race);
        var threshold = quality.isEmpty() ? 0 : Math.max(2_000, week.distanceM() * THRESHOLD_SHARE) + WARM_UP_AND_DOWN_M;
        var intervals = quality.size() < 2 ? 0 : Math.max(1_600, week.distanceM() * INTERVAL_SHARE) + WARM_UP_AND_DOWN_M;
        var raceDistance = race == null ? 0 : inputs.goal().distanceM();
        var easyDays = new ArrayList<DayOfWeek>();
        for (var day : runDays) {
            var date = week.monday().plusDays(day.getValue() - 1);
            if (!date.isBefore(firstDay) && day != longDay && !quality.contains(day)
                    && (race == null || !date.equals(race)) && !unavailable(inputs, date)
                    && (race == null || !date.equals(race.minusDays(1)))) {
                easyDays.add(day);
            }
        }
        var easyTotal = remaining - longRun - threshold - intervals - raceDistance;
        while (!easyDays.isEmpty() && easyTotal / easyDays.size() < SHORTEST_RUN_M) {
            easyDays.removeLast(); // too little volume for every usual day: fewer, proper easy runs
        }
        var easyEach = easyDays.isEmpty() ? 0 : Math.max(0, easyTotal) / easyDays.size();
        var paces = inputs.paces();
        for (var date = firstDay; !date.isAfter(week.monday().plusDays(6)); date = date.plusDays(1)) {
            var day = date.getDayOfWeek();
            if (unavailable(inputs, date)) {
                var reason = reasonOn(inputs, date);
                days.add(reason.equals("injured")
                        ? new PlannedDay(date, "cross_training", 0, null, "Rest, or pain-free cross-training",
                                "Injured: no running until it has healed; keep fitness without loading the injury")
                        : new PlannedDay(date, "rest", 0, null, "Rest", "Ill: rest until the symptoms are gone"));
            } else if (race != null && date.equals(race)) {
                days.add(new PlannedDay(date, "race", raceDistance, racePace(inputs), inputs.goal().description(),
                        "Race day: the " + inputs.goal().priority() + " race"));
            } else if (day == longDay) {
                days.add(new PlannedDay(date, "long", longRun, easy(paces), km(longRun) + " long run, easy",
                        "Endurance: the week's longest run at easy effort"));
            } else if (quality.contains(day) && quality.indexOf(day) == 0 && threshold > 0) {
                days.add(new PlannedDay(date, "threshold", threshold, single(paces == null ? null : paces.threshold()),
                        km(threshold - WARM_UP_AND_DOWN_M) + " at threshold pace, with 3 km warm-up and cool-down",
                        "Raises the pace you can hold for an hour (lactate threshold)"));
            } else if (quality.contains(day) && intervals > 0) {
                days.add(new PlannedDay(date, "intervals", intervals, paces == null ? null
                        : new PaceTarget(paces.intervalSlowest(), paces.intervalFastest()),
                        intervalDescription(intervals - WARM_UP_AND_DOWN_M),
                        "Raises VO2max: hard repeats with equal jog recoveries"));
            } else if (easyDays.contains(day) && easyEach > 0) {
                days.add(new PlannedDay(date, "easy", easyEach, easy(paces), km(easyEach) + " easy",
                        "Aerobic base and recovery at conversational effort"));
            } else {
                days.add(new PlannedDay(date, "rest", 0, null, "Rest", "Recovery"));
            }
        }
        return days;
    }

    static Set<DayOfWeek> runDays(PlanInputs inputs) {
        var usual = new TreeSet<>(inputs.usualRunDays());
        if (usual.size() < 3) {
            usual.addAll(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY));
        }
        while (usual.size() > 6) {
            usual.remove(DayOfWeek.MONDAY.equals(inputs.longRunDay()) ? DayOfWeek.FRIDAY : DayOfWeek.MONDAY);
        }
        return usual;
    }

    private static LocalDate raceDay(WeekTarget week, PlanInputs inputs) {
        var goal = inputs.goal();
        if (goal == null || goal.raceDate() == null) {
            return null;
        }
        var date = goal.raceDate();
        return !date.isBefore(week.monday()) && !date.isAfter(week.monday().plusDays(6)) ? date : null;
    }

    private static DayOfWeek longRunDay(PlanInputs inputs, Set<DayOfWeek> runDays, WeekTarget week,
                                        LocalDate firstDay) {
        if (week.kind() == WeekKind.REST) {
            return null;
        }
        var preferred = inputs.longRunDay() != null && runDays.contains(inputs.longRunDay()) ? inputs.longRunDay()
                : ((TreeSet<DayOfWeek>) runDays).last();
        var date = week.monday().plusDays(preferred.getValue() - 1);
        return date.isBefore(firstDay) || unavailable(inputs, date) ? null : preferred;
    }

    /** The longest run a goal needs: about 32 km for a marathon, the distance itself up to the half. */
    private static double longRunCap(PlanInputs inputs) {
        var goal = inputs.goal();
        if (goal == null) {
            return 24_000;
        }
        return goal.distanceM() >= 40_000 ? 32_000 : goal.distanceM() >= 20_000 ? 22_000 : 16_000;
    }

    private static List<DayOfWeek> qualityDays(WeekTarget week, LocalDate firstDay, Set<DayOfWeek> runDays,
                                               DayOfWeek longDay, LocalDate race) {
        var wanted = week.kind() == WeekKind.BUILD && runDays.size() < 4 ? 1 : week.kind().qualitySessions();
        var chosen = new ArrayList<DayOfWeek>();
        for (var day : QUALITY_PREFERENCE) {
            if (chosen.size() >= wanted) {
                break;
            }
            var date = week.monday().plusDays(day.getValue() - 1);
            var apart = chosen.stream().noneMatch(other -> Math.abs(other.getValue() - day.getValue()) < 2)
                    && (longDay == null || Math.abs(longDay.getValue() - day.getValue()) >= 2);
            if (runDays.contains(day) && !date.isBefore(firstDay) && apart
                    && (race == null || date.isBefore(race.minusDays(2)))) {
                chosen.add(day);
            }
        }
        return chosen;
    }

    private static boolean unavailable(PlanInputs inputs, LocalDate date) {
        return inputs.unavailable().stream().anyMatch(u -> u.covers(date));
    }

    private static String reasonOn(PlanInputs inputs, LocalDate date) {
        return inputs.unavailable().stream().filter(u -> u.covers(date)).map(PlanInputs.Unavailable::reason)
                .findFirst().orElse("ill");
    }

    private static PaceTarget easy(PlanInputs.Paces paces) {
        return paces == null ? null : new PaceTarget(paces.easySlowest(), paces.easyFastest());
    }

    private static PaceTarget single(Double secondsPerKm) {
        return secondsPerKm == null ? null : new PaceTarget(secondsPerKm, secondsPerKm);
    }

    private static PaceTarget racePace(PlanInputs inputs) {
        var goal = inputs.goal();
        return goal.targetTimeS() == null ? null : single(goal.targetTimeS() / (goal.distanceM() / 1000));
    }

    private static String intervalDescription(double workM) {
        var repeats = Math.max(3, (int) Math.round(workM / 800));
        return repeats + " x 800 m at interval pace, 400 m jog between, with 3 km warm-up and cool-down";
    }

    private static String km(double metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }
}
