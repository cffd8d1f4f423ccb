package app.runaway.strava;

/** The operator configured no Strava application: every Strava endpoint answers 404 saying so. */
class StravaNotConfiguredException extends RuntimeException {
    StravaNotConfiguredException() {
        super("Strava is not configured on this server: the operator sets RUNAWAY_STRAVA_CLIENT_ID and "
                + "RUNAWAY_STRAVA_CLIENT_SECRET to turn it on");
    }
}
