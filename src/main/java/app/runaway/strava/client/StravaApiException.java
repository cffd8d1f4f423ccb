package app.runaway.strava.client;

import java.time.Instant;

/** What can go wrong with a call to Strava, one kind each; messages never hold tokens. */
public abstract sealed class StravaApiException extends RuntimeException {
    StravaApiException(String message) {
        super(message);
    }

    /** The access token was refused (401): refresh it, or the athlete must authorize again. */
    public static final class Unauthorized extends StravaApiException {
        public Unauthorized(String message) {
            super(message);
        }
    }

    /** The token endpoint refused a code or refresh token (400/401): the athlete must authorize again. */
    public static final class GrantRefused extends StravaApiException {
        public GrantRefused(String message) {
            super(message);
        }
    }

    /** The activity does not exist, or is not visible to this token (404, 403). */
    public static final class NotFound extends StravaApiException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The shared rate budget has no room until {@code until} (a 15-minute or daily window, or a 429). */
    public static final class RateLimited extends StravaApiException {
        private final Instant until;

        public RateLimited(Instant until, String message) {
            super(message);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    /** Strava kept failing (5xx, timeouts, dropped connections) through every retry, or answered nonsense. */
    public static final class Unavailable extends StravaApiException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
