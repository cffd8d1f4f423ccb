package app.runaway.strava;

import app.runaway.strava.client.TokenGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The strava_connections table: one row per connected athlete, tokens encrypted by {@link TokenCipher}. */
@Repository
class StravaConnections {
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    StravaConnections(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A connection with its tokens decrypted; they stay in memory for the call that needs them. */
    record Connection(long athleteId, long stravaAthleteId, String stravaAthleteName, String scope,
                      String accessToken, String refreshToken, Instant expiresAt, boolean needsReauthorization,
                      Instant connectedAt, Instant lastSyncAt, Instant fullSyncAt) {
        @Override
        public String toString() {
            return "Connection[athleteId=" + athleteId + ", stravaAthleteId=" + stravaAthleteId + "]";
        }
    }

    Optional<Connection> find(long athleteId) {
        return jdbc.sql("SELECT * FROM strava_connections WHERE athlete_id = ?").param(athleteId)
                .query(this::connection).optional();
    }

    /** The connection under a row lock until the transaction ends (a refresh, a disconnect). */
    Optional<Connection> lock(long athleteId) {
        return jdbc.sql("SELECT * FROM strava_connections WHERE athlete_id = ? FOR UPDATE").param(athleteId)
                .query(this::connection).optional();
    }

    /**
     * Whether the athlete is still connected, holding a shared lock until the transaction ends: a disconnect (which
     * deletes the row) waits for a batch being stored, and a batch stored after it finds no connection.
     */
    boolean stillConnected(long athleteId) {
        return jdbc.sql("SELECT 1 FROM strava_connections WHERE athlete_id = ? FOR SHARE").param(athleteId)
                .query(Integer.class).optional().isPresent();
    }

    Optional<Long> athleteOf(long stravaAthleteId) {
        return jdbc.sql("SELECT athlete_id FROM strava_connections WHERE strava_athlete_id = ?")
                .param(stravaAthleteId).query(Long.class).optional();
    }

    /** Stores a new connection, or replaces the tokens and scope of the athlete's existing one. */
    void save(long athleteId, String scope, TokenGrant grant) {
        jdbc.sql("""
                INSERT INTO strava_connections (athlete_id, strava_athlete_id, strava_athlete_name, scope,
                                                access_token, refresh_token, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (athlete_id) DO UPDATE SET strava_athlete_id = EXCLUDED.strava_athlete_id,
                       strava_athlete_name = EXCLUDED.strava_athlete_name, scope = EXCLUDED.scope,
                       access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token,
                       expires_at = EXCLUDED.expires_at, needs_reauthorization = false, connected_at = now()""")
                .params(athleteId, grant.athlete().id(), grant.athlete().name(), scope,
                        cipher.encrypt(athleteId, ACCESS, grant.accessToken()),
                        cipher.encrypt(athleteId, REFRESH, grant.refreshToken()), Timestamp.from(grant.expiresAt()))
                .update();
    }

    /** A refresh's new access token and the rotated refresh token, written together (one statement). */
    void refreshed(long athleteId, TokenGrant grant) {
        jdbc.sql("""
                UPDATE strava_connections SET access_token = ?, refresh_token = ?, expires_at = ?,
                       needs_reauthorization = false
                 WHERE athlete_id = ?""")
                .params(cipher.encrypt(athleteId, ACCESS, grant.accessToken()),
                        cipher.encrypt(athleteId, REFRESH, grant.refreshToken()), Timestamp.from(grant.expiresAt()),
                        athleteId)
                .update();
    }

    void needsReauthorization(long athleteId) {
        jdbc.sql("UPDATE strava_connections SET needs_reauthorization = true WHERE athlete_id = ?").param(athleteId)
                .update();
    }

    void synced(long athleteId, Instant at, boolean full) {
        jdbc.sql("""
                UPDATE strava_connections SET last_sync_at = ?,
                       full_sync_at = CASE WHEN ? THEN ? ELSE full_sync_at END
                 WHERE athlete_id = ?""")
                .params(Timestamp.from(at), full, Timestamp.from(at), athleteId)
                .update();
    }

    boolean delete(long athleteId) {
        return jdbc.sql("DELETE FROM strava_connections WHERE athlete_id = ?").param(athleteId).update() == 1;
    }

    private Connection connection(ResultSet rs, int row) throws SQLException {
        var athleteId = rs.getLong("athlete_id");
        return new Connection(athleteId, rs.getLong("strava_athlete_id"), rs.getString("strava_athlete_name"),
                rs.getString("scope"), cipher.decrypt(athleteId, ACCESS, rs.getBytes("access_token")),
                cipher.decrypt(athleteId, REFRESH, rs.getBytes("refresh_token")), instant(rs, "expires_at"),
                rs.getBoolean("needs_reauthorization"), instant(rs, "connected_at"), instant(rs, "last_sync_at"),
                instant(rs, "full_sync_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
