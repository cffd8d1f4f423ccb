package app.runaway.strava;

/** The operator configured no Strava application: every Strava endpoint answers 404 saying so. */
final class StravaNotConfiguredException extends StravaRefusal {
    StravaNotConfiguredException() {
        super("Strava is not configured on this server: the operator sets RUNAWAY_STRAVA_CLIENT_ID and "
                + "RUNAWAY_STRAVA_CLIENT_SECRET to turn it on");
    }

    @Override
    public String forRunner() {
        return "Strava is not set up on this server: its operator has not configured a Strava application.";
    }
}
