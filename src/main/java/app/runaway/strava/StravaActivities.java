package app.runaway.strava;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.activity.StoreOutcome;
import app.runaway.athlete.AthleteProfiles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came from Strava's API, stored through the activity store (source ranking, events) and remembered here: when
 * each activity was last received (retention) and whether as a detailed record. A batch is stored only while the
 * athlete is still connected, in the same transaction as that check, so nothing lands after a disconnect.
 */
@Repository
class StravaActivities {
    private final ActivityStore store;
    private final AthleteProfiles profiles;
    private final StravaConnections connections;
    private final JdbcClient jdbc;
    private final Clock clock;

    StravaActivities(ActivityStore store, AthleteProfiles profiles, StravaConnections connections, JdbcClient jdbc,
                     Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.connections = connections;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    StoreOutcome store(long athleteId, List<NewActivity> batch, boolean detailed) {
        if (!connections.stillConnected(athleteId)) {
            throw new NotConnectedException();
        }
        if (batch.isEmpty()) {
            return StoreOutcome.NONE;
        }
        var outcome = store.store(athleteId, profiles.get(athleteId).timezone(), batch);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO strava_received (athlete_id, strava_id, received_at, detailed_at)
                SELECT ?, unnest(?::bigint[]), ?, CASE WHEN ? THEN ?::timestamptz END
                ON CONFLICT (athlete_id, strava_id) DO UPDATE SET received_at = EXCLUDED.received_at,
                       detailed_at = coalesce(EXCLUDED.detailed_at, strava_received.detailed_at)""")
                .params(athleteId, batch.stream().map(NewActivity::stravaId).toArray(Long[]::new), now, detailed, now)
                .update();
        return outcome;
    }

    /** The ones among these Strava ids that already have a detailed record. */
    Set<Long> detailed(long athleteId, Collection<Long> stravaIds) {
        return Set.copyOf(jdbc.sql("""
                SELECT strava_id FROM strava_received
                 WHERE athlete_id = ? AND strava_id = ANY(?) AND detailed_at IS NOT NULL""")
                .params(athleteId, stravaIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** An activity deleted on Strava (or no longer visible): gone here too, whatever else gave it figures. */
    @Transactional
    int deleted(long athleteId, long stravaId) {
        jdbc.sql("DELETE FROM strava_received WHERE athlete_id = ? AND strava_id = ?").params(athleteId, stravaId)
                .update();
        return store.deleteByStravaIds(athleteId, List.of(stravaId)).size();
    }

    /** Forgets everything Strava's API gave the athlete (a disconnect, a deauthorization). */
    @Transactional
    ActivityStore.Forgotten forgetAll(long athleteId) {
        jdbc.sql("DELETE FROM strava_received WHERE athlete_id = ?").param(athleteId).update();
        return store.forget(athleteId, ActivitySource.STRAVA_API, null);
    }

    /** Athletes with activities Strava last sent before {@code cutoff}, and those activities' Strava ids. */
    Map<Long, List<Long>> receivedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT athlete_id, strava_id FROM strava_received WHERE received_at < ?
                 ORDER BY received_at LIMIT ?""")
                .params(Timestamp.from(cutoff), limit)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Retention: forgets what Strava's API gave these activities, and that it did. */
    @Transactional
    ActivityStore.Forgotten expire(long athleteId, List<Long> stravaIds) {
        jdbc.sql("DELETE FROM strava_received WHERE athlete_id = ? AND strava_id = ANY(?)")
                .params(athleteId, stravaIds.toArray(Long[]::new)).update();
        return store.forget(athleteId, ActivitySource.STRAVA_API, stravaIds);
    }
}
