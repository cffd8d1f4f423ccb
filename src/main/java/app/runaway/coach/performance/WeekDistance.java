package app.runaway.coach.performance;

import java.time.LocalDate;

/**
 * The running of one ISO week (Monday to Sunday in the athlete's calendar).
 *
 * @param complete whether the week had ended by the day of the analysis (its Sunday is on or before that day)
 */
public record WeekDistance(LocalDate monday, double distanceM, int runs, boolean complete) {
}
