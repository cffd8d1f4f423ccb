package app.runaway.strava;

/**
 * Strava cannot be used for this athlete right now, for a reason the runner can act on. The JSON API answers each
 * kind with its own problem details ({@link StravaProblems}); the web app says {@link #forRunner()} on the page the
 * runner was on.
 */
public abstract sealed class StravaRefusal extends RuntimeException
        permits NotConnectedException, ReauthorizationNeededException, StravaNotConfiguredException {
    StravaRefusal(String message) {
        super(message);
    }

    /** What went wrong and what to do, in the runner's words (no API paths). */
    public abstract String forRunner();
}
