package app.runaway.strava.client;

import java.time.Instant;

/** What Strava's token endpoint granted. The tokens are secrets: this record never prints them. */
public record TokenGrant(String accessToken, String refreshToken, Instant expiresAt, StravaAthlete athlete) {
    @Override
    public String toString() {
        return "TokenGrant[expiresAt=" + expiresAt + ", athlete=" + athlete + "]";
    }
}
