package app.runaway.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads one athlete's activities: every query is bound to the athlete id first. */
@Repository
public class ActivityReader {
    /** What {@link #activity} reads: every column but the stored full-text vector, which only search needs. */
    private static final String COLUMNS = """
            id, athlete_id, strava_id, source, name, sport_type, workout_type, start_date, start_date_local, timezone,
            distance_m, moving_time_s, elapsed_time_s, elevation_gain_m, average_speed_mps, max_speed_mps,
            average_heartrate, max_heartrate, average_cadence, gear_name, commute, trainer, manual, description,
            relative_effort, track, device_name, sources, calories, evidence""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    ActivityReader(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    public Optional<Activity> find(long athleteId, long activityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE athlete_id = ? AND id = ?")
                .params(athleteId, activityId)
                .query(this::activity)
                .optional();
    }

    /**
     * The activity of the same sport family starting within {@code window} of {@code start}: the same run arriving
     * as a file after it came from Strava (or the other way round) is one activity, not two.
     */
    public Optional<Activity> findStartingNear(long athleteId, Instant start, Duration window, boolean footSport) {
        return jdbc.sql("""
                SELECT %s FROM activities
                 WHERE athlete_id = ? AND start_date BETWEEN ? AND ? AND %s = ?
                 ORDER BY abs(extract(epoch FROM start_date - ?)) LIMIT 1""".formatted(COLUMNS,
                        FootSports.sql("sport_type")))
                .params(athleteId, Timestamp.from(start.minus(window)), Timestamp.from(start.plus(window)), footSport,
                        Timestamp.from(start))
                .query(this::activity)
                .optional();
    }

    /** Every activity whose local start day lies from {@code from} to {@code to} inclusive, oldest first. */
    public List<Activity> between(long athleteId, java.time.LocalDate from, java.time.LocalDate to) {
        return between(athleteId, from, to, Withholding.NONE);
    }

    /** The same, leaving out what the rule withholds. */
    public List<Activity> between(long athleteId, java.time.LocalDate from, java.time.LocalDate to,
                                  Withholding withholding) {
        return jdbc.sql("""
                SELECT %s FROM activities WHERE athlete_id = ? AND start_date_local >= ? AND start_date_local < ?%s
                 ORDER BY start_date_local, id""".formatted(COLUMNS, withholding.sql() == null ? ""
                        : " AND " + withholding.sql()))
                .params(athleteId, from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .query(this::activity)
                .list();
    }

    /** The local day of the athlete's latest activity of these sports on or before {@code day}, if any. */
    public Optional<java.time.LocalDate> lastDayOf(long athleteId, java.util.Set<String> sportTypes,
                                                  java.time.LocalDate day) {
        return lastDayOf(athleteId, sportTypes, day, Withholding.NONE);
    }

    /** The same, leaving out what the rule withholds. */
    public Optional<java.time.LocalDate> lastDayOf(long athleteId, java.util.Set<String> sportTypes,
                                                  java.time.LocalDate day, Withholding withholding) {
        return jdbc.sql("""
                SELECT max(start_date_local) FROM activities
                 WHERE athlete_id = ? AND sport_type = ANY(?) AND start_date_local < ?%s""".formatted(
                        withholding.sql() == null ? "" : " AND " + withholding.sql()))
                .params(athleteId, sportTypes.toArray(String[]::new), day.plusDays(1).atStartOfDay())
                .query((rs, row) -> {
                    var time = rs.getObject(1, java.time.LocalDateTime.class);
                    return time == null ? null : time.toLocalDate();
                })
                .optional();
    }

    /**
     * The activity with the fastest average pace (moving time over distance) among these sports, at least
     * {@code minDistanceM} long, between local days (null: unbounded).
     */
    public Optional<Activity> fastest(long athleteId, java.util.Set<String> sportTypes, double minDistanceM,
                                      java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT %s FROM activities
                 WHERE athlete_id = ? AND sport_type = ANY(?) AND distance_m >= ? AND distance_m > 0
                   AND moving_time_s > 0 AND start_date_local >= ? AND start_date_local < ?
                 ORDER BY moving_time_s / distance_m, start_date LIMIT 1""".formatted(COLUMNS))
                .params(athleteId, sportTypes.toArray(String[]::new), minDistanceM, from.atStartOfDay(),
                        to.plusDays(1).atStartOfDay())
                .query(this::activity)
                .optional();
    }

    /** An activity whose name or description matches words of a text, with PostgreSQL's full-text rank. */
    public record TextMatch(long activityId, double rank) {
    }

    /**
     * Full-text search on one athlete's activity names and descriptions (their stored {@code text_vector}, GIN
     * index). The words are OR-ed ("rainy hill repeats" matches any of them, ranked by how many and how close):
     * semantic search handles meaning, this side rewards any literal overlap.
     */
    public List<TextMatch> textMatches(long athleteId, String text, int limit) {
        return jdbcTemplate.query(connection -> {
            var statement = connection.prepareStatement("""
                    WITH q AS (SELECT nullif(replace(plainto_tsquery('english', ?)::text, '&', '|'), '') AS words)
                    SELECT a.id, ts_rank(a.text_vector, to_tsquery('english', q.words)) AS rank
                      FROM activities a, q
                     WHERE q.words IS NOT NULL AND a.athlete_id = ?
                       AND a.text_vector @@ to_tsquery('english', q.words)
                     ORDER BY rank DESC, a.start_date DESC LIMIT ?""");
            // Never a server-side prepared statement: PostgreSQL would switch it to a generic plan after five runs,
            // one that cannot see the words and ranks them the slow way (0.3-0.6 s instead of 40-60 ms for an
            // athlete with 50,000 activities and a word as common as "run"). Planned with the words, every time.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setString(1, text);
            statement.setLong(2, athleteId);
            statement.setInt(3, limit);
            return statement;
        }, (rs, row) -> new TextMatch(rs.getLong(1), rs.getDouble(2)));
    }

    /** The activities matching a filter, counted and listed in its order (ties: newest first). */
    public ActivityFilter.Found search(long athleteId, ActivityFilter filter) {
        var condition = FilterConditions.of(athleteId, filter);
        var matching = jdbc.sql("SELECT count(*) FROM activities WHERE " + condition.sql()).params(condition.params())
                .query(Long.class).single();
        var rows = matching == 0 ? List.<Activity>of() : jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE " + condition.sql()
                        + " ORDER BY " + filter.order().sql() + ", start_date DESC, id DESC LIMIT " + filter.limit())
                .params(condition.params()).query(this::activity).list();
        return new ActivityFilter.Found(matching, rows);
    }

    /** The sport types of the athlete's activities, the most frequent first (a list's sport filter offers them). */
    public List<String> sportTypes(long athleteId) {
        return jdbc.sql("SELECT sport_type FROM activities WHERE athlete_id = ? GROUP BY 1 ORDER BY count(*) DESC, 1")
                .param(athleteId).query(String.class).list();
    }

    /** Whether any of the athlete's activities came from this source alone (no export or file gave it too). */
    public boolean hasAnyOnlyFrom(long athleteId, ActivitySource source) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM activities WHERE athlete_id = ? AND sources = ARRAY[?]::text[])")
                .params(athleteId, source.code()).query(Boolean.class).single();
    }


    /** The start of the athlete's newest activity with figures from this source (Strava's API: where to sync after). */
    public Optional<Instant> newestStartFrom(long athleteId, ActivitySource source) {
        return jdbc.sql("""
                SELECT max(start_date) FROM activities WHERE athlete_id = ? AND ? = ANY(sources)""")
                .params(athleteId, source.code())
                .query((rs, row) -> {
                    var time = rs.getObject(1, java.time.OffsetDateTime.class);
                    return time == null ? null : time.toInstant();
                })
                .optional();
    }

    /** The athlete's activities that carry a Strava id, by that id. */
    public Optional<Activity> findByStravaId(long athleteId, long stravaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE athlete_id = ? AND strava_id = ?")
                .params(athleteId, stravaId)
                .query(this::activity)
                .optional();
    }

    /** These activities of the athlete (ids of other athletes' or deleted activities are left out). */
    public List<Activity> findAll(long athleteId, java.util.Collection<Long> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE athlete_id = ? AND id = ANY(?)")
                .params(athleteId, ids.toArray(Long[]::new))
                .query(this::activity)
                .list();
    }

    /** How many of the athlete's activities came from this source alone. */
    public long countOnlyFrom(long athleteId, ActivitySource source) {
        return jdbc.sql("SELECT count(*) FROM activities WHERE athlete_id = ? AND sources = ARRAY[?]::text[]")
                .params(athleteId, source.code()).query(Long.class).single();
    }

    public long count(long athleteId) {
        return jdbc.sql("SELECT count(*) FROM activities WHERE athlete_id = ?").param(athleteId).query(Long.class)
                .single();
    }

    public ActivityPage list(long athleteId, ActivityQuery query) {
        var where = new ArrayList<String>(List.of("athlete_id = ?"));
        var params = new ArrayList<Object>(List.of(athleteId));
        if (query.sportTypes() != null) {
            where.add("sport_type = ANY(?)");
            params.add(query.sportTypes().toArray(String[]::new));
        }
        if (query.after() != null) {
            where.add("start_date >= ?");
            params.add(Timestamp.from(query.after()));
        }
        if (query.before() != null) {
            where.add("start_date < ?");
            params.add(Timestamp.from(query.before()));
        }
        if (query.afterLocal() != null) {
            where.add("start_date_local >= ?");
            params.add(query.afterLocal());
        }
        if (query.beforeLocal() != null) {
            where.add("start_date_local < ?");
            params.add(query.beforeLocal());
        }
        if (query.minDistanceM() != null) {
            where.add("distance_m >= ?");
            params.add(query.minDistanceM());
        }
        if (query.maxDistanceM() != null) {
            where.add("distance_m <= ?");
            params.add(query.maxDistanceM());
        }
        var sort = query.sort();
        var column = sort.column();
        var direction = sort.descending() ? "DESC" : "ASC";
        if (query.cursor() != null) {
            where.add("(" + column + ", id) " + (sort.descending() ? "<" : ">") + " (?, ?)");
            params.add(query.cursor().sortValue());
            params.add(query.cursor().id());
        }
        var sql = "SELECT " + COLUMNS + " FROM activities WHERE " + String.join(" AND ", where)
                + " ORDER BY " + column + " " + direction + ", id " + direction + " LIMIT " + (query.limit() + 1);
        var rows = jdbc.sql(sql).params(params).query(this::activity).list();
        if (rows.size() <= query.limit()) {
            return new ActivityPage(rows, null);
        }
        var page = rows.subList(0, query.limit());
        var last = page.getLast();
        return new ActivityPage(List.copyOf(page), new PageCursor(sort, sortValue(sort, last), last.id()).encode());
    }

    private static String sortValue(ActivitySort sort, Activity activity) {
        return switch (sort) {
            case NEWEST, OLDEST -> activity.startDate().toString();
            case LONGEST, SHORTEST -> Double.toString(activity.distanceM());
            case LONGEST_TIME, SHORTEST_TIME -> Integer.toString(activity.movingTimeS());
        };
    }

    Activity activity(ResultSet rs, int row) throws SQLException {
        var workoutType = rs.getString("workout_type");
        var track = rs.getString("track");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("athlete_id"),
                (Long) rs.getObject("strava_id"),
                ActivitySource.fromCode(rs.getString("source")),
                rs.getString("name"),
                rs.getString("sport_type"),
                workoutType == null ? null : WorkoutType.fromCode(workoutType),
                rs.getObject("start_date", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("start_date_local", java.time.LocalDateTime.class),
                rs.getString("timezone"),
                rs.getDouble("distance_m"),
                rs.getInt("moving_time_s"),
                rs.getInt("elapsed_time_s"),
                (Double) rs.getObject("elevation_gain_m"),
                (Double) rs.getObject("average_speed_mps"),
                (Double) rs.getObject("max_speed_mps"),
                (Double) rs.getObject("average_heartrate"),
                (Double) rs.getObject("max_heartrate"),
                (Double) rs.getObject("average_cadence"),
                blankToNull(rs.getString("gear_name")),
                rs.getBoolean("commute"),
                rs.getBoolean("trainer"),
                rs.getBoolean("manual"),
                blankToNull(rs.getString("description")),
                (Integer) rs.getObject("relative_effort"),
                track == null ? null : json.readValue(track, TrackSummary.class),
                blankToNull(rs.getString("device_name")),
                sources(rs),
                (Double) rs.getObject("calories"),
                ActivityEvidence.fromColumn(rs.getString("evidence")));
    }

    private static List<ActivitySource> sources(ResultSet rs) throws SQLException {
        var codes = (String[]) rs.getArray("sources").getArray();
        return java.util.Arrays.stream(codes).map(ActivitySource::fromCode).toList();
    }

    /**
     * A detailed source that has no description (or gear, or device) says so with an empty text, which a summary's
     * "unknown" (null) cannot erase; both read as none.
     */
    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
