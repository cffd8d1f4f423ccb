package app.runaway.importing.recording;

import java.io.InputStream;
import java.util.Objects;

/**
 * Reads one activity file (FIT, GPX, TCX, each optionally gzipped as in a Strava bulk export) into a
 * {@link Recording}. Holds no mutable state, so one instance can serve concurrent imports.
 */
public final class RecordingReader {

    private final BoundedContent content;

    /** @param maxDecompressedBytes the most bytes one file may occupy once decompressed; larger files are refused */
    public RecordingReader(long maxDecompressedBytes) {
        this.content = new BoundedContent(maxDecompressedBytes);
    }

    /**
     * @param fileName the name the file came with, e.g. {@code activities/4012345678.fit.gz}; it decides the format
     * @param in       the file's bytes; read to the end (or to the size limit) but not closed
     */
    public Recording read(String fileName, InputStream in) throws UnreadableRecordingException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(in, "in");
        var format = RecordingFormat.ofFileName(fileName);
        var bytes = content.read(in);
        return parserFor(format).parse(fileName, bytes);
    }

    private static RecordingParser parserFor(RecordingFormat format) {
        return switch (format) {
            case FIT -> new FitRecordingParser();
            case GPX -> new GpxRecordingParser();
            case TCX -> new TcxRecordingParser();
        };
    }
}
