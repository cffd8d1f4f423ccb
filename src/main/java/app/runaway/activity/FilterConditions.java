package app.runaway.activity;

import java.util.ArrayList;
import java.util.List;

/** The SQL condition of an {@link ActivityFilter}, bound to one athlete first; shared by search and totals. */
record FilterConditions(String sql, List<Object> params) {

    static FilterConditions of(long athleteId, ActivityFilter filter) {
        var where = new ArrayList<String>(List.of("athlete_id = ?"));
        var params = new ArrayList<Object>(List.of(athleteId));
        if (filter.sportTypes() != null) {
            where.add("sport_type = ANY(?)");
            params.add(filter.sportTypes().toArray(String[]::new));
        }
        bound(where, params, "start_date_local >= ?", filter.from() == null ? null : filter.from().atStartOfDay());
        bound(where, params, "start_date_local < ?", filter.to() == null ? null
                : filter.to().plusDays(1).atStartOfDay());
        bound(where, params, "distance_m >= ?", filter.minDistanceM());
        bound(where, params, "distance_m <= ?", filter.maxDistanceM());
        // SQL may test conditions in any order: the pace itself must not divide by zero (no distance: no pace)
        if (filter.minPaceSPerKm() != null || filter.maxPaceSPerKm() != null) {
            where.add("moving_time_s > 0 AND distance_m > 0");
        }
        bound(where, params, "moving_time_s * 1000.0 / nullif(distance_m, 0) >= ?", filter.minPaceSPerKm());
        bound(where, params, "moving_time_s * 1000.0 / nullif(distance_m, 0) <= ?", filter.maxPaceSPerKm());
        bound(where, params, "average_heartrate >= ?", filter.minAverageHeartrate());
        bound(where, params, "average_heartrate <= ?", filter.maxAverageHeartrate());
        bound(where, params, "elevation_gain_m >= ?", filter.minElevationGainM());
        bound(where, params, "moving_time_s >= ?", filter.minMovingTimeS());
        bound(where, params, "moving_time_s <= ?", filter.maxMovingTimeS());
        if (filter.racesOnly()) {
            where.add("workout_type = 'race'");
        }
        if (filter.withholding().sql() != null) {
            where.add(filter.withholding().sql());
        }
        if (filter.order() != null && filter.order().required() != null) {
            where.add(filter.order().required());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // the words OR-ed, as textMatches does, over the same indexed expression; only stop words: no filter
            where.add("""
                    (nullif(replace(plainto_tsquery('english', ?)::text, '&', '|'), '') IS NULL
                     OR text_vector @@ to_tsquery('english', replace(plainto_tsquery('english', ?)::text, '&', '|')))""");
            params.add(filter.text());
            params.add(filter.text());
        }
        return new FilterConditions(String.join(" AND ", where), params);
    }

    private static void bound(List<String> where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.add(condition);
            params.add(value);
        }
    }
}
