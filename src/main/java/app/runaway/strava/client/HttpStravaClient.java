package app.runaway.strava.client;

import app.runaway.activity.NewActivity;
import app.runaway.strava.StravaSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter behind {@link StravaClient}: the JDK's HTTP client, bounded by a timeout per request. Every API request
 * is counted against the shared {@link RateBudget} first; 5xx answers, timeouts and dropped connections are retried
 * with exponential backoff and jitter, a bounded number of times; 429 pauses every job until the next window.
 * Tokens travel only in headers and form bodies, never in a URL or a log line.
 */
@Component
class HttpStravaClient implements StravaClient {
    private static final Logger log = LoggerFactory.getLogger(HttpStravaClient.class);

    private final StravaSettings settings;
    private final RateBudget budget;
    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    HttpStravaClient(StravaSettings settings, RateBudget budget, Clock clock) {
        this.settings = settings;
        this.budget = budget;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public TokenGrant exchange(String code) {
        return grant(Map.of("grant_type", "authorization_code", "code", code));
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
        return grant(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private TokenGrant grant(Map<String, String> fields) {
        var form = new LinkedHashMap<String, String>();
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.putAll(fields);
        var response = send(post("/token", form), false, null);
        if (response.statusCode() == 400 || response.statusCode() == 401 || response.statusCode() == 403) {
            throw new StravaApiException.GrantRefused("Strava refused the " + fields.get("grant_type") + " ("
                    + response.statusCode() + ")");
        }
        expectOk(response, "the token endpoint");
        return StravaMapper.grant(read(response, StravaJson.Token.class), clock.instant());
    }

    @Override
    public void deauthorize(String accessToken) {
        var response = send(post("/deauthorize", Map.of("access_token", accessToken)), false, null);
        if (response.statusCode() == 401) {
            throw new StravaApiException.Unauthorized("Strava refused the token to deauthorize");
        }
        expectOk(response, "deauthorize");
    }

    @Override
    public List<NewActivity> activities(String accessToken, ActivityPage page, ApiCalls calls) {
        var query = new LinkedHashMap<String, String>();
        if (page.after() != null) {
            query.put("after", String.valueOf(page.after()));
        }
        query.put("page", String.valueOf(page.page()));
        query.put("per_page", String.valueOf(page.perPage()));
        var response = api(accessToken, "/athlete/activities?" + encode(query), calls);
        List<StravaJson.Activity> list = read(response, new TypeReference<>() { });
        return list.stream().map(StravaMapper::activity).toList();
    }

    @Override
    public NewActivity activity(String accessToken, long stravaId, ApiCalls calls) {
        var response = api(accessToken, "/activities/" + stravaId + "?include_all_efforts=false", calls);
        return StravaMapper.activity(read(response, StravaJson.Activity.class));
    }

    @Override
    public StravaAthlete athlete(String accessToken, ApiCalls calls) {
        return StravaMapper.athlete(read(api(accessToken, "/athlete", calls), StravaJson.Athlete.class));
    }

    @Override
    public boolean spareBudget(double reserve) {
        return budget.spare(reserve);
    }

    /** One API GET: 401 and 404/403 are the caller's to handle, anything else but 200 is Strava failing. */
    private HttpResponse<String> api(String accessToken, String pathAndQuery, ApiCalls calls) {
        var request = HttpRequest.newBuilder(URI.create(settings.apiUrl().toString().replaceAll("/+$", "")
                        + pathAndQuery))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET().build();
        var response = send(request, true, calls);
        switch (response.statusCode()) {
            case 401 -> throw new StravaApiException.Unauthorized("Strava refused the access token");
            case 403, 404 -> throw new StravaApiException.NotFound("Strava has no such resource for this athlete");
            default -> expectOk(response, request.uri().getPath());
        }
        return response;
    }

    private HttpRequest post(String path, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(settings.oauthUrl().toString().replaceAll("/+$", "") + path))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
    }

    /**
     * Sends with retries. API requests ({@code counted}) take one call of the shared budget per try, before it is
     * sent; the budget's headers are read from every answer, and a 429 spends the window for every job.
     */
    private HttpResponse<String> send(HttpRequest request, boolean counted, ApiCalls calls) {
        for (var attempt = 0; ; attempt++) {
            RateBudget.Reservation reservation = null;
            if (counted) {
                reservation = budget.reserve();
                calls.add();
            }
            String failure;
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (reservation != null) {
                    var reported = reported(response.headers());
                    budget.record(reservation, reported);
                    if (response.statusCode() == 429) {
                        var until = budget.exhausted(reservation, reported);
                        log.info("Strava answered 429 (rate limit); every job waits until {}", until);
                        throw new StravaApiException.RateLimited(until, "Strava's rate limit is reached until "
                                + until);
                    }
                }
                if (response.statusCode() < 500) {
                    return response;
                }
                failure = "status " + response.statusCode();
            } catch (IOException e) {
                // timeouts, refused and dropped connections, an answer cut short
                failure = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StravaApiException.Unavailable("interrupted");
            }
            if (attempt >= settings.retries()) {
                throw new StravaApiException.Unavailable("Strava failed " + (attempt + 1) + " times (last: "
                        + failure + ")");
            }
            var delay = backoff(attempt);
            log.info("Strava request {} failed ({}); try {} of {} in {} ms", request.uri().getPath(), failure,
                    attempt + 2, settings.retries() + 1, delay.toMillis());
            sleep(delay);
        }
    }

    /** Exponential, capped, with "equal jitter": half the delay fixed, half random, so retries do not march together. */
    private Duration backoff(int attempt) {
        var ceiling = Math.min(settings.maxBackoff().toMillis(),
                settings.backoff().toMillis() * (1L << Math.min(attempt, 20)));
        var half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static RateBudget.Reported reported(HttpHeaders headers) {
        var limit = pair(headers, "X-RateLimit-Limit");
        var usage = pair(headers, "X-RateLimit-Usage");
        var readLimit = pair(headers, "X-ReadRateLimit-Limit");
        var readUsage = pair(headers, "X-ReadRateLimit-Usage");
        return new RateBudget.Reported(usage[0], usage[1], limit[0], limit[1], readUsage[0], readUsage[1],
                readLimit[0], readLimit[1]);
    }

    /** "short,daily" as two numbers; nulls for a header that is missing or unreadable. */
    private static Integer[] pair(HttpHeaders headers, String name) {
        var value = headers.firstValue(name).orElse(null);
        if (value == null) {
            return new Integer[2];
        }
        var parts = value.split(",");
        if (parts.length != 2) {
            return new Integer[2];
        }
        try {
            return new Integer[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
        } catch (NumberFormatException e) {
            return new Integer[2];
        }
    }

    private static void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new StravaApiException.Unavailable("Strava answered " + response.statusCode() + " for " + what);
        }
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new StravaApiException.Unavailable("Strava's answer is not the JSON expected");
        }
    }

    private <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new StravaApiException.Unavailable("Strava's answer is not the JSON expected");
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StravaApiException.Unavailable("interrupted");
        }
    }
}
