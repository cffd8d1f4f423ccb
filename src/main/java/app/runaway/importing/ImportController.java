package app.runaway.importing;

import app.runaway.job.Jobs;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.TextInput;
import app.runaway.platform.RejectedUploadException;
import app.runaway.security.CurrentAthlete;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final Jobs jobs;
    private final UploadStore uploads;
    private final ImportSettings settings;
    private final TransactionTemplate transaction;

    ImportController(Jobs jobs, UploadStore uploads, ImportSettings settings, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.settings = settings;
        this.transaction = transaction;
    }

    record Accepted(UUID jobId, String status, String statusUrl) {
    }

    @PostMapping("/api/imports")
    ResponseEntity<Accepted> upload(@AuthenticationPrincipal CurrentAthlete athlete,
                                    @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "send the export or recording as the multipart field 'file'");
        }
        if (file.getSize() > settings.maxUploadSize().toBytes()) {
            throw new RejectedUploadException(HttpStatus.CONTENT_TOO_LARGE,
                    "the upload is larger than the limit of " + settings.maxUploadSize().toMegabytes() + " MB");
        }
        var name = file.getOriginalFilename() == null ? "upload" : TextInput.require("file",
                file.getOriginalFilename());
        byte[] head;
        try (var in = file.getInputStream()) {
            head = in.readNBytes(8);
        }
        var kind = UploadKind.detect(name, head).orElseThrow(() -> new RejectedUploadException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "'" + name + "' is not something Runaway imports: send a Strava "
                + "export .zip, its activities.csv, or a .fit, .gpx or .tcx file (optionally .gz)"));
        if (kind == UploadKind.ARCHIVE) {
            checkArchive(file);
        }
        var jobId = transaction.execute(status -> {
            var id = jobs.submit(ImportJob.KIND, athlete.id(),
                    Map.of("file_name", name, "upload_kind", kind.name(), "size_bytes", file.getSize()));
            try (var in = file.getInputStream()) {
                uploads.save(id, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return id;
        });
        var statusUrl = "/api/jobs/" + jobId;
        return ResponseEntity.accepted().location(URI.create(statusUrl))
                .body(new Accepted(jobId, "queued", statusUrl));
    }

    /** A zip is refused before it is stored when it is corrupt, unsafe or too big to unpack. */
    private void checkArchive(MultipartFile file) throws IOException {
        var copy = Files.createTempFile("runaway-upload-", ".zip");
        try {
            file.transferTo(copy);
            ArchiveCheck.inspect(copy, settings);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
