package app.runaway.importing;

import app.runaway.job.Jobs;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RejectedUploadException;
import app.runaway.platform.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload for import, from the API or the web app alike: a Strava export zip, a bare activities.csv, or one
 * .fit/.gpx/.tcx (optionally .gz). What is unsafe or unreadable is refused at once (4xx); the rest is stored with
 * the job that imports it, in one transaction.
 */
@Service
public class ImportSubmissions {
    private final Jobs jobs;
    private final UploadStore uploads;
    private final ImportSettings settings;
    private final TransactionTemplate transaction;

    ImportSubmissions(Jobs jobs, UploadStore uploads, ImportSettings settings, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** The id of the queued job that imports the upload. */
    public UUID submit(long athleteId, MultipartFile file) throws IOException {
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
        return transaction.execute(status -> {
            var id = jobs.submit(ImportJob.KIND, athleteId,
                    Map.of("file_name", name, "upload_kind", kind.name(), "size_bytes", file.getSize()));
            try (var in = file.getInputStream()) {
                uploads.save(id, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return id;
        });
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
