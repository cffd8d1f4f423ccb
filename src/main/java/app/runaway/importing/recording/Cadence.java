package app.runaway.importing.recording;

import java.util.Set;

/**
 * Garmin devices (FIT {@code cadence}, the GPX TrackPointExtension {@code cad}, TCX {@code RunCadence}) record running
 * cadence as strides per minute, counting one foot. Runners and Strava speak of steps per minute, both feet, so for
 * sports on foot we double the recorded figure; for rides the figure is pedal revolutions per minute and stays as is.
 */
final class Cadence {

    private static final Set<String> ON_FOOT = Set.of("Run", "TrailRun", "VirtualRun", "Walk", "Hike");

    private Cadence() {
    }

    /** @return steps per minute for sports on foot, revolutions per minute otherwise; null when unknown */
    static Double asReported(Double recordedCadence, String sportType) {
        if (recordedCadence == null) {
            return null;
        }
        return ON_FOOT.contains(sportType) ? recordedCadence * 2 : recordedCadence;
    }
}
