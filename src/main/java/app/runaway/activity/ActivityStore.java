package app.runaway.activity;

import app.runaway.platform.TextInput;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
 * <p>Conflict rule: an activity is keyed by its Strava id, else by its fingerprint. An incoming row of the same or
 * a higher-ranked source ({@link ActivitySource#rank()}) replaces the stored figures, keeping known heart rate,
 * cadence, climb and track where it has none; a lower-ranked row only fills what the stored activity lacks.
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
            new Column("relative_effort", "int4", NewActivity::relativeEffort),
            new Column("device_name", "text", NewActivity::deviceName),
            new Column("calories", "float8", NewActivity::calories));
    /**
     * Figures a row may lack although the activity has them (a recording's heart rate, an export's description, a
     * detailed record's device): a higher-ranked row without them (a list summary from Strava's API) does not erase
     * them. A source that knows there is none says so with an empty text.
     */
    private static final Set<String> FILLABLE = Set.of("elevation_gain_m", "average_heartrate", "max_heartrate",
            "average_cadence", "description", "gear_name", "device_name", "relative_effort", "calories");
    /** Set per row by the store itself (the zone and local start), not taken from the caller's record as is. */
    private static final List<String> PLACED = List.of("start_date", "start_date_local", "timezone",
            "timezone_from_athlete");

    private static final String STRAVA_KEY = "(athlete_id, strava_id) WHERE strava_id IS NOT NULL";
    private static final String FINGERPRINT_KEY = "(athlete_id, fingerprint) WHERE fingerprint IS NOT NULL";
    private static final String SAME_FAMILY = FootSports.sql("a.sport_type") + " = " + FootSports.sql("t.sport_type");

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
     * Within a batch the last row for a key wins; earlier duplicates count as unchanged. Rows are written in key
     * order so that two imports touching the same activities cannot deadlock each other.
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
        var withStravaId = byStravaId.values().stream().sorted(Comparator.comparing(NewActivity::stravaId)).toList();
        var withFingerprint = byFingerprint.values().stream().sorted(Comparator.comparing(NewActivity::fingerprint))
                .toList();
        adoptUploadedFiles(athleteId, withStravaId);
        var stored = new ArrayList<Long>();
        var outcome = upsert(upsertByStravaId, athleteId, athleteZone, withStravaId, stored)
                .plus(upsert(upsertByFingerprint, athleteId, athleteZone, withFingerprint, stored))
                .plus(new StoreOutcome(0, 0, duplicatesInBatch));
        if (!stored.isEmpty()) {
            events.publishEvent(new ActivitiesStored(athleteId, List.copyOf(stored)));
        }
        return outcome;
    }

    /**
     * An activity first uploaded as a file and later arriving from Strava (same sport family, starting within a
     * minute) is the same activity: it takes the Strava id, so the upsert below updates it instead of adding a twin.
     */
    private void adoptUploadedFiles(long athleteId, List<NewActivity> withStravaId) {
        if (withStravaId.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.prepareStatement("""
                    UPDATE activities a SET strava_id = t.strava_id, updated_at = now()
                      FROM unnest(?::int8[], ?::text[], ?::text[]) AS t(strava_id, start_text, sport_type)
                     WHERE a.athlete_id = ? AND a.source = 'file_upload' AND a.strava_id IS NULL
                       AND a.start_date BETWEEN t.start_text::timestamptz - interval '60 seconds'
                                            AND t.start_text::timestamptz + interval '60 seconds'
                       AND %s
                       AND NOT EXISTS (SELECT 1 FROM activities b
                                        WHERE b.athlete_id = a.athlete_id AND b.strava_id = t.strava_id)"""
                    .formatted(SAME_FAMILY))) {
                statement.setArray(1, array(connection, "int8", withStravaId, NewActivity::stravaId));
                statement.setArray(2, array(connection, "text", withStravaId, a -> a.startDate().toString()));
                statement.setArray(3, array(connection, "text", withStravaId, NewActivity::sportType));
                statement.setLong(4, athleteId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Adds a recording's track to an activity already stored (from Strava or an export): the stored figures stay
     * the headline ones; the track only fills what they lack (heart rate, cadence, climb).
     */
    @Transactional
    public StoreOutcome attachTrack(long athleteId, long activityId, TrackSummary track) {
        var trackJson = json.writeValueAsString(track);
        var changed = jdbc.update("""
                UPDATE activities SET track = ?::jsonb,
                       average_heartrate = coalesce(average_heartrate, ?),
                       max_heartrate = coalesce(max_heartrate, ?),
                       average_cadence = coalesce(average_cadence, ?),
                       elevation_gain_m = coalesce(elevation_gain_m, ?),
                       updated_at = now()
                 WHERE athlete_id = ? AND id = ? AND track IS DISTINCT FROM ?::jsonb""",
                trackJson, track.averageHeartrate(), track.maxHeartrate(), track.averageCadence(),
                track.elevationGainM(), athleteId, activityId, trackJson);
        if (changed == 0) {
            return new StoreOutcome(0, 0, 1);
        }
        events.publishEvent(new ActivitiesStored(athleteId, List.of(activityId)));
        return new StoreOutcome(0, 1, 0);
    }

    /** Deletes these activities of the athlete (other athletes' ids are ignored); answers the ids deleted. */
    /**
     * Records the athlete's say on one of their activities as evidence of fitness; false when they have no such
     * activity. Raises {@link ActivityEvidenceChanged} in the same transaction when it changed.
     */
    @Transactional
    public boolean setEvidence(long athleteId, long activityId, ActivityEvidence evidence) {
        var previous = jdbc.queryForList("SELECT evidence FROM activities WHERE athlete_id = ? AND id = ? FOR UPDATE",
                String.class, athleteId, activityId);
        if (previous.isEmpty()) {
            return false;
        }
        if (ActivityEvidence.fromColumn(previous.getFirst()) != evidence) {
            jdbc.update("UPDATE activities SET evidence = ?, updated_at = now() WHERE athlete_id = ? AND id = ?",
                    evidence.column(), athleteId, activityId);
            events.publishEvent(new ActivityEvidenceChanged(athleteId, activityId, evidence));
        }
        return true;
    }

    @Transactional
    public List<Long> delete(long athleteId, Collection<Long> activityIds) {
        return published(athleteId, jdbc.queryForList("DELETE FROM activities WHERE athlete_id = ? AND id = ANY(?) "
                + "RETURNING id", Long.class, athleteId, activityIds.toArray(Long[]::new)));
    }

    /** Deletes the athlete's activities with these Strava ids, whatever their sources; answers the ids deleted. */
    @Transactional
    public List<Long> deleteByStravaIds(long athleteId, Collection<Long> stravaIds) {
        return published(athleteId, jdbc.queryForList("DELETE FROM activities WHERE athlete_id = ? "
                + "AND strava_id = ANY(?) RETURNING id", Long.class, athleteId, stravaIds.toArray(Long[]::new)));
    }

    /** What forgetting a source did: activities deleted (it was their only source), and kept from other sources. */
    public record Forgotten(int deleted, int kept) {
    }

    /**
     * Forgets what one source gave the athlete (all of it, or the activities with these Strava ids): an activity
     * that came from it alone is deleted; one that another source (the athlete's export, a file) gave too stays, as
     * that source's. Strava's terms ask this of data from its API when an athlete disconnects.
     */
    @Transactional
    public Forgotten forget(long athleteId, ActivitySource source, Collection<Long> onlyStravaIds) {
        var only = onlyStravaIds == null ? "" : " AND strava_id = ANY(?)";
        var ids = onlyStravaIds == null ? null : onlyStravaIds.toArray(Long[]::new);
        var deleted = published(athleteId, jdbc.queryForList(
                "DELETE FROM activities WHERE athlete_id = ? AND sources = ARRAY[?]::text[]" + only + " RETURNING id",
                Long.class, parameters(athleteId, source.code(), ids)));
        var kept = jdbc.queryForList("""
                UPDATE activities SET sources = array_remove(sources, ?),
                       source = (SELECT s FROM unnest(array_remove(sources, ?)) AS s ORDER BY %s DESC LIMIT 1),
                       updated_at = now()
                 WHERE athlete_id = ? AND ? = ANY(sources)%s RETURNING id""".formatted(ActivitySource.rankSql("s"), only),
                Long.class, parameters(source.code(), source.code(), athleteId, source.code(), ids));
        if (!kept.isEmpty()) {
            events.publishEvent(new ActivitiesStored(athleteId, List.copyOf(kept)));
        }
        return new Forgotten(deleted.size(), kept.size());
    }

    private static Object[] parameters(Object... values) {
        return java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).toArray();
    }

    /** Deletion everywhere is one event, raised in the deleting transaction: search, caches and versions follow it. */
    private List<Long> published(long athleteId, List<Long> deleted) {
        if (!deleted.isEmpty()) {
            events.publishEvent(new ActivitiesDeleted(athleteId, List.copyOf(deleted)));
        }
        return deleted;
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
                // Local times are computed here, with Java's zone rules, for IANA zones and fixed offsets alike
                // (PostgreSQL would read an offset like '+02:00' the POSIX way, west of Greenwich).
                statement.setArray(index++, array(connection, "text", rows,
                        a -> LocalDateTime.ofInstant(a.startDate(), zoneOf(a, athleteZone)).toString()));
                statement.setArray(index++, array(connection, "text", rows, a -> zoneOf(a, athleteZone).getId()));
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

    private static ZoneId zoneOf(NewActivity activity, ZoneId athleteZone) {
        return activity.timezone() == null ? athleteZone : activity.timezone();
    }

    private static Array array(Connection connection, String type, List<NewActivity> rows,
                               Function<NewActivity, Object> value) throws SQLException {
        var values = new Object[rows.size()];
        for (var i = 0; i < values.length; i++) {
            var cell = value.apply(rows.get(i));
            // PostgreSQL text cannot hold NUL; one stray byte in a description must not fail a whole batch.
            values[i] = cell instanceof String text ? TextInput.cleaned(text) : cell;
        }
        return connection.createArrayOf(type, values);
    }

    private static String upsertSql(String conflictKey) {
        var names = COLUMNS.stream().map(Column::name).toList();
        var unnestArgs = new ArrayList<String>();
        COLUMNS.forEach(c -> unnestArgs.add("?::" + c.type() + "[]"));
        unnestArgs.addAll(List.of("?::text[]", "?::text[]", "?::text[]", "?::bool[]", "?::text[]"));
        var aliases = new ArrayList<>(names);
        aliases.addAll(List.of("start_text", "local_text", "timezone", "timezone_from_athlete", "track_text"));

        var incomingWins = ActivitySource.rankSql("EXCLUDED.source") + " >= " + ActivitySource.rankSql("a.source");
        var resulting = new LinkedHashMap<String, String>();
        for (var name : names) {
            resulting.put(name, FILLABLE.contains(name)
                    ? "CASE WHEN " + incomingWins + " THEN coalesce(EXCLUDED." + name + ", a." + name + ")"
                            + " ELSE coalesce(a." + name + ", EXCLUDED." + name + ") END"
                    : "CASE WHEN " + incomingWins + " THEN EXCLUDED." + name + " ELSE a." + name + " END");
        }
        for (var name : PLACED) {
            resulting.put(name, "CASE WHEN " + incomingWins + " THEN EXCLUDED." + name + " ELSE a." + name + " END");
        }
        resulting.put("track", "coalesce(CASE WHEN " + incomingWins + " THEN EXCLUDED.track END, a.track, EXCLUDED.track)");
        resulting.put("sources", "CASE WHEN EXCLUDED.source = ANY(a.sources) THEN a.sources"
                + " ELSE a.sources || EXCLUDED.source END");

        var assignments = new ArrayList<String>();
        resulting.forEach((name, expression) -> assignments.add(name + " = " + expression));
        assignments.add("updated_at = now()");
        var current = String.join(", ", resulting.keySet().stream().map(n -> "a." + n).toList());
        var next = String.join(", ", resulting.values());

        return """
                INSERT INTO activities AS a (athlete_id, %1$s, start_date, start_date_local, timezone,
                                             timezone_from_athlete, track, sources)
                SELECT ?, %2$s, t.start_text::timestamptz, t.local_text::timestamp, t.timezone,
                       t.timezone_from_athlete, t.track_text::jsonb, ARRAY[t.source]
                  FROM unnest(%3$s) AS t(%4$s)
                ON CONFLICT %5$s DO UPDATE SET %6$s
                 WHERE (%7$s) IS DISTINCT FROM (%8$s)
                RETURNING a.id, (a.xmax = 0) AS inserted
                """.formatted(
                String.join(", ", names),
                String.join(", ", names.stream().map(n -> "t." + n).toList()),
                String.join(", ", unnestArgs),
                String.join(", ", aliases),
                conflictKey,
                String.join(",\n    ", assignments),
                current, next);
    }

    private record Column(String name, String type, Function<NewActivity, Object> value) {
    }
}
