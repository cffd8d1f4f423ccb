package app.runaway.strava.client;

/** The Strava athlete behind a token; the name is null when Strava does not send it. */
public record StravaAthlete(long id, String name) {
}
