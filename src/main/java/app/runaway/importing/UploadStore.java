package app.runaway.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps an upload in PostgreSQL, in chunks, until its job ends: any node can run the job, and a node that dies
 * mid-import leaves the upload for the next attempt.
 */
@Repository
class UploadStore {
    static final String TEMP_PREFIX = "runaway-import-";
    private static final int CHUNK = 4 * 1024 * 1024;

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID jobId, InputStream content) throws IOException {
        var buffer = new byte[CHUNK];
        var seq = 0;
        int read;
        while ((read = content.readNBytes(buffer, 0, CHUNK)) > 0) {
            var chunk = read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read);
            jdbc.sql("INSERT INTO import_uploads (job_id, seq, data) VALUES (?, ?, ?)")
                    .params(jobId, seq++, chunk)
                    .update();
        }
    }

    /** Writes the upload to a local temporary file for random access (a zip's central directory). */
    Path copyToTempFile(UUID jobId) {
        Path file = null;
        try {
            file = Files.createTempFile(TEMP_PREFIX, ".upload");
            var count = jdbc.sql("SELECT count(*) FROM import_uploads WHERE job_id = ?").param(jobId)
                    .query(Integer.class).single();
            for (var seq = 0; seq < count; seq++) {
                var chunk = jdbc.sql("SELECT data FROM import_uploads WHERE job_id = ? AND seq = ?")
                        .params(jobId, seq).query(byte[].class).single();
                Files.write(file, chunk, StandardOpenOption.APPEND);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write a temporary copy of upload " + jobId, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Uploads whose job has ended but were not dropped (the node died between the verdict and the cleanup). */
    int deleteOfEndedJobs() {
        return jdbc.sql("""
                DELETE FROM import_uploads WHERE job_id IN (SELECT id FROM jobs WHERE status IN ('succeeded', 'failed'))""")
                .update();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp directory is cleaned at the next start anyway
        }
    }

    void delete(UUID jobId) {
        jdbc.sql("DELETE FROM import_uploads WHERE job_id = ?").param(jobId).update();
    }
}
