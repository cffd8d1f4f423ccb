package app.runaway.strava;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.security.CurrentAthlete;
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

/** The athlete's Strava connection: its state, syncs on demand, and disconnecting (the web app uses the same link). */
@RestController
class StravaController {
    private final StravaLink link;
    private final SyncQueue syncs;

    StravaController(StravaLink link, SyncQueue syncs) {
        this.link = link;
        this.syncs = syncs;
    }

    @GetMapping("/api/strava")
    StravaLink.ConnectionView connection(@AuthenticationPrincipal CurrentAthlete athlete) {
        return link.connection(athlete.id());
    }

    @DeleteMapping("/api/strava")
    StravaLink.Disconnected disconnect(@AuthenticationPrincipal CurrentAthlete athlete) {
        return link.disconnect(athlete.id());
    }

    /**
     * Body optional: {@code {"mode": "full" | "incremental"}}; by default incremental once a full sync has completed,
     * full before that.
     */
    @PostMapping("/api/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SyncQueue.SyncJob sync(@AuthenticationPrincipal CurrentAthlete athlete,
                           @RequestBody(required = false) Map<String, Object> body) {
        link.requireConfigured();
        var mode = StravaLink.defaultMode(link.syncable(athlete.id()));
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
        link.requireConfigured();
        link.syncable(athlete.id());
        return syncs.submit(athlete.id(), SyncMode.RECENT);
    }

    private static InvalidInputException badMode() {
        return new InvalidInputException("mode", "must be \"full\" or \"incremental\"");
    }
}
