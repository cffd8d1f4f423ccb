package app.runaway.strava.client;

import app.runaway.activity.NewActivity;
import java.util.List;

/**
 * Strava's API as Runaway uses it: the port. The adapter behind it counts every request against the application's
 * shared rate budget before sending it, reads the budget's headers after, and retries 5xx, timeouts and dropped
 * connections with bounded exponential backoff; what it answers is already Runaway's own types.
 */
public interface StravaClient {

    /** Exchanges the code from the OAuth callback for tokens. */
    TokenGrant exchange(String code);

    /** A new access token (and, as Strava rotates them, a new refresh token). */
    TokenGrant refresh(String refreshToken);

    /** Revokes the application's access for the athlete whose token this is. */
    void deauthorize(String accessToken);

    /** One page of the athlete's activities as list summaries ({@code GET /athlete/activities}). */
    List<NewActivity> activities(String accessToken, ActivityPage page, ApiCalls calls);

    /** One activity as a detailed record ({@code GET /activities/{id}}). */
    NewActivity activity(String accessToken, long stravaId, ApiCalls calls);

    /** The athlete the token belongs to ({@code GET /athlete}): proves the token still works. */
    StravaAthlete athlete(String accessToken, ApiCalls calls);

    /** Whether the shared budget has room for an optional call (a detailed record) beyond the reserve kept free. */
    boolean spareBudget(double reserve);

    /**
     * A page of the list: {@code after} (epoch seconds, exclusive) asks only for newer activities, oldest first;
     * without it the newest come first.
     */
    record ActivityPage(Long after, int page, int perPage) {
    }
}
