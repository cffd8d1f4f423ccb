package app.runaway.activity;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * What a set of activities adds up to: the sums every measure of a question is computed from. Heart rate is
 * averaged over moving time, and only over activities that recorded it; pace is total time over total distance of
 * the activities that have both; climb, likewise, only counts activities that have it.
 *
 * @param heartbeats      the sum of average heart rate times moving time, over activities with heart rate
 * @param heartrateTimeS  the moving time of those activities
 * @param paceDistanceM   the distance of activities with distance and moving time (the ones a pace is taken over)
 * @param calories        kilocalories, summed over the activities whose source stated them
 * @param withCalories    how many activities those are
 */
public record ActivityTotals(int count, double distanceM, long movingTimeS, long elapsedTimeS,
                             double elevationGainM, int withElevation, double heartbeats, long heartrateTimeS,
                             int withHeartrate, int daysActive, double paceDistanceM, long paceTimeS,
                             double calories, int withCalories) {

    public static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Average heart rate over moving time, when any activity recorded it. */
    public OptionalDouble averageHeartrate() {
        return heartrateTimeS > 0 ? OptionalDouble.of(heartbeats / heartrateTimeS) : OptionalDouble.empty();
    }

    /** Average pace in seconds per kilometre, when any activity has distance and time. */
    public OptionalDouble secondsPerKm() {
        return paceDistanceM > 0 && paceTimeS > 0 ? OptionalDouble.of(paceTimeS / (paceDistanceM / 1000))
                : OptionalDouble.empty();
    }

    /** The totals of one calendar bucket (a day, week, month or year), both ends inclusive. */
    public record Bucket(LocalDate start, LocalDate end, ActivityTotals totals) {
    }
}
