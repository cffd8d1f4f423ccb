package app.runaway.strava;

import app.runaway.activity.ActivityStore;
import app.runaway.strava.client.StravaApiException;
import app.runaway.strava.client.StravaClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a connection as Strava's terms ask: the tokens go, and every activity whose only source is Strava's API, with
 * what was built on it (vectors, cached answers and analyses, through the deletion event). An activity the athlete
 * also imported from their own export or a file stays, as that import's.
 */
@Service
class StravaDisconnection {
    private static final Logger log = LoggerFactory.getLogger(StravaDisconnection.class);

    private final StravaAccess access;
    private final StravaClient client;
    private final StravaConnections connections;
    private final StravaActivities activities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    StravaDisconnection(StravaAccess access, StravaClient client, StravaConnections connections,
                        StravaActivities activities, JdbcClient jdbc, TransactionTemplate transaction) {
        this.access = access;
        this.client = client;
        this.connections = connections;
        this.activities = activities;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The athlete disconnects: revoke at Strava first (best effort), then forget. */
    StravaLink.Disconnected disconnect(long athleteId) {
        if (connections.find(athleteId).isEmpty()) {
            throw new NotConnectedException();
        }
        var revoked = revoke(athleteId);
        var forgotten = forget(athleteId);
        return new StravaLink.Disconnected(revoked, forgotten.deleted(), forgotten.kept());
    }

    private boolean revoke(long athleteId) {
        try {
            access.call(athleteId, token -> {
                client.deauthorize(token);
                return null;
            });
            return true;
        } catch (ReauthorizationNeededException | NotConnectedException e) {
            return true; // Strava already refuses the tokens: nothing is left to revoke
        } catch (StravaApiException e) {
            log.warn("Could not revoke athlete {}'s Strava access ({}); forgetting the data anyway", athleteId,
                    e.getMessage());
            return false;
        }
    }

    /**
     * Deletes the connection first, under its row lock, so that a sync storing a page at the same moment either
     * finishes before (and its page is forgotten here) or finds no connection after.
     */
    ActivityStore.Forgotten forget(long athleteId) {
        var forgotten = transaction.execute(status -> {
            connections.lock(athleteId);
            connections.delete(athleteId);
            jdbc.sql("DELETE FROM strava_oauth_states WHERE athlete_id = ?").param(athleteId).update();
            return activities.forgetAll(athleteId);
        });
        log.info("Forgot athlete {}'s Strava connection: {} activities from Strava's API alone deleted, {} kept from "
                + "the athlete's own imports", athleteId, forgotten.deleted(), forgotten.kept());
        return forgotten;
    }
}
