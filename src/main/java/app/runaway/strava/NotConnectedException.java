package app.runaway.strava;

/** The athlete has no Strava connection (never made, or disconnected meanwhile). */
class NotConnectedException extends RuntimeException {
    NotConnectedException() {
        super("this athlete is not connected to Strava: connect through POST /api/oauth/authorize");
    }
}
