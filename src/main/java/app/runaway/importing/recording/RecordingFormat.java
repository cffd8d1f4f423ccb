package app.runaway.importing.recording;

import java.util.Locale;

/** The file formats a recording can come in, told apart by the file name as Strava's bulk export writes it. */
enum RecordingFormat {
    FIT("fit"),
    GPX("gpx"),
    TCX("tcx");

    private static final String GZIP_SUFFIX = ".gz";

    private final String extension;

    RecordingFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** Accepts {@code run.fit} as well as {@code activities/4012345678.fit.gz}; the case of the name does not matter. */
    static RecordingFormat ofFileName(String fileName) throws UnreadableRecordingException {
        var name = baseName(fileName).toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP_SUFFIX)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        var dot = name.lastIndexOf('.');
        var extension = dot < 0 ? "" : name.substring(dot + 1);
        for (var format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new UnreadableRecordingException(extension.isEmpty()
                ? "unsupported file type: '" + baseName(fileName) + "' has no extension (expected .fit, .gpx or .tcx)"
                : "unsupported file type '." + extension + "' (expected .fit, .gpx or .tcx, optionally gzipped)");
    }

    private static String baseName(String fileName) {
        var slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
