package app.runaway.activity;

import java.util.List;

/**
 * Which of an athlete's activities a reader leaves out. Strava's API terms restrict handing what came from its API
 * to an external AI application (a third-party model, an MCP client), so such a reader sees every activity but those
 * whose <em>only</em> source is Strava's API; one the athlete's own export or files also gave is the athlete's and
 * stays. Runaway's own surfaces (the API, the web app, chat's offline engine) withhold nothing.
 */
public enum Withholding {
    /** Every activity. */
    NONE,
    /** Every activity but those whose only source is Strava's API. */
    STRAVA_API_ONLY;

    private static final List<ActivitySource> STRAVA_API_ALONE = List.of(ActivitySource.STRAVA_API);

    /** Whether a reader under this rule must not see the activity. */
    public boolean hides(Activity activity) {
        return this == STRAVA_API_ONLY && STRAVA_API_ALONE.equals(activity.sources());
    }

    /** The SQL condition on the {@code sources} column that keeps what this rule lets through, or null for all. */
    String sql() {
        return this == STRAVA_API_ONLY ? "sources <> ARRAY['" + ActivitySource.STRAVA_API.code() + "']::text[]" : null;
    }
}
