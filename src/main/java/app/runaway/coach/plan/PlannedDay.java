package app.runaway.coach.plan;

import java.time.LocalDate;

/**
 * One day of the plan.
 *
 * @param type       rest, easy, long, threshold, intervals, race, or cross_training (when injured)
 * @param distanceM  planned distance in metres (0 on rest days)
 * @param paceTarget seconds per kilometre, slowest and fastest (equal for a single target), null without paces
 * @param purpose    why this session, in a sentence
 */
public record PlannedDay(LocalDate date, String type, double distanceM, PaceTarget paceTarget, String description,
                         String purpose) {

    public record PaceTarget(double slowestSPerKm, double fastestSPerKm) {
    }

    public boolean isHard() {
        return type.equals("threshold") || type.equals("intervals") || type.equals("race");
    }
}
