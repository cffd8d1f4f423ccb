package app.runaway.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * One session the athlete will do, before it is "recorded" with paces and heart rates.
 *
 * @param distanceM planned distance; zero for weight training
 * @param race      the race, for a {@link SessionKind#RACE}; else null
 */
record PlannedSession(LocalDate day, LocalTime start, SessionKind kind, double distanceM, Race race) {

    static final Comparator<PlannedSession> CHRONOLOGICAL =
            Comparator.comparing(PlannedSession::day).thenComparing(PlannedSession::start);
}
