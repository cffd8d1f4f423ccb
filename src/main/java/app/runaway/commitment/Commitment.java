package app.runaway.commitment;

import java.time.LocalDate;

/** What the athlete commits to for a day: a sport, and optionally a distance and a duration to reach. */
record Commitment(long id, LocalDate day, String sportType, Double targetDistanceM, Integer targetDurationS,
                  String description) {
}
