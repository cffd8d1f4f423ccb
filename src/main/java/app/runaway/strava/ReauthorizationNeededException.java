package app.runaway.strava;

/** Strava refused the athlete's refresh token (access revoked, or the grant expired): connect again to go on. */
class ReauthorizationNeededException extends RuntimeException {
    ReauthorizationNeededException() {
        super("Strava no longer accepts this connection: authorize Runaway again (POST /api/oauth/authorize)");
    }
}
