package app.runaway.strava;

/** Strava refused the athlete's refresh token (access revoked, or the grant expired): connect again to go on. */
final class ReauthorizationNeededException extends StravaRefusal {
    ReauthorizationNeededException() {
        super("Strava no longer accepts this connection: authorize Runaway again (POST /api/oauth/authorize)");
    }

    @Override
    public String forRunner() {
        return "Strava no longer accepts Runaway's access (it was revoked on Strava, or expired): reconnect Strava "
                + "to sync again.";
    }
}
