package app.runaway.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One activity as the coach sees it: a plain summary handed in by the caller, never read from a database here.
 *
 * @param workoutType Strava's tag for runs: "race", "long_run", "workout", "default", or null when untagged
 * @param localDate   the day the activity started in the athlete's own calendar
 */
public record RunSample(long activityId, Long stravaId, String name, String sportType, String workoutType,
                        Instant startDate, LocalDate localDate, double distanceM, int movingTimeS,
                        int elapsedTimeS, Double averageHeartrate, Double maxHeartrate, Double elevationGainM) {

    /** The sports the coach analyses as running; walks and hikes are not training runs. */
    private static final Set<String> RUNNING = Set.of("Run", "TrailRun", "VirtualRun");

    public boolean isRun() {
        return RUNNING.contains(sportType);
    }

    /** Whole-activity average pace over moving time, when the activity has a distance and a time. */
    public OptionalDouble secondsPerKm() {
        return distanceM > 0 && movingTimeS > 0 ? OptionalDouble.of(movingTimeS / (distanceM / 1000.0))
                : OptionalDouble.empty();
    }

    public boolean hasAverageHeartrate() {
        return averageHeartrate != null && averageHeartrate > 0;
    }

    public double movingMinutes() {
        return movingTimeS / 60.0;
    }
}
