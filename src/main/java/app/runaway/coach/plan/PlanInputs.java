package app.runaway.coach.plan;

import app.runaway.coach.RaceGoal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the planner needs to know, all computed before it runs.
 *
 * @param asOf             the day the plan is made (athlete-local); this week is the ISO week holding it
 * @param recentWeeksM     distance of the last full weeks before this one, oldest first (metres)
 * @param doneThisWeekM    distance already run this week before {@code asOf} (metres)
 * @param usualRunDays     the days the athlete usually runs
 * @param longRunDay       the day the athlete usually runs long
 * @param paces            training paces from the athlete's VDOT, or null when no VDOT could be estimated
 * @param goal             the race aimed at, or null
 * @param unavailable      periods of illness or injury (from, to inclusive; to null while open)
 */
public record PlanInputs(LocalDate asOf, List<Double> recentWeeksM, double doneThisWeekM, Set<DayOfWeek> usualRunDays,
                         DayOfWeek longRunDay,
                         Paces paces, RaceGoal goal, List<Unavailable> unavailable) {

    /** Seconds per kilometre for each kind of training; ranges are fastest-first pairs. */
    public record Paces(double easySlowest, double easyFastest, double marathon, double threshold,
                        double intervalSlowest, double intervalFastest, double repetition) {
    }

    /** Ill or injured from {@code from} to {@code to} inclusive ({@code to} null while it lasts). */
    public record Unavailable(String reason, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }
}
