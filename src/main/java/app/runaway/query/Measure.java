package app.runaway.query;

import app.runaway.activity.ActivityTotals;
import java.util.OptionalDouble;

/**
 * What a question measures over a set of activities, in base units: a count, metres, seconds, metres climbed,
 * beats per minute (averaged over moving time), seconds per km (total time over total distance), days with any
 * activity, kilocalories (where the source stated them). Which of them add up over weeks and months ({@link #additive()}) decides whether "per week" makes sense.
 */
public enum Measure {
    COUNT("count"),
    DISTANCE("distance"),
    MOVING_TIME("moving_time"),
    ELEVATION_GAIN("elevation_gain"),
    AVERAGE_HEARTRATE("average_heartrate"),
    PACE("pace"),
    DAYS_ACTIVE("days_active"),
    CALORIES("calories");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Measure fromCode(String code) {
        for (var measure : values()) {
            if (measure.code.equals(code)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("no measure " + code);
    }

    /** Counts, distances, times, climb, active days and calories add up; heart rate and pace are averages. */
    public boolean additive() {
        return this != AVERAGE_HEARTRATE && this != PACE;
    }

    /** The measure over these totals; empty when no activity has what it needs (no heart rate recorded). */
    public OptionalDouble of(ActivityTotals totals) {
        return switch (this) {
            case COUNT -> OptionalDouble.of(totals.count());
            case DISTANCE -> OptionalDouble.of(totals.distanceM());
            case MOVING_TIME -> OptionalDouble.of(totals.movingTimeS());
            case ELEVATION_GAIN -> totals.withElevation() > 0 ? OptionalDouble.of(totals.elevationGainM())
                    : OptionalDouble.empty();
            case AVERAGE_HEARTRATE -> totals.averageHeartrate();
            case PACE -> totals.secondsPerKm();
            case DAYS_ACTIVE -> OptionalDouble.of(totals.daysActive());
            case CALORIES -> totals.withCalories() > 0 ? OptionalDouble.of(totals.calories()) : OptionalDouble.empty();
        };
    }
}
