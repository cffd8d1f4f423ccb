package app.runaway.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A search over one athlete's activities by what a runner asks about: local days, sport, distance, pace, heart rate,
 * climb, moving time, words of the name or description, and races. Every bound is inclusive and null means
 * unbounded; paces are seconds per kilometre (a "faster than" bound is a maximum).
 *
 * @param racesOnly   only activities tagged as races (Strava's workout type, or the export's Competition column)
 * @param withholding which activities the reader may not see (an external AI application: see {@link Withholding})
 */
public record ActivityFilter(
        Set<String> sportTypes,
        LocalDate from,
        LocalDate to,
        Double minDistanceM,
        Double maxDistanceM,
        Double minPaceSPerKm,
        Double maxPaceSPerKm,
        Double minAverageHeartrate,
        Double maxAverageHeartrate,
        Double minElevationGainM,
        Integer minMovingTimeS,
        Integer maxMovingTimeS,
        String text,
        boolean racesOnly,
        Order order,
        int limit,
        Withholding withholding) {

    public ActivityFilter {
        withholding = withholding == null ? Withholding.NONE : withholding;
    }

    /** A filter that withholds nothing. */
    public ActivityFilter(Set<String> sportTypes, LocalDate from, LocalDate to, Double minDistanceM,
                          Double maxDistanceM, Double minPaceSPerKm, Double maxPaceSPerKm, Double minAverageHeartrate,
                          Double maxAverageHeartrate, Double minElevationGainM, Integer minMovingTimeS,
                          Integer maxMovingTimeS, String text, boolean racesOnly, Order order, int limit) {
        this(sportTypes, from, to, minDistanceM, maxDistanceM, minPaceSPerKm, maxPaceSPerKm, minAverageHeartrate,
                maxAverageHeartrate, minElevationGainM, minMovingTimeS, maxMovingTimeS, text, racesOnly, order, limit,
                Withholding.NONE);
    }

    /** Every activity of these sports (null: all) between these days (null: unbounded), newest first. */
    public static ActivityFilter of(Set<String> sportTypes, LocalDate from, LocalDate to) {
        return new ActivityFilter(sportTypes, from, to, null, null, null, null, null, null, null, null, null, null,
                false, Order.NEWEST, 1);
    }

    public ActivityFilter ordered(Order newOrder, int newLimit) {
        return new ActivityFilter(sportTypes, from, to, minDistanceM, maxDistanceM, minPaceSPerKm, maxPaceSPerKm,
                minAverageHeartrate, maxAverageHeartrate, minElevationGainM, minMovingTimeS, maxMovingTimeS, text,
                racesOnly, newOrder, newLimit, withholding);
    }

    public ActivityFilter between(LocalDate newFrom, LocalDate newTo) {
        return new ActivityFilter(sportTypes, newFrom, newTo, minDistanceM, maxDistanceM, minPaceSPerKm,
                maxPaceSPerKm, minAverageHeartrate, maxAverageHeartrate, minElevationGainM, minMovingTimeS,
                maxMovingTimeS, text, racesOnly, order, limit, withholding);
    }

    /** The same filter, leaving out what this rule withholds. */
    public ActivityFilter withholding(Withholding rule) {
        return new ActivityFilter(sportTypes, from, to, minDistanceM, maxDistanceM, minPaceSPerKm, maxPaceSPerKm,
                minAverageHeartrate, maxAverageHeartrate, minElevationGainM, minMovingTimeS, maxMovingTimeS, text,
                racesOnly, order, limit, rule);
    }

    /** The orders a search can take; the pace orders leave out activities without distance or moving time. */
    public enum Order {
        NEWEST("start_date DESC"),
        OLDEST("start_date ASC"),
        LONGEST("distance_m DESC"),
        SHORTEST("distance_m ASC"),
        LONGEST_TIME("moving_time_s DESC"),
        FASTEST("moving_time_s / nullif(distance_m, 0) ASC NULLS LAST"),
        SLOWEST("moving_time_s / nullif(distance_m, 0) DESC NULLS LAST"),
        MOST_CLIMB("elevation_gain_m DESC NULLS LAST"),
        HIGHEST_HEARTRATE("average_heartrate DESC NULLS LAST"),
        MOST_CALORIES("calories DESC NULLS LAST");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }

        /** Orders that skip activities lacking the value they sort by (an activity without climb is not "hilliest"). */
        String required() {
            return switch (this) {
                case FASTEST, SLOWEST -> "distance_m > 0 AND moving_time_s > 0";
                case MOST_CLIMB -> "elevation_gain_m IS NOT NULL";
                case HIGHEST_HEARTRATE -> "average_heartrate IS NOT NULL";
                case MOST_CALORIES -> "calories IS NOT NULL";
                default -> null;
            };
        }
    }

    /** How many activities match, and the first {@code limit} of them in the order asked. */
    public record Found(long matching, List<Activity> activities) {
    }
}
