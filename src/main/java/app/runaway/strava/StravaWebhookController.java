package app.runaway.strava;

import app.runaway.job.Jobs;
import app.runaway.platform.ForbiddenException;
import app.runaway.platform.InvalidInputException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strava's push subscription. The GET answers the subscription's challenge, only with the right verify token. The
 * POST (no bearer token: Strava calls it) must be answered within 2 seconds, so it only queues the event as a
 * durable job (one insert) and answers 200; the job does the work. Events of athletes not connected are ignored.
 */
@RestController
class StravaWebhookController {
    private static final Logger log = LoggerFactory.getLogger(StravaWebhookController.class);

    private final StravaSettings settings;
    private final StravaConnections connections;
    private final Jobs jobs;

    StravaWebhookController(StravaSettings settings, StravaConnections connections, Jobs jobs) {
        this.settings = settings;
        this.connections = connections;
        this.jobs = jobs;
    }

    @GetMapping("/api/webhooks/strava")
    Map<String, String> challenge(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge,
                                  @RequestParam(name = "hub.verify_token", required = false) String verifyToken) {
        requireConfigured();
        if (settings.webhookVerifyToken() == null || verifyToken == null
                || !MessageDigest.isEqual(settings.webhookVerifyToken().getBytes(StandardCharsets.UTF_8),
                        verifyToken.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("the verify token does not match this service's");
        }
        if (!"subscribe".equals(mode) || challenge == null) {
            throw new InvalidInputException("hub.challenge", "a subscription challenge needs hub.mode=subscribe and "
                    + "hub.challenge");
        }
        return Map.of("hub.challenge", challenge);
    }

    record Received(String status) {
    }

    @PostMapping("/api/webhooks/strava")
    Received event(@RequestBody Map<String, Object> event) {
        requireConfigured();
        var objectType = text(event, "object_type");
        var aspectType = text(event, "aspect_type");
        var objectId = number(event, "object_id");
        var ownerId = number(event, "owner_id");
        String authorized = null;
        if (event.get("updates") instanceof Map<?, ?> updates && updates.get("authorized") != null) {
            authorized = String.valueOf(updates.get("authorized"));
        }
        var athleteId = connections.athleteOf(ownerId);
        if (athleteId.isEmpty()) {
            log.info("Strava webhook: {} {} for an athlete not connected here; ignored", objectType, aspectType);
            return new Received("ignored");
        }
        jobs.submit(StravaWebhookJob.KIND, athleteId.get(),
                StravaWebhookJob.payload(objectType, aspectType, objectId, ownerId, authorized));
        return new Received("queued");
    }

    private static String text(Map<String, Object> event, String field) {
        if (!(event.get(field) instanceof String text) || text.isBlank() || text.length() > 50) {
            throw new InvalidInputException(field, "must be Strava's event text");
        }
        return text;
    }

    private static long number(Map<String, Object> event, String field) {
        var value = event.get(field);
        if (value instanceof Integer || value instanceof Long) {
            var number = ((Number) value).longValue();
            if (number > 0) {
                return number;
            }
        }
        throw new InvalidInputException(field, "must be a positive whole number");
    }

    private void requireConfigured() {
        if (!settings.configured()) {
            throw new StravaNotConfiguredException();
        }
    }
}
