package app.runaway.strava;

/** The athlete has no Strava connection (never made, or disconnected meanwhile). */
final class NotConnectedException extends StravaRefusal {
    NotConnectedException() {
        super("this athlete is not connected to Strava: connect through POST /api/oauth/authorize");
    }

    @Override
    public String forRunner() {
        return "Strava is not connected any more (it was disconnected, perhaps in another window).";
    }
}
