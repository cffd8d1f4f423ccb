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
