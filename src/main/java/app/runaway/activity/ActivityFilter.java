package app.runaway.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search over one athlete's activities by what a runner asks about: local days, sport, distance, pace, heart rate,
 * climb and words of the name or description. Every bound is inclusive and null means unbounded; paces are seconds
 * per kilometre (a "faster than" bound is a maximum).
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
        String text,
        Order order,
        int limit) {

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
        HIGHEST_HEARTRATE("average_heartrate DESC NULLS LAST");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    /** How many activities match, and the first {@code limit} of them in the order asked. */
    public record Found(long matching, java.util.List<Activity> activities) {
    }
}
