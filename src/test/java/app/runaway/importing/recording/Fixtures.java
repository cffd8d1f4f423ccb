package app.runaway.importing.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real recordings under src/test/resources/fixtures/files (see the README there), read as an import would. */
final class Fixtures {

    static final Path FILES = Path.of("src/test/resources/fixtures/files");
    static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    private Fixtures() {
    }

    static Recording read(String fileName) throws UnreadableRecordingException {
        return read(fileName, bytes(fileName));
    }

    /** Reads the given bytes as if they had been uploaded under that file name. */
    static Recording read(String fileName, byte[] content) throws UnreadableRecordingException {
        return new RecordingReader(TEN_MEGABYTES).read(fileName, new ByteArrayInputStream(content));
    }

    static Recording read(String fileName, InputStream in) throws UnreadableRecordingException {
        return new RecordingReader(TEN_MEGABYTES).read(fileName, in);
    }

    static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(FILES.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String fixture) {
        return new String(bytes(fixture), java.nio.charset.StandardCharsets.UTF_8);
    }
}
