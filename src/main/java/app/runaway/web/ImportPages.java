package app.runaway.web;

import app.runaway.importing.ImportSubmissions;
import app.runaway.job.JobRecord;
import app.runaway.job.Jobs;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import app.runaway.platform.RejectedUploadException;
import app.runaway.security.CurrentAthlete;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import: files go to the same submission as {@code POST /api/imports}, one job each; the page follows each job's
 * progress (htmx polls its panel every second until it has ended) and shows its result with the failed rows.
 */
@Controller
class ImportPages {
    static final int MOST_FILES = 20;

    private final ImportSubmissions submissions;
    private final Jobs jobs;
    private final JsonMapper json;

    ImportPages(ImportSubmissions submissions, Jobs jobs, JsonMapper json) {
        this.submissions = submissions;
        this.jobs = jobs;
        this.json = json;
    }

    /** One file's import as the page shows it: the job while it runs and once it ended, or why it was refused. */
    record Upload(String fileName, JobView job, String refused) {
    }

    /**
     * @param progress the job's running count (or its result once ended): phase, total, processed, imported,
     *                 updated, skipped, failed, failures
     */
    record JobView(UUID id, String status, JsonNode progress, String error) {
        public boolean ended() {
            return status.equals("succeeded") || status.equals("failed");
        }

        /** Per cent of the rows processed, when the total is known. */
        public Integer percent() {
            if (progress == null || !progress.has("total") || progress.get("total").asInt() <= 0) {
                return null;
            }
            return (int) Math.min(100, Math.round(100.0 * progress.get("processed").asInt()
                    / progress.get("total").asInt()));
        }

        public int count(String field) {
            return progress == null || !progress.has(field) ? 0 : progress.get(field).asInt();
        }
    }

    @GetMapping("/import")
    String page(Model model) {
        model.addAttribute("uploads", List.of());
        return "import";
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal CurrentAthlete athlete,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        var chosen = files == null ? List.<MultipartFile>of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("files", "choose a Strava export .zip, its activities.csv, or FIT, GPX "
                    + "or TCX files");
        }
        if (chosen.size() > MOST_FILES) {
            throw new InvalidInputException("files", "at most " + MOST_FILES + " files at a time; a Strava export "
                    + "zip holds any number of recordings");
        }
        var uploads = new ArrayList<Upload>();
        for (var file : chosen) {
            var name = file.getOriginalFilename();
            try {
                var id = submissions.submit(athlete.id(), file);
                uploads.add(new Upload(name, view(jobs.find(athlete.id(), id).orElseThrow()), null));
            } catch (InvalidInputException | RejectedUploadException refused) {
                // one unreadable file among several is reported beside the others, which go ahead
                uploads.add(new Upload(name, null, refused.getMessage()));
            }
        }
        model.addAttribute("uploads", uploads);
        return "import";
    }

    @GetMapping("/import/jobs/{id}")
    String job(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable UUID id, Model model) {
        var job = jobs.find(athlete.id(), id).filter(j -> j.kind().equals("import"))
                .orElseThrow(() -> new NotFoundException("import " + id));
        model.addAttribute("job", view(job));
        return "import-job :: job";
    }

    private JobView view(JobRecord job) {
        var state = job.resultJson() != null ? job.resultJson() : job.progressJson();
        return new JobView(job.id(), job.status().code(), state == null ? null : json.readTree(state), job.error());
    }
}
