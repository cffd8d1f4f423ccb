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
        try {
            var file = Files.createTempFile("runaway-import-", ".upload");
            var count = jdbc.sql("SELECT count(*) FROM import_uploads WHERE job_id = ?").param(jobId)
                    .query(Integer.class).single();
            for (var seq = 0; seq < count; seq++) {
                var chunk = jdbc.sql("SELECT data FROM import_uploads WHERE job_id = ? AND seq = ?")
                        .params(jobId, seq).query(byte[].class).single();
                Files.write(file, chunk, StandardOpenOption.APPEND);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary copy of upload " + jobId, e);
        }
    }

    void delete(UUID jobId) {
        jdbc.sql("DELETE FROM import_uploads WHERE job_id = ?").param(jobId).update();
    }
}
