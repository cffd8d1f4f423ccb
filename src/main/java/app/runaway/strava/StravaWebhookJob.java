package app.runaway.strava;

import app.runaway.job.JobContext;
import app.runaway.job.JobFailedException;
import app.runaway.job.JobHandler;
import app.runaway.job.JobPausedException;
import app.runaway.strava.client.ApiCalls;
import app.runaway.strava.client.StravaApiException;
import app.runaway.strava.client.StravaClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One webhook event, run as a durable job. Events only say that something changed, so the job asks Strava for the
 * current state and makes the store follow it: an activity that exists is fetched and upserted, one that does not
 * (404) is deleted; a deauthorization is believed only when Strava refuses the athlete's tokens. That makes repeated,
 * out-of-order and forged events harmless: each one ends with the store as Strava is now.
 */
@Component
class StravaWebhookJob implements JobHandler {
    static final String KIND = "strava-webhook";
    private static final Logger log = LoggerFactory.getLogger(StravaWebhookJob.class);

    private final StravaAccess access;
    private final StravaClient client;
    private final StravaActivities activities;
    private final StravaConnections connections;
    private final StravaDisconnection disconnection;

    StravaWebhookJob(StravaAccess access, StravaClient client, StravaActivities activities,
                     StravaConnections connections, StravaDisconnection disconnection) {
        this.access = access;
        this.client = client;
        this.activities = activities;
        this.connections = connections;
        this.disconnection = disconnection;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The event as queued: what the job needs of Strava's payload. */
    static Map<String, Object> payload(String objectType, String aspectType, long objectId, long ownerId,
                                       String authorized) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("object_type", objectType);
        payload.put("aspect_type", aspectType);
        payload.put("object_id", objectId);
        payload.put("owner_id", ownerId);
        payload.put("authorized", authorized);
        return payload;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        long athleteId = context.athleteId();
        var payload = context.payload();
        var objectType = (String) payload.get("object_type");
        var objectId = ((Number) payload.get("object_id")).longValue();
        var calls = new ApiCalls(0);
        if (connections.find(athleteId).isEmpty()) {
            return result("ignored: not connected", calls);
        }
        try {
            if ("activity".equals(objectType)) {
                return activity(athleteId, objectId, calls);
            }
            if ("athlete".equals(objectType) && "false".equals(payload.get("authorized"))) {
                return deauthorized(athleteId, calls);
            }
            return result("ignored", calls);
        } catch (StravaApiException.RateLimited e) {
            throw new JobPausedException(e.until(), "Strava's rate budget is spent", null);
        } catch (NotConnectedException | ReauthorizationNeededException e) {
            throw new JobFailedException(e.getMessage());
        } catch (StravaApiException.Unavailable e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped"); // the node is stopping: back to the queue
            }
            throw new JobFailedException("Strava is unavailable: " + e.getMessage());
        }
    }

    private Object activity(long athleteId, long stravaId, ApiCalls calls) {
        try {
            var detail = access.call(athleteId, token -> client.activity(token, stravaId, calls));
            var outcome = activities.store(athleteId, List.of(detail), true);
            log.info("Strava webhook: activity {} of athlete {} fetched and stored ({} new, {} changed)", stravaId,
                    athleteId, outcome.inserted(), outcome.updated());
            return result(outcome.inserted() > 0 ? "created" : outcome.updated() > 0 ? "updated" : "unchanged",
                    calls);
        } catch (StravaApiException.NotFound gone) {
            var deleted = activities.deleted(athleteId, stravaId);
            log.info("Strava webhook: activity {} of athlete {} is gone from Strava: {} deleted", stravaId, athleteId,
                    deleted);
            return result(deleted > 0 ? "deleted" : "absent", calls);
        }
    }

    private Object deauthorized(long athleteId, ApiCalls calls) {
        try {
            access.call(athleteId, token -> client.athlete(token, calls));
            log.info("Strava webhook: deauthorization of athlete {} not confirmed: the tokens still work", athleteId);
            return result("ignored: still authorized", calls);
        } catch (ReauthorizationNeededException refused) {
            disconnection.forget(athleteId);
            return result("deauthorized", calls);
        }
    }

    private static Map<String, Object> result(String outcome, ApiCalls calls) {
        return Map.of("outcome", outcome, "api_calls", calls.spent());
    }
}
