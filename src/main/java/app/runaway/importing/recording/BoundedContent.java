package app.runaway.importing.recording;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an upload into memory, gunzipping it when it starts with the gzip magic bytes, and refuses to hold more than
 * the configured number of bytes. The limit applies to the decompressed bytes: a few hundred kilobytes of gzip can
 * expand to gigabytes (a "gzip bomb"), and we stop at the limit instead of running out of memory.
 */
final class BoundedContent {

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;
    /** The largest array the JVM reliably allocates. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final int maxBytes;

    BoundedContent(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum decompressed size must be positive, was " + maxBytes);
        }
        this.maxBytes = (int) Math.min(maxBytes, LARGEST_ARRAY);
    }

    byte[] read(InputStream in) throws UnreadableRecordingException {
        var buffered = new BufferedInputStream(in);
        try {
            var gzipped = startsWithGzipMagic(buffered);
            var content = gzipped ? readGzip(buffered) : readLimited(buffered, false);
            if (content.length == 0) {
                throw new UnreadableRecordingException("the file is empty");
            }
            return content;
        } catch (IOException e) {
            throw new UnreadableRecordingException("the file could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] readGzip(InputStream in) throws IOException, UnreadableRecordingException {
        try (var gunzip = new GZIPInputStream(in)) {
            return readLimited(gunzip, true);
        } catch (ZipException | EOFException e) {
            throw new UnreadableRecordingException("gzip data is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    private byte[] readLimited(InputStream in, boolean decompressing) throws IOException, UnreadableRecordingException {
        // One byte past the limit tells "exactly at the limit" from "over it" without reading any further.
        var content = in.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new UnreadableRecordingException(decompressing
                    ? "the file expands to more than " + megabytes() + " when decompressed, over the limit for a recording"
                    : "the file is larger than " + megabytes() + ", over the limit for a recording");
        }
        return content;
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        var first = in.read();
        var second = in.read();
        in.reset();
        return first == GZIP_MAGIC_FIRST && second == GZIP_MAGIC_SECOND;
    }

    private String megabytes() {
        return maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : maxBytes + " bytes";
    }
}
