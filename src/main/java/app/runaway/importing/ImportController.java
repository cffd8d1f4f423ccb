package app.runaway.importing;

import app.runaway.security.CurrentAthlete;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * `POST /api/imports`: takes a Strava export zip, a bare activities.csv, or one .fit/.gpx/.tcx (optionally .gz),
 * refuses what is unsafe at once, and answers 202 with the job that imports it.
 */
@RestController
class ImportController {
    private final ImportSubmissions submissions;

    ImportController(ImportSubmissions submissions) {
        this.submissions = submissions;
    }

    record Accepted(UUID jobId, String status, String statusUrl) {
    }

    @PostMapping("/api/imports")
    ResponseEntity<Accepted> upload(@AuthenticationPrincipal CurrentAthlete athlete,
                                    @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        var jobId = submissions.submit(athlete.id(), file);
        var statusUrl = "/api/jobs/" + jobId;
        return ResponseEntity.accepted().location(URI.create(statusUrl))
                .body(new Accepted(jobId, "queued", statusUrl));
    }
}
