package app.runaway.job;

import app.runaway.platform.NotFoundException;
import app.runaway.security.CurrentAthlete;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A job's state, as the existing client polls it. */
@RestController
class JobController {
    private final Jobs jobs;
    private final JsonMapper json;

    JobController(Jobs jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    record JobView(UUID jobId, String kind, String status, JsonNode progress, JsonNode result, String error,
                   int attempts, Instant createdAt, Instant startedAt, Instant finishedAt, Instant pausedUntil) {
    }

    @GetMapping("/api/jobs/{jobId}")
    JobView get(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable UUID jobId) {
        var job = jobs.find(athlete.id(), jobId).orElseThrow(() -> new NotFoundException("job " + jobId));
        return new JobView(job.id(), job.kind(), job.status().code(), tree(job.progressJson()), tree(job.resultJson()),
                job.error(), job.attempts(), job.createdAt(), job.startedAt(), job.finishedAt(),
                job.pausedUntil());
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
