package app.runaway.activity;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An activity as an importer (or the demo generator) hands it to the store. Metres, seconds, metres per second and
 * beats per minute throughout; conversion to the athlete's units happens only at the edge.
 *
 * @param stravaId    Strava's id when the source knows it; the dedup key
 * @param fingerprint a content key for activities without a Strava id (a file upload), else null
 * @param timezone    the zone the activity was recorded in, or null when the source does not say (a Strava export
 *                    or a GPX file): the athlete's own zone is used then, and follows later changes of it
 * @param deviceName  the recording device as the source names it ("Garmin Forerunner 965"), or null
 * @param calories    the energy the activity cost as the source states it, in kilocalories, or null
 */
public record NewActivity(
        Long stravaId,
        String fingerprint,
        ActivitySource source,
        String name,
        String sportType,
        Instant startDate,
        ZoneId timezone,
        double distanceM,
        int movingTimeS,
        int elapsedTimeS,
        Double elevationGainM,
        Double averageSpeedMps,
        Double maxSpeedMps,
        Double averageHeartrate,
        Double maxHeartrate,
        Double averageCadence,
        WorkoutType workoutType,
        String gearName,
        boolean commute,
        boolean trainer,
        boolean manual,
        String description,
        Integer relativeEffort,
        TrackSummary track,
        String deviceName,
        Double calories) {

    /** An activity whose source states no calories. */
    public NewActivity(Long stravaId, String fingerprint, ActivitySource source, String name, String sportType,
                       Instant startDate, ZoneId timezone, double distanceM, int movingTimeS, int elapsedTimeS,
                       Double elevationGainM, Double averageSpeedMps, Double maxSpeedMps, Double averageHeartrate,
                       Double maxHeartrate, Double averageCadence, WorkoutType workoutType, String gearName,
                       boolean commute, boolean trainer, boolean manual, String description, Integer relativeEffort,
                       TrackSummary track, String deviceName) {
        this(stravaId, fingerprint, source, name, sportType, startDate, timezone, distanceM, movingTimeS,
                elapsedTimeS, elevationGainM, averageSpeedMps, maxSpeedMps, averageHeartrate, maxHeartrate,
                averageCadence, workoutType, gearName, commute, trainer, manual, description, relativeEffort, track,
                deviceName, null);
    }

    /** An activity whose source names no device and states no calories. */
    public NewActivity(Long stravaId, String fingerprint, ActivitySource source, String name, String sportType,
                       Instant startDate, ZoneId timezone, double distanceM, int movingTimeS, int elapsedTimeS,
                       Double elevationGainM, Double averageSpeedMps, Double maxSpeedMps, Double averageHeartrate,
                       Double maxHeartrate, Double averageCadence, WorkoutType workoutType, String gearName,
                       boolean commute, boolean trainer, boolean manual, String description, Integer relativeEffort,
                       TrackSummary track) {
        this(stravaId, fingerprint, source, name, sportType, startDate, timezone, distanceM, movingTimeS,
                elapsedTimeS, elevationGainM, averageSpeedMps, maxSpeedMps, averageHeartrate, maxHeartrate,
                averageCadence, workoutType, gearName, commute, trainer, manual, description, relativeEffort, track,
                null, null);
    }

    /** The same activity with the calories its source states. */
    public NewActivity withCalories(Double kilocalories) {
        return new NewActivity(stravaId, fingerprint, source, name, sportType, startDate, timezone, distanceM,
                movingTimeS, elapsedTimeS, elevationGainM, averageSpeedMps, maxSpeedMps, averageHeartrate,
                maxHeartrate, averageCadence, workoutType, gearName, commute, trainer, manual, description,
                relativeEffort, track, deviceName, kilocalories);
    }

    public NewActivity {
        // no activity costs nothing: a 0 is a device or export that did not count
        calories = calories != null && calories > 0 ? calories : null;
        if (stravaId == null && fingerprint == null) {
            throw new IllegalArgumentException("an activity needs a Strava id or a fingerprint to be deduplicated");
        }
        if (source == null || sportType == null || startDate == null) {
            throw new IllegalArgumentException("source, sport type and start date are required");
        }
    }
}
