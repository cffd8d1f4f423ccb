package app.runaway.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored activity, as the store reads it back. Metres, seconds, m/s, bpm and kilocalories. {@code source} is the
 * highest-ranked of {@code sources}, every source that has given it figures; {@code evidence} is the athlete's say on
 * it as evidence of fitness.
 */
public record Activity(
        long id,
        long athleteId,
        Long stravaId,
        ActivitySource source,
        String name,
        String sportType,
        WorkoutType workoutType,
        Instant startDate,
        LocalDateTime startDateLocal,
        String timezone,
        double distanceM,
        int movingTimeS,
        int elapsedTimeS,
        Double elevationGainM,
        Double averageSpeedMps,
        Double maxSpeedMps,
        Double averageHeartrate,
        Double maxHeartrate,
        Double averageCadence,
        String gearName,
        boolean commute,
        boolean trainer,
        boolean manual,
        String description,
        Integer relativeEffort,
        TrackSummary track,
        String deviceName,
        List<ActivitySource> sources,
        Double calories,
        ActivityEvidence evidence) {

    public Activity {
        evidence = evidence == null ? ActivityEvidence.AUTO : evidence;
    }

    /** An activity whose sources state no calories and the athlete has said nothing about as evidence. */
    public Activity(long id, long athleteId, Long stravaId, ActivitySource source, String name, String sportType,
                    WorkoutType workoutType, Instant startDate, LocalDateTime startDateLocal, String timezone,
                    double distanceM, int movingTimeS, int elapsedTimeS, Double elevationGainM,
                    Double averageSpeedMps, Double maxSpeedMps, Double averageHeartrate, Double maxHeartrate,
                    Double averageCadence, String gearName, boolean commute, boolean trainer, boolean manual,
                    String description, Integer relativeEffort, TrackSummary track, String deviceName,
                    List<ActivitySource> sources) {
        this(id, athleteId, stravaId, source, name, sportType, workoutType, startDate, startDateLocal, timezone,
                distanceM, movingTimeS, elapsedTimeS, elevationGainM, averageSpeedMps, maxSpeedMps, averageHeartrate,
                maxHeartrate, averageCadence, gearName, commute, trainer, manual, description, relativeEffort, track,
                deviceName, sources, null, ActivityEvidence.AUTO);
    }

    /** Foot sports are measured by pace; everything else by speed. */
    public boolean isFootSport() {
        return FootSports.includes(sportType);
    }
}
