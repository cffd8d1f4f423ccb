package app.runaway.strava;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.security.CurrentAthlete;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The athlete's Strava connection: its state, syncs on demand, and disconnecting. */
@RestController
class StravaController {
    private final StravaSettings settings;
    private final StravaConnections connections;
    private final StravaDisconnection disconnection;
    private final SyncQueue syncs;
    private final app.runaway.job.Jobs jobs;

    StravaController(StravaSettings settings, StravaConnections connections, StravaDisconnection disconnection,
                     SyncQueue syncs, app.runaway.job.Jobs jobs) {
        this.settings = settings;
        this.connections = connections;
        this.disconnection = disconnection;
        this.syncs = syncs;
        this.jobs = jobs;
    }

    /** The connection's state; {@code connected: false} and nothing else when there is none. */
    record ConnectionView(boolean connected, Long stravaAthleteId, String athleteName, String scope,
                          Instant connectedAt, Instant lastSyncAt, Instant lastFullSyncAt, Boolean needsReauthorization,
                          String syncJobId) {
    }

    @GetMapping("/api/strava")
    ConnectionView connection(@AuthenticationPrincipal CurrentAthlete athlete) {
        requireConfigured();
        return connections.find(athlete.id())
                .map(c -> new ConnectionView(true, c.stravaAthleteId(), c.stravaAthleteName(), c.scope(),
                        c.connectedAt(), c.lastSyncAt(), c.fullSyncAt(), c.needsReauthorization(),
                        jobs.activeWithKey(StravaSync.uniqueKey(athlete.id())).map(Object::toString).orElse(null)))
                .orElse(new ConnectionView(false, null, null, null, null, null, null, null, null));
    }

    @DeleteMapping("/api/strava")
    StravaDisconnection.Disconnected disconnect(@AuthenticationPrincipal CurrentAthlete athlete) {
        requireConfigured();
        return disconnection.disconnect(athlete.id());
    }

    /**
     * Body optional: {@code {"mode": "full" | "incremental"}}; by default incremental once a full sync has completed,
     * full before that.
     */
    @PostMapping("/api/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SyncQueue.SyncJob sync(@AuthenticationPrincipal CurrentAthlete athlete,
                           @RequestBody(required = false) Map<String, Object> body) {
        requireConfigured();
        var connection = connected(athlete.id());
        var mode = connection.fullSyncAt() == null ? SyncMode.FULL : SyncMode.INCREMENTAL;
        if (body != null) {
            RequestFields.requireKnown(body, Set.of("mode"));
            var asked = body.get("mode");
            if (asked != null) {
                mode = asked instanceof String text ? SyncMode.fromCode(text).filter(m -> m != SyncMode.RECENT)
                        .orElseThrow(StravaController::badMode) : null;
                if (mode == null) {
                    throw badMode();
                }
            }
        }
        return syncs.submit(athlete.id(), mode);
    }

    /** The 20 most recent activities, as the seed client's beta sync asks. */
    @PostMapping("/api/sync-beta")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SyncQueue.SyncJob syncRecent(@AuthenticationPrincipal CurrentAthlete athlete) {
        requireConfigured();
        connected(athlete.id());
        return syncs.submit(athlete.id(), SyncMode.RECENT);
    }

    /** A connection a sync can use: one Strava still accepts (409 otherwise, saying what to do). */
    private StravaConnections.Connection connected(long athleteId) {
        var connection = connections.find(athleteId).orElseThrow(NotConnectedException::new);
        if (connection.needsReauthorization()) {
            throw new ReauthorizationNeededException();
        }
        return connection;
    }

    private static InvalidInputException badMode() {
        return new InvalidInputException("mode", "must be \"full\" or \"incremental\"");
    }

    private void requireConfigured() {
        if (!settings.configured()) {
            throw new StravaNotConfiguredException();
        }
    }
}
