package app.runaway.strava;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's Strava application and how Runaway uses Strava's API.
 *
 * @param clientId            {@code RUNAWAY_STRAVA_CLIENT_ID}; with the secret unset, Strava features are off
 * @param clientSecret        {@code RUNAWAY_STRAVA_CLIENT_SECRET}
 * @param apiUrl              {@code RUNAWAY_STRAVA_API_URL}, Strava's API root with its version
 * @param oauthUrl            {@code RUNAWAY_STRAVA_OAUTH_URL}: {@code /authorize}, {@code /token}, {@code /deauthorize}
 * @param publicUrl           {@code RUNAWAY_PUBLIC_URL}: how browsers and Strava reach this service
 * @param webhookVerifyToken  {@code RUNAWAY_STRAVA_WEBHOOK_VERIFY_TOKEN}: the push subscription's verify token
 * @param signup              {@code RUNAWAY_STRAVA_SIGNUP}: connecting without a token creates a new athlete
 * @param retentionDays       {@code RUNAWAY_STRAVA_RETENTION_DAYS}: activities from Strava's API alone are deleted
 *                            this many days after Strava last sent them (null: kept)
 * @param timeout             one request's whole time (connect, wait, read)
 * @param retries             retries of a request that failed with 5xx, a timeout or a dropped connection
 * @param backoff             the first retry's delay; it doubles per retry, with jitter, up to {@code maxBackoff}
 * @param maxBackoff          the longest delay between two tries
 * @param refreshBefore       an access token this close to its expiry is refreshed before use
 * @param shortWindow         Strava's short rate window (15 minutes, starting at :00, :15, :30, :45 UTC)
 * @param dailyWindow         Strava's daily rate window (from midnight UTC)
 * @param windowGuard         no request is sent this close to a window's end (it might be counted in the next)
 * @param detailFetches       most detailed records (description, gear, device) one sync asks for
 * @param detailReserve       share of every rate window kept free of such optional calls, for syncs and webhooks
 * @param retentionCheck      how often retention runs on each node
 */
@ConfigurationProperties("runaway.strava")
public record StravaSettings(String clientId, String clientSecret, URI apiUrl, URI oauthUrl, URI publicUrl,
                             String webhookVerifyToken, Boolean signup, Integer retentionDays, Duration timeout,
                             Integer retries, Duration backoff, Duration maxBackoff, Duration refreshBefore,
                             Duration shortWindow, Duration dailyWindow, Duration windowGuard, Integer detailFetches,
                             Double detailReserve, Duration retentionCheck) {
    public static final String SCOPE = "read,activity:read_all";

    public StravaSettings {
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        apiUrl = apiUrl == null ? URI.create("https://www.strava.com/api/v3") : apiUrl;
        oauthUrl = oauthUrl == null ? URI.create("https://www.strava.com/oauth") : oauthUrl;
        publicUrl = publicUrl == null ? URI.create("http://localhost:8080") : publicUrl;
        webhookVerifyToken = blankToNull(webhookVerifyToken);
        signup = signup != null && signup;
        if (retentionDays != null && retentionDays < 1) {
            throw new IllegalArgumentException("RUNAWAY_STRAVA_RETENTION_DAYS must be at least 1 (unset keeps data)");
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        retries = retries == null ? 5 : retries;
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        refreshBefore = refreshBefore == null ? Duration.ofMinutes(5) : refreshBefore;
        shortWindow = shortWindow == null ? Duration.ofMinutes(15) : shortWindow;
        dailyWindow = dailyWindow == null ? Duration.ofDays(1) : dailyWindow;
        windowGuard = windowGuard == null ? Duration.ofSeconds(1) : windowGuard;
        detailFetches = detailFetches == null ? 20 : detailFetches;
        detailReserve = detailReserve == null ? 0.5 : detailReserve;
        retentionCheck = retentionCheck == null ? Duration.ofHours(1) : retentionCheck;
    }

    /** Whether the operator configured a Strava application: without one every Strava endpoint answers 404. */
    public boolean configured() {
        return clientId != null && clientSecret != null;
    }

    /** Where Strava sends the athlete back: the callback, on the public URL. */
    public String redirectUri() {
        return publicUrl.toString().replaceAll("/+$", "") + "/api/oauth/callback";
    }

    /** Strava's consent page for a state: where a runner connecting (or signing up) is sent. */
    public String authorizeUrl(String state) {
        var query = new java.util.LinkedHashMap<String, String>();
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri());
        query.put("response_type", "code");
        query.put("approval_prompt", "auto");
        query.put("scope", SCOPE);
        query.put("state", state);
        return oauthUrl.toString().replaceAll("/+$", "") + "/authorize?" + String.join("&",
                query.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8)).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Never print the secret or the verify token. */
    @Override
    public String toString() {
        return "StravaSettings[clientId=" + clientId + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl
                + ", publicUrl=" + publicUrl + ", signup=" + signup + ", retentionDays=" + retentionDays + "]";
    }
}
