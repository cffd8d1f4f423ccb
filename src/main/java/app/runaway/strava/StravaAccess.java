package app.runaway.strava;

import app.runaway.strava.client.StravaApiException;
import app.runaway.strava.client.StravaClient;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls Strava as an athlete: with an access token refreshed shortly before it expires, and once more after a 401
 * (Strava may end a token early). A refresh runs under the connection's row lock, so two jobs (or nodes) never spend
 * the same refresh token, and the rotated refresh token is stored with the new access token in one transaction. A
 * refused refresh marks the connection as needing re-authorization.
 */
@Service
class StravaAccess {
    private static final Logger log = LoggerFactory.getLogger(StravaAccess.class);

    private final StravaConnections connections;
    private final StravaClient client;
    private final StravaSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StravaAccess(StravaConnections connections, StravaClient client, StravaSettings settings,
                 TransactionTemplate transaction, Clock clock) {
        this.connections = connections;
        this.client = client;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    <T> T call(long athleteId, Function<String, T> call) {
        var connection = connections.find(athleteId).orElseThrow(NotConnectedException::new);
        if (connection.needsReauthorization()) {
            throw new ReauthorizationNeededException();
        }
        var token = connection.accessToken();
        if (!connection.expiresAt().isAfter(clock.instant().plus(settings.refreshBefore()))) {
            token = refresh(athleteId, token);
        }
        try {
            return call.apply(token);
        } catch (StravaApiException.Unauthorized e) {
            log.info("Strava refused athlete {}'s access token; refreshing it once", athleteId);
            var fresh = refresh(athleteId, token);
            try {
                return call.apply(fresh);
            } catch (StravaApiException.Unauthorized again) {
                transaction.executeWithoutResult(status -> connections.needsReauthorization(athleteId));
                throw new ReauthorizationNeededException();
            }
        }
    }

    /** A fresh access token: another job's refresh if it came first, else one asked of Strava now. */
    private String refresh(long athleteId, String staleToken) {
        var refused = new boolean[1];
        var token = transaction.execute(status -> {
            var current = connections.lock(athleteId).orElseThrow(NotConnectedException::new);
            if (!current.accessToken().equals(staleToken)
                    && current.expiresAt().isAfter(clock.instant().plus(settings.refreshBefore()))) {
                return current.accessToken();
            }
            try {
                var grant = client.refresh(current.refreshToken());
                connections.refreshed(athleteId, grant);
                log.info("Refreshed athlete {}'s Strava token; it expires at {}", athleteId, grant.expiresAt());
                return grant.accessToken();
            } catch (StravaApiException.GrantRefused e) {
                connections.needsReauthorization(athleteId);
                refused[0] = true;
                return null;
            }
        });
        if (refused[0]) {
            log.info("Strava refused athlete {}'s refresh token: the connection needs re-authorization", athleteId);
            throw new ReauthorizationNeededException();
        }
        return token;
    }
}
