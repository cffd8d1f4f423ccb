package app.runaway.activity;

/** Where an activity came from; decides which later import may overwrite it. */
public enum ActivitySource {
    STRAVA_API("strava_api"),
    STRAVA_EXPORT("strava_export"),
    FILE_UPLOAD("file_upload"),
    DEMO("demo");

    private final String code;

    ActivitySource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ActivitySource fromCode(String code) {
        for (var source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown activity source: " + code);
    }
}
