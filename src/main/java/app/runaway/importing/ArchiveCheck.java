package app.runaway.importing;

import app.runaway.platform.RejectedUploadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.http.HttpStatus;

/**
 * Reads a zip's central directory before any work starts and refuses what is unsafe: entries that would escape
 * the archive (zip-slip), more entries or more unpacked bytes than allowed (zip bombs), a file that is no zip.
 * Declared sizes can lie, so the import also bounds what it actually unpacks.
 */
final class ArchiveCheck {
    private ArchiveCheck() {
    }

    /** The parts of an archive an import reads. */
    record Contents(String csvEntry, String basePrefix, List<String> recordingEntries) {
    }

    static Contents inspect(Path archive, ImportSettings limits) {
        try (var zip = new ZipFile(archive.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new RejectedUploadException(HttpStatus.CONTENT_TOO_LARGE,
                        "the archive holds " + zip.size() + " entries; at most " + limits.maxEntries() + " are accepted");
            }
            var declared = 0L;
            String csvEntry = null;
            var recordings = new ArrayList<String>();
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                requireSafeName(entry);
                declared += Math.max(entry.getSize(), 0);
                if (declared > limits.maxUncompressedSize().toBytes()) {
                    throw new RejectedUploadException(HttpStatus.CONTENT_TOO_LARGE,
                            "the archive unpacks to more than " + limits.maxUncompressedSize().toMegabytes()
                                    + " MB; this looks like a zip bomb or an archive too large to import");
                }
                var name = entry.getName();
                var lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || lower.startsWith("__macosx/")) {
                    continue;
                }
                if (isExportCsv(lower) && (csvEntry == null || name.length() < csvEntry.length())) {
                    csvEntry = name;
                } else if (lower.matches(".*\\.(fit|gpx|tcx)(\\.gz)?$")) {
                    recordings.add(name);
                }
            }
            if (csvEntry == null && recordings.isEmpty()) {
                throw new RejectedUploadException(HttpStatus.UNPROCESSABLE_CONTENT,
                        "the archive holds neither a Strava export's activities.csv nor any .fit, .gpx or .tcx file");
            }
            var base = csvEntry == null ? "" : csvEntry.substring(0, csvEntry.length() - "activities.csv".length());
            return new Contents(csvEntry, base, List.copyOf(recordings));
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedUploadException(HttpStatus.BAD_REQUEST,
                    "the upload is not a readable zip archive (" + e.getMessage() + ")");
        }
    }

    /** A Strava export keeps activities.csv at its root, or one folder down when the zip was repacked. */
    private static boolean isExportCsv(String lowerName) {
        return lowerName.equals("activities.csv")
                || (lowerName.endsWith("/activities.csv") && lowerName.indexOf('/') == lowerName.lastIndexOf('/'));
    }

    private static void requireSafeName(ZipEntry entry) {
        var name = entry.getName();
        var normalized = Path.of("/archive").resolve(name.replace('\\', '/')).normalize();
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")
                || !normalized.startsWith("/archive") || name.contains("\0")) {
            throw new RejectedUploadException(HttpStatus.BAD_REQUEST,
                    "the archive holds an unsafe path '" + name + "' that points outside the archive; nothing was imported");
        }
        for (var part : name.replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                throw new RejectedUploadException(HttpStatus.BAD_REQUEST,
                        "the archive holds an unsafe path '" + name + "' that points outside the archive; nothing was imported");
            }
        }
    }
}
