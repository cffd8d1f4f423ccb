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
 * @param maxSpeedMps the recorded top speed (m/s), or null when the source has none (a manual entry)
 * @param description the athlete's own description, or null
 * @param evidence    whether the athlete included or excluded it as evidence of fitness, or left it to the checks
 */
public record RunSample(long activityId, Long stravaId, String name, String sportType, String workoutType,
                        Instant startDate, LocalDate localDate, double distanceM, int movingTimeS,
                        int elapsedTimeS, Double averageHeartrate, Double maxHeartrate, Double elevationGainM,
                        Double maxSpeedMps, String description, EvidenceChoice evidence) {

    /** The sports the coach analyses as running; walks and hikes are not training runs. */
    public static final Set<String> RUNNING = Set.of("Run", "TrailRun", "VirtualRun");

    public RunSample {
        evidence = evidence == null ? EvidenceChoice.AUTO : evidence;
    }

    /** An activity without a recorded top speed or description, left to the checks. */
    public RunSample(long activityId, Long stravaId, String name, String sportType, String workoutType,
                     Instant startDate, LocalDate localDate, double distanceM, int movingTimeS, int elapsedTimeS,
                     Double averageHeartrate, Double maxHeartrate, Double elevationGainM) {
        this(activityId, stravaId, name, sportType, workoutType, startDate, localDate, distanceM, movingTimeS,
                elapsedTimeS, averageHeartrate, maxHeartrate, elevationGainM, null, null, EvidenceChoice.AUTO);
    }

    public boolean isRun() {
        return RUNNING.contains(sportType);
    }

    /** Whole-activity average pace over moving time, when the activity has a distance and a time. */
    public OptionalDouble secondsPerKm() {
        return distanceM > 0 && movingTimeS > 0 ? OptionalDouble.of(movingTimeS / (distanceM / 1000.0))
                : OptionalDouble.empty();
    }

    /** Average speed over moving time in m/s, or 0 without a distance and a time. */
    public double averageSpeedMps() {
        return distanceM > 0 && movingTimeS > 0 ? distanceM / movingTimeS : 0;
    }

    public boolean hasAverageHeartrate() {
        return averageHeartrate != null && averageHeartrate > 0;
    }

    public boolean isTaggedRace() {
        return "race".equals(workoutType);
    }

    public double movingMinutes() {
        return movingTimeS / 60.0;
    }

    /** The same activity with the athlete's choice about it as evidence. */
    public RunSample withEvidence(EvidenceChoice choice) {
        return new RunSample(activityId, stravaId, name, sportType, workoutType, startDate, localDate, distanceM,
                movingTimeS, elapsedTimeS, averageHeartrate, maxHeartrate, elevationGainM, maxSpeedMps, description,
                choice);
    }
}
