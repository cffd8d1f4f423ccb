package app.runaway.activity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes activities. A batch is one `INSERT ... SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE` per dedup key,
 * so a thousand rows cost one round trip and the database reports which rows were new, changed or unchanged.
 *
 * <p>Conflict rule: an activity is keyed by its Strava id, else by its fingerprint. A row from the same source
 * replaces the stored figures; a row from another source never overwrites them (the Strava API's figures stay
 * when an export is imported later), it only adds a track where the stored activity has none.
 */
@Repository
public class ActivityStore {
    private static final List<Column> COLUMNS = List.of(
            new Column("strava_id", "int8", NewActivity::stravaId),
            new Column("fingerprint", "text", NewActivity::fingerprint),
            new Column("source", "text", a -> a.source().code()),
            new Column("name", "text", NewActivity::name),
            new Column("sport_type", "text", NewActivity::sportType),
            new Column("workout_type", "text", a -> a.workoutType() == null ? null : a.workoutType().code()),
            new Column("distance_m", "float8", NewActivity::distanceM),
            new Column("moving_time_s", "int4", NewActivity::movingTimeS),
            new Column("elapsed_time_s", "int4", NewActivity::elapsedTimeS),
            new Column("elevation_gain_m", "float8", NewActivity::elevationGainM),
            new Column("average_speed_mps", "float8", NewActivity::averageSpeedMps),
            new Column("max_speed_mps", "float8", NewActivity::maxSpeedMps),
            new Column("average_heartrate", "float8", NewActivity::averageHeartrate),
            new Column("max_heartrate", "float8", NewActivity::maxHeartrate),
            new Column("average_cadence", "float8", NewActivity::averageCadence),
            new Column("gear_name", "text", NewActivity::gearName),
            new Column("commute", "bool", NewActivity::commute),
            new Column("trainer", "bool", NewActivity::trainer),
            new Column("manual", "bool", NewActivity::manual),
            new Column("description", "text", NewActivity::description),
            new Column("relative_effort", "int4", NewActivity::relativeEffort));

    private static final String STRAVA_KEY = "(athlete_id, strava_id) WHERE strava_id IS NOT NULL";
    private static final String FINGERPRINT_KEY = "(athlete_id, fingerprint) WHERE fingerprint IS NOT NULL";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final String upsertByStravaId;
    private final String upsertByFingerprint;

    ActivityStore(JdbcTemplate jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.upsertByStravaId = upsertSql(STRAVA_KEY);
        this.upsertByFingerprint = upsertSql(FINGERPRINT_KEY);
    }

    /**
     * Stores a batch for one athlete in one transaction. Activities without a zone of their own take the athlete's.
     * Within a batch the last row for a key wins; earlier duplicates count as unchanged.
     */
    @Transactional
    public StoreOutcome store(long athleteId, ZoneId athleteZone, List<NewActivity> batch) {
        var byStravaId = new LinkedHashMap<Long, NewActivity>();
        var byFingerprint = new LinkedHashMap<String, NewActivity>();
        for (var activity : batch) {
            if (activity.stravaId() != null) {
                byStravaId.put(activity.stravaId(), activity);
            } else {
                byFingerprint.put(activity.fingerprint(), activity);
            }
        }
        var duplicatesInBatch = batch.size() - byStravaId.size() - byFingerprint.size();
        var stored = new ArrayList<Long>();
        var outcome = upsert(upsertByStravaId, athleteId, athleteZone, List.copyOf(byStravaId.values()), stored)
                .plus(upsert(upsertByFingerprint, athleteId, athleteZone, List.copyOf(byFingerprint.values()), stored))
                .plus(new StoreOutcome(0, 0, duplicatesInBatch));
        if (!stored.isEmpty()) {
            events.publishEvent(new ActivitiesStored(athleteId, List.copyOf(stored)));
        }
        return outcome;
    }

    /**
     * Adds a recording's track to an activity already stored (from Strava or an export): the stored figures stay
     * the headline ones; the track only fills what they lack (heart rate, cadence, climb).
     */
    @Transactional
    public StoreOutcome attachTrack(long athleteId, long activityId, TrackSummary track) {
        var changed = jdbc.update("""
                UPDATE activities SET track = ?::jsonb,
                       average_heartrate = coalesce(average_heartrate, ?),
                       max_heartrate = coalesce(max_heartrate, ?),
                       average_cadence = coalesce(average_cadence, ?),
                       elevation_gain_m = coalesce(elevation_gain_m, ?),
                       updated_at = now()
                 WHERE athlete_id = ? AND id = ? AND track IS DISTINCT FROM ?::jsonb""",
                json.writeValueAsString(track), track.averageHeartrate(), track.maxHeartrate(),
                track.averageCadence(), track.elevationGainM(), athleteId, activityId, json.writeValueAsString(track));
        if (changed == 0) {
            return new StoreOutcome(0, 0, 1);
        }
        events.publishEvent(new ActivitiesStored(athleteId, List.of(activityId)));
        return new StoreOutcome(0, 1, 0);
    }

