package app.runaway.strava;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The athlete's link to Strava as the JSON API ({@code GET /api/strava}, {@code POST /api/sync},
 * {@code DELETE /api/strava}) and the web app's settings both show and change it: one definition of its state, of a
 * sync on demand and of disconnecting, whichever door the runner came through.
 */
@Service
public class StravaLink {
    /** The job kind of a sync, for a page that follows one. */
    public static final String SYNC_KIND = StravaSync.KIND;

    private final StravaSettings settings;
    private final StravaConnections connections;
    private final StravaDisconnection disconnection;
    private final SyncQueue syncs;
    private final app.runaway.job.Jobs jobs;

    StravaLink(StravaSettings settings, StravaConnections connections, StravaDisconnection disconnection,
               SyncQueue syncs, app.runaway.job.Jobs jobs) {
        this.settings = settings;
        this.connections = connections;
        this.disconnection = disconnection;
        this.syncs = syncs;
        this.jobs = jobs;
    }

    /** The connection's state; {@code connected: false} and nothing else when there is none. */
    public record ConnectionView(boolean connected, Long stravaAthleteId, String athleteName, String scope,
                                 Instant connectedAt, Instant lastSyncAt, Instant lastFullSyncAt,
                                 Boolean needsReauthorization, String syncJobId) {
        /** Whether a sync can run now (connected, and Strava still accepts the tokens). */
        public boolean syncable() {
            return connected && !Boolean.TRUE.equals(needsReauthorization);
        }
    }

    /** What disconnecting did: revoked at Strava, and the activities deleted (Strava's alone) and kept. */
    public record Disconnected(boolean revoked, int activitiesDeleted, int activitiesKept) {
    }

    /** Whether the operator configured a Strava application (without one there is nothing to connect). */
    public boolean configured() {
        return settings.configured();
    }

    public ConnectionView connection(long athleteId) {
        requireConfigured();
        return connections.find(athleteId)
                .map(c -> new ConnectionView(true, c.stravaAthleteId(), c.stravaAthleteName(), c.scope(),
                        c.connectedAt(), c.lastSyncAt(), c.fullSyncAt(), c.needsReauthorization(),
                        activeSync(athleteId).map(Object::toString).orElse(null)))
                .orElse(new ConnectionView(false, null, null, null, null, null, null, null, null));
    }

    /** The athlete's sync that is queued or running, if any. */
    public Optional<UUID> activeSync(long athleteId) {
        return jobs.activeWithKey(StravaSync.uniqueKey(athleteId));
    }

    /** A sync as the runner asks for one without choosing: full until a full sync has completed, then incremental. */
    public UUID syncNow(long athleteId) {
        requireConfigured();
        return syncs.submit(athleteId, defaultMode(syncable(athleteId))).jobId();
    }

    public Disconnected disconnect(long athleteId) {
        requireConfigured();
        return disconnection.disconnect(athleteId);
    }

    /** A connection a sync can use: one Strava still accepts (409 otherwise, saying what to do). */
    StravaConnections.Connection syncable(long athleteId) {
        var connection = connections.find(athleteId).orElseThrow(NotConnectedException::new);
        if (connection.needsReauthorization()) {
            throw new ReauthorizationNeededException();
        }
        return connection;
    }

    static SyncMode defaultMode(StravaConnections.Connection connection) {
        return connection.fullSyncAt() == null ? SyncMode.FULL : SyncMode.INCREMENTAL;
    }

    void requireConfigured() {
        if (!settings.configured()) {
            throw new StravaNotConfiguredException();
        }
    }
}
