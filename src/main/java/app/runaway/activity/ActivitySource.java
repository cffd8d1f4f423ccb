package app.runaway.activity;

/**
 * Where an activity came from. The rank decides which later import may overwrite stored figures: the Strava API's
 * detailed activity beats an export's row, which beats a bare file (it knows no name, gear or Strava's own totals).
 */
public enum ActivitySource {
    STRAVA_API("strava_api", 3),
    STRAVA_EXPORT("strava_export", 2),
    DEMO("demo", 2),
    FILE_UPLOAD("file_upload", 1);

    private final String code;
    private final int rank;

    ActivitySource(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The rank as SQL over a column holding a source code. */
    static String rankSql(String column) {
        var cases = new StringBuilder("(CASE " + column);
        for (var source : values()) {
            cases.append(" WHEN '").append(source.code).append("' THEN ").append(source.rank);
        }
        return cases.append(" END)").toString();
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
