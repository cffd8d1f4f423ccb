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
 * @param doneThisWeekM    distance already run this week, today's runs included (metres)
 * @param usualRunDays     the days the athlete usually runs
 * @param longRunDay       the day the athlete usually runs long
 * @param paces            training paces from the athlete's VDOT, or null when no VDOT could be estimated
 * @param goal             the race aimed at, or null; a goal whose race day has passed is not planned toward
 * @param unavailable      periods of illness or injury (from, to inclusive; to null while open)
 * @param doneTodayM       distance already run today (metres): today is then done, and planning starts tomorrow
 * @param currentLongRunM  the athlete's current long run: the second longest of the last four complete weeks'
 *                         longest runs (a one-off such as a race does not set it); 0 when unknown
 * @param comeback         a break from running that still shapes training, or null
 * @param words            how the plan's sentences write distances: in the athlete's units
 */
public record PlanInputs(LocalDate asOf, List<Double> recentWeeksM, double doneThisWeekM, Set<DayOfWeek> usualRunDays,
                         DayOfWeek longRunDay, Paces paces, RaceGoal goal, List<Unavailable> unavailable,
                         double doneTodayM, double currentLongRunM, Comeback comeback, DistanceWords words) {

    public PlanInputs {
        recentWeeksM = List.copyOf(recentWeeksM);
        usualRunDays = Set.copyOf(usualRunDays);
        unavailable = List.copyOf(unavailable);
        words = words == null ? DistanceWords.METRIC : words;
    }

    /** Inputs whose sentences write kilometres. */
    public PlanInputs(LocalDate asOf, List<Double> recentWeeksM, double doneThisWeekM, Set<DayOfWeek> usualRunDays,
                      DayOfWeek longRunDay, Paces paces, RaceGoal goal, List<Unavailable> unavailable,
                      double doneTodayM, double currentLongRunM, Comeback comeback) {
        this(asOf, recentWeeksM, doneThisWeekM, usualRunDays, longRunDay, paces, goal, unavailable, doneTodayM,
                currentLongRunM, comeback, DistanceWords.METRIC);
    }

    /** Inputs without today's runs, a known long run or a break. */
    public PlanInputs(LocalDate asOf, List<Double> recentWeeksM, double doneThisWeekM, Set<DayOfWeek> usualRunDays,
                      DayOfWeek longRunDay, Paces paces, RaceGoal goal, List<Unavailable> unavailable) {
        this(asOf, recentWeeksM, doneThisWeekM, usualRunDays, longRunDay, paces, goal, unavailable, 0, 0, null);
    }

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

    /**
     * A break from running of two weeks or more.
     *
     * @param lastRunBefore the last run before it
     * @param returnedOn    the first run after it, or null while it lasts
     * @param days          its length in days (to the day of the plan while it lasts)
     * @param weeklyMBefore what the athlete ran a week in the four weeks before it (metres)
     */
    public record Comeback(LocalDate lastRunBefore, LocalDate returnedOn, long days, double weeklyMBefore) {
    }

    /** The goal the plan builds toward: none when its race day has passed. */
    RaceGoal plannedGoal() {
        return goal == null || (goal.raceDate() != null && goal.raceDate().isBefore(asOf)) ? null : goal;
    }

    /** The first day still to plan: today, or tomorrow when today's run is done. */
    LocalDate firstDay() {
        return doneTodayM > 0 ? asOf.plusDays(1) : asOf;
    }

    boolean unavailableOn(LocalDate day) {
        return unavailable.stream().anyMatch(u -> u.covers(day));
    }
}
