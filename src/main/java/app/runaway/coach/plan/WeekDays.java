package app.runaway.coach.plan;

import app.runaway.coach.RaceGoal;
import app.runaway.coach.plan.PlannedDay.PaceTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sessions the layout chose, written out as the week's days, one per date from the first day to Sunday. */
final class WeekDays {
    private final PlanInputs inputs;
    private final Map<LocalDate, PlannedDay> byDate = new HashMap<>();
    LocalDate race;

    WeekDays(PlanInputs inputs) {
        this.inputs = inputs;
    }

    void longRun(LocalDate date, double metres) {
        byDate.put(date, new PlannedDay(date, "long", metres, easyPace(), inputs.words().of(metres) + " long run, easy",
                "Endurance: the week's longest run at easy effort"));
    }

    void threshold(LocalDate date, double metres) {
        var paces = inputs.paces();
        byDate.put(date, new PlannedDay(date, "threshold", metres, paces == null ? null
                : new PaceTarget(paces.threshold(), paces.threshold()),
                inputs.words().of(metres - SessionSizes.WARM_UP_AND_DOWN_M) + " at threshold pace, with " + inputs.words().of(SessionSizes.WARM_UP_AND_DOWN_M) + " of warm-up and "
                        + "cool-down", "Raises the pace you can hold for an hour (lactate threshold)"));
    }

    void intervals(LocalDate date, double metres) {
        var paces = inputs.paces();
        byDate.put(date, new PlannedDay(date, "intervals", metres, paces == null ? null
                : new PaceTarget(paces.intervalSlowest(), paces.intervalFastest()),
                intervalDescription(metres - SessionSizes.WARM_UP_AND_DOWN_M),
                "Raises VO2max: hard repeats with equal jog recoveries"));
    }

    void easy(LocalDate date, double metres) {
        if (metres > WeekLayout.EASY_LONGEST_M) {
            var runs = WeekLayout.twoRuns(metres);
            byDate.put(date, new PlannedDay(date, "easy", metres, easyPace(), inputs.words().of(metres) + " easy, as two runs: "
                    + inputs.words().of(runs.get(0)) + " and " + inputs.words().of(runs.get(1)), "Aerobic volume in two runs, so that no easy "
                    + "run grows too long", runs));
            return;
        }
        byDate.put(date, new PlannedDay(date, "easy", metres, easyPace(), inputs.words().of(metres) + " easy",
                "Aerobic base and recovery at conversational effort"));
    }

    List<PlannedDay> days(LocalDate firstDay, LocalDate sunday, RaceGoal goal) {
        var days = new ArrayList<PlannedDay>();
        for (var date = firstDay; !date.isAfter(sunday); date = date.plusDays(1)) {
            if (inputs.unavailableOn(date)) {
                days.add(unavailable(date));
            } else if (date.equals(race)) {
                days.add(new PlannedDay(date, "race", goal.distanceM(), racePace(goal), goal.description(),
                        "Race day: the " + goal.priority() + " race"));
            } else {
                days.add(byDate.getOrDefault(date, new PlannedDay(date, "rest", 0, null, "Rest", "Recovery")));
            }
        }
        return days;
    }

    private PlannedDay unavailable(LocalDate date) {
        var reason = inputs.unavailable().stream().filter(u -> u.covers(date))
                .map(PlanInputs.Unavailable::reason).findFirst().orElse("ill");
        return reason.equals("injured")
                ? new PlannedDay(date, "cross_training", 0, null, "Rest, or pain-free cross-training",
                        "Injured: no running until it has healed; keep fitness without loading the injury")
                : new PlannedDay(date, "rest", 0, null, "Rest", "Ill: rest until the symptoms are gone");
    }

    private PaceTarget easyPace() {
        var paces = inputs.paces();
        return paces == null ? null : new PaceTarget(paces.easySlowest(), paces.easyFastest());
    }

    private static PaceTarget racePace(RaceGoal goal) {
        if (goal.targetTimeS() == null) {
            return null;
        }
        var pace = goal.targetTimeS() / (goal.distanceM() / 1000);
        return new PaceTarget(pace, pace);
    }

    /** Repeats of 800 m, or of 1000 m once the work passes 8 km (10 x 1000 m at most). */
    private String intervalDescription(double workM) {
        var repeat = workM > 8_000 ? 1_000 : 800;
        var repeats = Math.max(4, (int) Math.round(workM / repeat));
        return repeats + " x " + repeat + " m at interval pace, equal jog recoveries, with "
                + inputs.words().of(SessionSizes.WARM_UP_AND_DOWN_M) + " of warm-up and cool-down";
    }
}
