package app.runaway.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, drops what a crash may have left: stored uploads of jobs that have ended, and this machine's temporary
 * copies of uploads old enough that no import can still be reading them.
 */
@Component
class LeftoverCleanup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(LeftoverCleanup.class);
    private static final Duration TEMP_FILE_AGE = Duration.ofHours(6);

    private final UploadStore uploads;

    LeftoverCleanup(UploadStore uploads) {
        this.uploads = uploads;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var uploadsDropped = uploads.deleteOfEndedJobs();
        var filesDropped = 0;
        var cutoff = Instant.now().minus(TEMP_FILE_AGE);
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (var file : files.filter(f -> f.getFileName().toString().startsWith(UploadStore.TEMP_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    filesDropped++;
                }
            }
        }
        if (uploadsDropped + filesDropped > 0) {
            log.info("Dropped {} stored upload chunk(s) of ended jobs and {} stale temporary file(s)", uploadsDropped,
                    filesDropped);
        }
    }
}
