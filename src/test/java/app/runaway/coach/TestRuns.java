package app.runaway.coach;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** Small readable builders for the activities the science tests feed in. */
public final class TestRuns {
    private TestRuns() {
    }

    /** An untagged road run of {@code km} at {@code secondsPerKm}, without heart rate; its id follows from the three. */
    public static RunSample run(LocalDate date, double km, double secondsPerKm) {
        var seconds = (int) Math.round(km * secondsPerKm);
        return new RunSample(Objects.hash(date, km, secondsPerKm), null, "Run", "Run", null,
                date.atTime(7, 0).toInstant(ZoneOffset.UTC), date, km * 1000, seconds, seconds, null, null, null);
    }

    public static RunSample withHeartRate(RunSample run, double average, double max) {
        return new RunSample(run.activityId(), run.stravaId(), run.name(), run.sportType(), run.workoutType(),
                run.startDate(), run.localDate(), run.distanceM(), run.movingTimeS(), run.elapsedTimeS(), average,
                max, run.elevationGainM());
    }

    /** The run with an average heart rate and no recorded maximum (as many exports and watches give it). */
    public static RunSample withAverageHeartRate(RunSample run, double average) {
        return new RunSample(run.activityId(), run.stravaId(), run.name(), run.sportType(), run.workoutType(),
                run.startDate(), run.localDate(), run.distanceM(), run.movingTimeS(), run.elapsedTimeS(), average,
                null, run.elevationGainM());
    }

    public static RunSample tagged(RunSample run, String workoutType) {
        return new RunSample(run.activityId(), run.stravaId(), run.name(), run.sportType(), workoutType,
                run.startDate(), run.localDate(), run.distanceM(), run.movingTimeS(), run.elapsedTimeS(),
                run.averageHeartrate(), run.maxHeartrate(), run.elevationGainM());
    }

    /** The run as its recording tells it: elapsed time, top speed (m/s, or null), name and description. */
    public static RunSample recorded(RunSample run, int elapsedS, Double maxSpeedMps, String name,
                                     String description) {
        return new RunSample(run.activityId(), run.stravaId(), name, run.sportType(), run.workoutType(),
                run.startDate(), run.localDate(), run.distanceM(), run.movingTimeS(), elapsedS,
                run.averageHeartrate(), run.maxHeartrate(), run.elevationGainM(), maxSpeedMps, description,
                run.evidence());
    }

    /** A run of {@code metres} in exactly {@code movingS} seconds of moving time (elapsed the same). */
    public static RunSample timed(LocalDate date, double metres, int movingS) {
        return new RunSample(Objects.hash(date, metres, movingS), null, "Run", "Run", null,
                date.atTime(7, 0).toInstant(ZoneOffset.UTC), date, metres, movingS, movingS, null, null, null);
    }

    public static RunSample asSport(RunSample run, String sportType) {
        return new RunSample(run.activityId(), run.stravaId(), run.name(), sportType, run.workoutType(),
                run.startDate(), run.localDate(), run.distanceM(), run.movingTimeS(), run.elapsedTimeS(),
                run.averageHeartrate(), run.maxHeartrate(), run.elevationGainM());
    }
}
