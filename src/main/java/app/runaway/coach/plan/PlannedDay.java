package app.runaway.coach.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the plan.
 *
 * @param type       rest, easy, long, threshold, intervals, race, cross_training (when injured), or done (today,
 *                   when the athlete has already run: {@code distanceM} is what they ran)
 * @param distanceM  planned distance in metres (0 on rest days)
 * @param paceTarget seconds per kilometre, slowest and fastest (equal for a single target), null without paces
 * @param purpose    why this session, in a sentence
 * @param runsM      the runs the day holds: one, or two on a high-volume easy day split into a double
 */
public record PlannedDay(LocalDate date, String type, double distanceM, PaceTarget paceTarget, String description,
                         String purpose, List<Double> runsM) {

    public PlannedDay {
        runsM = List.copyOf(runsM);
    }

    public PlannedDay(LocalDate date, String type, double distanceM, PaceTarget paceTarget, String description,
                      String purpose) {
        this(date, type, distanceM, paceTarget, description, purpose, distanceM > 0 && !type.equals("done")
                ? List.of(distanceM) : List.of());
    }

    public record PaceTarget(double slowestSPerKm, double fastestSPerKm) {
    }

    public boolean isHard() {
        return type.equals("threshold") || type.equals("intervals") || type.equals("race");
    }

    /** A day of the plan (not a done one, nor rest) that holds running. */
    public boolean isPlannedRun() {
        return distanceM > 0 && !type.equals("done") && !type.equals("cross_training");
    }
}
