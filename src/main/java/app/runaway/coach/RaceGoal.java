package app.runaway.coach;

import java.time.LocalDate;

/**
 * A race the athlete aims at: a distance, optionally a target time and a date, and a priority (A gets a full taper,
 * B a short one, C none).
 *
 * @param description the athlete's own words, e.g. "Marathon under 4:00 on 2027-04-18"
 * @param distanceM   the race distance in metres
 * @param targetTimeS the target finishing time in seconds, or null for "just finish"
 * @param raceDate    the race day in the athlete's calendar, or null when not set
 */
public record RaceGoal(String description, double distanceM, Integer targetTimeS, LocalDate raceDate,
                       Priority priority) {

    public enum Priority { A, B, C }

    public RaceGoal {
        if (distanceM <= 0) {
            throw new IllegalArgumentException("a race goal needs a positive distance");
        }
        if (targetTimeS != null && targetTimeS <= 0) {
            throw new IllegalArgumentException("a target time must be positive");
        }
        priority = priority == null ? Priority.A : priority;
    }
}
