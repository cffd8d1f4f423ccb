package app.runaway.importing;

import java.util.Locale;
import java.util.Optional;

/** What an upload is, from its name and its first bytes (a name alone can lie). */
enum UploadKind {
    ARCHIVE, CSV, RECORDING;

    static Optional<UploadKind> detect(String fileName, byte[] head) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        var zipMagic = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (name.endsWith(".zip")) {
            return Optional.of(ARCHIVE); // a corrupt zip is refused by the archive check, with its reason
        }
        if (zipMagic) {
            return Optional.of(ARCHIVE);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.matches(".*\\.(fit|gpx|tcx)(\\.gz)?$")) {
            return Optional.of(RECORDING);
        }
        return Optional.empty();
    }
}
