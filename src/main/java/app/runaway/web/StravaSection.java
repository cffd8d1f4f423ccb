package app.runaway.web;

import app.runaway.job.JobRecord;
import app.runaway.job.Jobs;
import app.runaway.strava.StravaInBrowser;
import app.runaway.strava.StravaLink;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the pages show of Strava: the settings page's section (the connection as {@code GET /api/strava} reports it,
 * and the sync that is running), and on the page a sign-up through Strava lands on, the new token once and the sync
 * that is bringing the runner's history in.
 */
@Component
class StravaSection {
    private final StravaLink link;
    private final StravaInBrowser browser;
    private final Jobs jobs;
    private final JsonMapper json;

    StravaSection(StravaLink link, StravaInBrowser browser, Jobs jobs, JsonMapper json) {
        this.link = link;
        this.browser = browser;
        this.jobs = jobs;
        this.json = json;
    }

    /** A sync job as its panel shows it while it runs and once it ended. */
    record SyncJobView(UUID id, String status, JsonNode progress, String error) {
        public boolean ended() {
            return status.equals("succeeded") || status.equals("failed");
        }

        public int count(String field) {
            return progress == null || !progress.has(field) ? 0 : progress.get(field).asInt();
        }
    }

    /**
     * The settings page's Strava section. The sync shown is the one just asked for (a flash attribute after "Sync
     * now", or {@code sync} in the callback's redirect), else the one running, if any.
     */
    void addTo(long athleteId, String sync, Model model) {
        model.addAttribute("stravaConfigured", link.configured());
        if (!link.configured()) {
            return;
        }
        var connection = link.connection(athleteId);
        model.addAttribute("strava", connection);
        var asked = parse(model.getAttribute("syncJob") instanceof String id ? id : sync);
        asked.or(() -> link.activeSync(athleteId)).flatMap(id -> sync(athleteId, id))
                .ifPresent(job -> model.addAttribute("stravaSync", job));
    }

    /**
     * After a sign-up or sign-in through Strava: the token, once, and the sync the callback queued ({@code sync} in
     * its redirect; the page follows it even when it has already ended).
     */
    void addWelcome(long athleteId, String sync, HttpServletRequest request, Model model) {
        browser.takeNewToken(request).ifPresent(token -> model.addAttribute("newToken", token));
        parse(sync).flatMap(id -> sync(athleteId, id)).ifPresent(job -> model.addAttribute("stravaSync", job));
    }

    /** The athlete's own sync job with this id (another athlete's, or another kind of job, is none). */
    Optional<SyncJobView> sync(long athleteId, UUID id) {
        return jobs.find(athleteId, id).filter(job -> job.kind().equals(StravaLink.SYNC_KIND)).map(this::view);
    }

    private SyncJobView view(JobRecord job) {
        var state = job.resultJson() != null ? job.resultJson() : job.progressJson();
        return new SyncJobView(job.id(), job.status().code(), state == null ? null : json.readTree(state),
                job.error());
    }

    private static Optional<UUID> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