    private StoreOutcome upsert(String sql, long athleteId, ZoneId athleteZone, List<NewActivity> rows,
                                List<Long> storedIds) {
        if (rows.isEmpty()) {
            return StoreOutcome.NONE;
        }
        var inserted = new int[1];
        var updated = new int[1];
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                var index = 1;
                statement.setLong(index++, athleteId);
                for (var column : COLUMNS) {
                    statement.setArray(index++, array(connection, column.type(), rows, column.value()));
                }
                statement.setArray(index++, array(connection, "text", rows, a -> a.startDate().toString()));
                statement.setArray(index++, array(connection, "text", rows,
                        a -> (a.timezone() == null ? athleteZone : a.timezone()).getId()));
                statement.setArray(index++, array(connection, "bool", rows, a -> a.timezone() == null));
                statement.setArray(index, array(connection, "text", rows,
                        a -> a.track() == null ? null : json.writeValueAsString(a.track())));
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        storedIds.add(result.getLong(1));
                        if (result.getBoolean(2)) {
                            inserted[0]++;
                        } else {
                            updated[0]++;
                        }
                    }
                }
            }
            return null;
        });
        return new StoreOutcome(inserted[0], updated[0], rows.size() - inserted[0] - updated[0]);
    }

    private static Array array(Connection connection, String type, List<NewActivity> rows,
                               Function<NewActivity, Object> value) throws SQLException {
        var values = new Object[rows.size()];
        for (var i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
        }
        return connection.createArrayOf(type, values);
    }

    private static String upsertSql(String conflictKey) {
        var names = COLUMNS.stream().map(Column::name).toList();
        var unnestArgs = new ArrayList<String>();
        COLUMNS.forEach(c -> unnestArgs.add("?::" + c.type() + "[]"));
        unnestArgs.addAll(List.of("?::text[]", "?::text[]", "?::bool[]", "?::text[]"));
        var aliases = new ArrayList<>(names);
        aliases.addAll(List.of("start_text", "timezone", "timezone_from_athlete", "track_text"));

        var sameSource = "a.source = EXCLUDED.source";
        var assignments = new ArrayList<String>();
        for (var name : names) {
            assignments.add(name + " = CASE WHEN " + sameSource + " THEN EXCLUDED." + name + " ELSE a." + name + " END");
        }
        for (var name : List.of("start_date", "start_date_local", "timezone", "timezone_from_athlete")) {
            assignments.add(name + " = CASE WHEN " + sameSource + " THEN EXCLUDED." + name + " ELSE a." + name + " END");
        }
        assignments.add("track = COALESCE(CASE WHEN " + sameSource + " THEN EXCLUDED.track END, a.track, EXCLUDED.track)");
        assignments.add("updated_at = now()");

        var compared = new ArrayList<>(names);
        compared.addAll(List.of("start_date", "timezone"));
        var stored = String.join(", ", compared.stream().map(n -> "a." + n).toList());
        var incoming = String.join(", ", compared.stream().map(n -> "EXCLUDED." + n).toList());

        return """
                INSERT INTO activities AS a (athlete_id, %1$s, start_date, start_date_local, timezone,
                                             timezone_from_athlete, track)
                SELECT ?, %2$s, t.start_text::timestamptz, t.start_text::timestamptz AT TIME ZONE t.timezone,
                       t.timezone, t.timezone_from_athlete, t.track_text::jsonb
                  FROM unnest(%3$s) AS t(%4$s)
                ON CONFLICT %5$s DO UPDATE SET %6$s
                 WHERE (%7$s AND ((%8$s) IS DISTINCT FROM (%9$s)
                                  OR (EXCLUDED.track IS NOT NULL AND a.track IS DISTINCT FROM EXCLUDED.track)))
                    OR (a.track IS NULL AND EXCLUDED.track IS NOT NULL)
                RETURNING a.id, (a.xmax = 0) AS inserted
                """.formatted(
                String.join(", ", names),
                String.join(", ", names.stream().map(n -> "t." + n).toList()),
                String.join(", ", unnestArgs),
                String.join(", ", aliases),
                conflictKey,
                String.join(",\n    ", assignments),
                sameSource, stored, incoming);
    }

    private record Column(String name, String type, Function<NewActivity, Object> value) {
    }
}
