package app.runaway.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Totals per week, month or year. An activity counts in the period of its local start (where the athlete was),
 * so a Sunday-evening run in Stockholm stays in that week even though it is Sunday afternoon in UTC.
 */
@Repository
public class ActivityStats {
    private final JdbcClient jdbc;

    ActivityStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first and last local day with an activity, if any. */
    public Optional<LocalDate[]> span(long athleteId) {
        return jdbc.sql("""
                SELECT min(start_date_local)::date AS first, max(start_date_local)::date AS last
                  FROM activities WHERE athlete_id = ?""")
                .param(athleteId)
                .query((rs, row) -> rs.getObject("first") == null ? null
                        : new LocalDate[] {rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)})
                .optional();
    }

    /** Count, distance, moving time and climb of the activities of these sports (null: all) between local days. */
    public PeriodTotals.Totals summary(long athleteId, LocalDate from, LocalDate to, java.util.Set<String> sportTypes) {
        return jdbc.sql("""
                SELECT count(*) AS n, coalesce(sum(distance_m), 0) AS distance, coalesce(sum(moving_time_s), 0) AS moving,
                       coalesce(sum(elevation_gain_m), 0) AS climb
                  FROM activities
                 WHERE athlete_id = ? AND start_date_local >= ? AND start_date_local < ?
                   AND (?::text[] IS NULL OR sport_type = ANY(?::text[]))""")
                .params(athleteId, from.atStartOfDay(), to.plusDays(1).atStartOfDay(),
                        sportTypes == null ? null : sportTypes.toArray(String[]::new),
                        sportTypes == null ? null : sportTypes.toArray(String[]::new))
                .query((rs, row) -> new PeriodTotals.Totals(rs.getInt("n"), rs.getDouble("distance"),
                        rs.getLong("moving"), rs.getDouble("climb")))
                .single();
    }

    private static final String SUMS = """
            count(*) AS n, coalesce(sum(distance_m), 0) AS distance, coalesce(sum(moving_time_s), 0) AS moving,
            coalesce(sum(elapsed_time_s), 0) AS elapsed, coalesce(sum(elevation_gain_m), 0) AS climb,
            count(elevation_gain_m) AS with_climb,
            coalesce(sum(average_heartrate * moving_time_s) FILTER (WHERE average_heartrate > 0), 0) AS beats,
            coalesce(sum(moving_time_s) FILTER (WHERE average_heartrate > 0), 0) AS hr_time,
            count(*) FILTER (WHERE average_heartrate > 0) AS with_hr,
            count(DISTINCT start_date_local::date) AS days,
            coalesce(sum(distance_m) FILTER (WHERE distance_m > 0 AND moving_time_s > 0), 0) AS pace_distance,
            coalesce(sum(moving_time_s) FILTER (WHERE distance_m > 0 AND moving_time_s > 0), 0) AS pace_time,
            coalesce(sum(calories), 0) AS calories, count(calories) AS with_calories""";

    /** What the activities matching a filter add up to (its order and limit do not matter). */
    public ActivityTotals totals(long athleteId, ActivityFilter filter) {
        var condition = FilterConditions.of(athleteId, filter.ordered(null, 0));
        return jdbc.sql("SELECT " + SUMS + " FROM activities WHERE " + condition.sql())
                .params(condition.params())
                .query((rs, row) -> totals(rs))
                .single();
    }

    /**
     * The totals of each bucket from the one holding the filter's first day to the one holding its last, empty
     * buckets included; the first and last bucket hold only the filter's days.
     */
    public List<ActivityTotals.Bucket> buckets(long athleteId, ActivityFilter filter, StatsPeriod period) {
        if (filter.from() == null || filter.to() == null) {
            throw new IllegalArgumentException("buckets need a first and a last day");
        }
        var condition = FilterConditions.of(athleteId, filter.ordered(null, 0));
        var sums = new TreeMap<LocalDate, ActivityTotals>();
        jdbc.sql("SELECT date_trunc('%s', start_date_local)::date AS bucket, %s FROM activities WHERE %s GROUP BY 1"
                        .formatted(period.truncation(), SUMS, condition.sql()))
                .params(condition.params())
                .query(rs -> {
                    sums.put(rs.getObject("bucket", LocalDate.class), totals(rs));
                });
        var buckets = new ArrayList<ActivityTotals.Bucket>();
        for (var start = period.startOf(filter.from()); !start.isAfter(filter.to()); start = period.next(start)) {
            var end = period.next(start).minusDays(1);
            buckets.add(new ActivityTotals.Bucket(start.isBefore(filter.from()) ? filter.from() : start,
                    end.isAfter(filter.to()) ? filter.to() : end, sums.getOrDefault(start, ActivityTotals.NONE)));
        }
        return buckets;
    }

    private static ActivityTotals totals(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ActivityTotals(rs.getInt("n"), rs.getDouble("distance"), rs.getLong("moving"),
                rs.getLong("elapsed"), rs.getDouble("climb"), rs.getInt("with_climb"), rs.getDouble("beats"),
                rs.getLong("hr_time"), rs.getInt("with_hr"), rs.getInt("days"), rs.getDouble("pace_distance"),
                rs.getLong("pace_time"), rs.getDouble("calories"), rs.getInt("with_calories"));
    }

    /** Totals per local day and sport type, for the days from {@code from} to {@code to} inclusive that have any. */
    public Map<LocalDate, Map<String, PeriodTotals.Totals>> dailyTotals(long athleteId, LocalDate from, LocalDate to) {
        var days = new TreeMap<LocalDate, Map<String, PeriodTotals.Totals>>();
        jdbc.sql("""
                SELECT start_date_local::date AS day, sport_type, count(*) AS n, sum(distance_m) AS distance,
                       sum(moving_time_s) AS moving, sum(coalesce(elevation_gain_m, 0)) AS climb
                  FROM activities
                 WHERE athlete_id = ? AND start_date_local >= ? AND start_date_local < ?
                 GROUP BY 1, 2""")
                .params(athleteId, from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .query(rs -> {
                    days.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new TreeMap<>())
                            .put(rs.getString("sport_type"), new PeriodTotals.Totals(rs.getInt("n"),
                                    rs.getDouble("distance"), rs.getLong("moving"), rs.getDouble("climb")));
                });
        return days;
    }

    /** Every period from the one holding {@code from} to the one holding {@code to}, empty periods included. */
    public List<PeriodTotals> totals(long athleteId, StatsPeriod period, LocalDate from, LocalDate to,
                                     String sportType) {
        var firstStart = period.startOf(from);
        var sums = new TreeMap<LocalDate, Map<String, PeriodTotals.Totals>>();
        jdbc.sql("""
                SELECT date_trunc('%s', start_date_local)::date AS period_start, sport_type, count(*) AS n,
                       sum(distance_m) AS distance, sum(moving_time_s) AS moving, sum(coalesce(elevation_gain_m, 0)) AS climb
                  FROM activities
                 WHERE athlete_id = ? AND start_date_local >= ? AND start_date_local < ?
                   AND (?::text IS NULL OR sport_type = ?)
                 GROUP BY 1, 2""".formatted(period.truncation()))
                .params(athleteId, firstStart.atStartOfDay(), period.next(period.startOf(to)).atStartOfDay(),
                        sportType, sportType)
                .query(rs -> {
                    sums.computeIfAbsent(rs.getObject("period_start", LocalDate.class), d -> new TreeMap<>())
                            .put(rs.getString("sport_type"), new PeriodTotals.Totals(rs.getInt("n"),
                                    rs.getDouble("distance"), rs.getLong("moving"), rs.getDouble("climb")));
                });
        var periods = new ArrayList<PeriodTotals>();
        for (var start = firstStart; !start.isAfter(to); start = period.next(start)) {
            var bySport = sums.getOrDefault(start, Map.of());
            var total = bySport.values().stream().reduce(PeriodTotals.Totals.ZERO, PeriodTotals.Totals::plus);
            periods.add(new PeriodTotals(start, period.next(start).minusDays(1), total, new LinkedHashMap<>(bySport)));
        }
        return periods;
    }
}
