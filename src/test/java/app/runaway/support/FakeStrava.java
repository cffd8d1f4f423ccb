package app.runaway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strava on loopback: a real HTTP server (WireMock standalone) that answers as Strava's API and OAuth endpoints do,
 * from athletes and activities held here, in the shapes of the API's own examples (the swagger's SummaryActivity, a
 * real detailed activity). It keeps Strava's rules that matter to a client: tokens that expire and rotate, pages, the
 * {@code after} filter (oldest first), 15-minute and daily budgets reported in {@code X-RateLimit-*} and
 * {@code X-ReadRateLimit-*} headers with 429 beyond them; and injects faults on request: 5xx, slow answers, dropped
 * connections, 429s. Every request is kept, with the athlete it was for.
 */
public final class FakeStrava implements AutoCloseable {
    public static final String CLIENT_ID = "runaway-test-client";
    public static final String CLIENT_SECRET = "runaway-test-secret-never-logged";
    private static final Path SHAPES = Path.of("src/test/resources/fixtures/strava-api");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectNode summaryShape;
    private final ObjectNode detailShape;
    private final WireMockServer server;
    private final Map<Long, Athlete> athletes = new ConcurrentHashMap<>();
    private final Map<String, Long> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> codes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Injected> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger athleteIds = new AtomicInteger(9_000_000);
    private final Object budgetLock = new Object();
    private final Duration shortWindow;
    private volatile Limits limits = Limits.GENEROUS;
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration tokenLifetime = Duration.ofHours(6);
    private long windowStart;
    private int shortUsage;
    private int readShortUsage;
    private int dailyUsage;
    private int readDailyUsage;
    private final AtomicInteger overLimit = new AtomicInteger();

    /** Requests allowed per 15-minute (here: short) window and per day, overall and for reads. */
    public record Limits(int shortLimit, int dailyLimit, int readShortLimit, int readDailyLimit) {
        public static final Limits GENEROUS = new Limits(100_000, 1_000_000, 100_000, 1_000_000);
    }

    /** One request as received: what, for which Strava athlete (null when the token was unknown), and when. */
    public record Received(String method, String path, Map<String, String> query, Long athleteId, Instant at) {
        public boolean isList() {
            return path.endsWith("/athlete/activities");
        }

        public boolean isDetail() {
            return path.matches(".*/activities/\\d+");
        }

        public int page() {
            return Integer.parseInt(query.getOrDefault("page", "1"));
        }
    }

    /** A fault for the next {@code times} requests that match. */
    private record Injected(Predicate<Received> matches, AtomicInteger times, ResponseDefinition response) {
    }

    public final class Athlete {
        public final long id;
        final String firstname;
        final String lastname;
        final Map<Long, FakeStravaHistory.Activity> activities = new ConcurrentHashMap<>();

        Athlete(long id, String firstname, String lastname) {
            this.id = id;
            this.firstname = firstname;
            this.lastname = lastname;
        }

        public void add(FakeStravaHistory.Activity activity) {
            activities.put(activity.id(), activity);
        }

        public void remove(long activityId) {
            activities.remove(activityId);
        }

        public List<FakeStravaHistory.Activity> activities() {
            return activities.values().stream().sorted(Comparator.comparing(FakeStravaHistory.Activity::start))
                    .toList();
        }

        /** The athlete revokes Runaway's access on strava.com: every token stops working. */
        public void deauthorize() {
            accessTokens.values().removeIf(owner -> owner == id);
            refreshTokens.values().removeIf(owner -> owner == id);
        }

        /** Strava ends the athlete's current access tokens early (as it may): the next call gets 401. */
        public void expireAccessTokens() {
            accessTokens.values().removeIf(owner -> owner == id);
        }
    }

    public FakeStrava(Duration shortWindow) {
        this.shortWindow = shortWindow;
        try {
            var swagger = json.readTree(Files.readString(SHAPES.resolve("strava_swagger.json")));
            summaryShape = (ObjectNode) swagger.at("/paths/~1athlete~1activities/get/responses/200/examples/"
                    + "application~1json/0");
            detailShape = (ObjectNode) json.readTree(Files.readString(SHAPES.resolve("activity.3.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Responder()).disableRequestJournal().containerThreads(40));
        server.start();
        server.stubFor(any(anyUrl()));
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v3";
    }

    public String oauthUrl() {
        return "http://127.0.0.1:" + server.port() + "/oauth";
    }

    public Athlete newAthlete(String firstname, String lastname) {
        var athlete = new Athlete(athleteIds.incrementAndGet(), firstname, lastname);
        athletes.put(athlete.id, athlete);
        return athlete;
    }

    /** What the athlete's approval on Strava's consent page gives Runaway's callback: a code for the token endpoint. */
    public String approve(Athlete athlete) {
        var code = "code-" + UUID.randomUUID();
        codes.put(code, athlete.id);
        return code;
    }

    /**
     * Strava's consent page approved by the athlete: where Strava sends the browser back (the authorize URL's
     * redirect_uri, with its state, a code for the token endpoint and the scope asked for). The path and query are
     * what a test follows on the app's real port (the redirect_uri names the configured public URL).
     */
    public URI consent(String authorizeUrl, Athlete athlete) {
        var asked = form(URI.create(authorizeUrl).getRawQuery());
        if (!authorizeUrl.startsWith(oauthUrl() + "/authorize?") || !CLIENT_ID.equals(asked.get("client_id"))) {
            throw new AssertionError("not this fake's consent page: " + authorizeUrl);
        }
        return URI.create(asked.get("redirect_uri") + "?state=" + encode(asked.get("state")) + "&code="
                + encode(approve(athlete)) + "&scope=" + encode(asked.get("scope")));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void limits(Limits limits) {
        this.limits = limits;
    }

    /** How long every request takes (the benchmark's 50 ms a call). */
    public void latency(Duration latency) {
        this.latency = latency;
    }

    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    /** Requests that arrived when their window's budget was already spent: a client that counts right makes none. */
    public int overLimit() {
        return overLimit.get();
    }

    public List<Received> received(Athlete athlete) {
        return received.stream().filter(r -> r.athleteId() != null && r.athleteId() == athlete.id).toList();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    // ---- faults -------------------------------------------------------------------------------------------------

    public void failNext(int times, Predicate<Received> matches, int status) {
        inject(times, matches, ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Something went wrong\",\"errors\":[]}").build());
    }

    public void dropNext(int times, Predicate<Received> matches) {
        inject(times, matches, ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER)
                .build());
    }

    public void emptyNext(int times, Predicate<Received> matches) {
        inject(times, matches, ResponseDefinitionBuilder.responseDefinition().withFault(Fault.EMPTY_RESPONSE).build());
    }

    /** Answers the next matching requests correctly, but only after {@code delay}. */
    public void slowNext(int times, Predicate<Received> matches, Duration delay) {
        inject(times, matches, ResponseDefinitionBuilder.responseDefinition()
                .withFixedDelay((int) delay.toMillis()).build());
    }

    /** A 429 as Strava sends it when the 15-minute budget is spent (usage at the limit in the headers). */
    public void tooManyNext(int times, Predicate<Received> matches) {
        inject(times, matches, ResponseDefinitionBuilder.responseDefinition().withStatus(429).build());
    }

    private void inject(int times, Predicate<Received> matches, ResponseDefinition response) {
        faults.add(new Injected(matches, new AtomicInteger(times), response));
    }

    /** Runs {@code action} once, when the first matching request arrives (before it is answered). */
    public void whenReceived(Predicate<Received> matches, Runnable action) {
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        faults.add(new Injected(r -> {
            if (matches.test(r) && done.compareAndSet(false, true)) {
                action.run();
            }
            return false;
        }, new AtomicInteger(0), null));
    }

    public void clearFaults() {
        faults.clear();
    }

    // ---- the server ----------------------------------------------------------------------------------------------

    private final class Responder implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return "fake-strava";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            var request = event.getRequest();
            var url = request.getUrl();
            var path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            var query = new HashMap<String, String>(form(url.contains("?") ? url.substring(url.indexOf('?') + 1) : ""));
            if (request.getMethod().getName().equals("POST")) {
                query.putAll(form(request.getBodyAsString()));
            }
            var authorization = request.getHeader("Authorization");
            var token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
            var owner = token == null ? null : accessTokens.get(token);
            var got = new Received(request.getMethod().getName(), path, Map.copyOf(query), owner, Instant.now());
            received.add(got);
            var answer = path.startsWith("/oauth/") ? failed(got).orElseGet(() -> oauth(path, query))
                    : api(got, owner);
            return latency.isZero() || answer.getFault() != null || answer.getFixedDelayMilliseconds() != null
                    ? answer : ResponseDefinitionBuilder.like(answer).withFixedDelay((int) latency.toMillis()).build();
        }

        /** An injected error or dropped connection for an OAuth request (token exchange, deauthorization). */
        private java.util.Optional<ResponseDefinition> failed(Received got) {
            for (var fault : faults) {
                if (fault.response() != null && fault.matches().test(got) && fault.times().getAndDecrement() > 0) {
                    return java.util.Optional.of(fault.response());
                }
            }
            return java.util.Optional.empty();
        }

        private ResponseDefinition api(Received got, Long owner) {
            var counted = count();
            for (var fault : faults) {
                if (fault.matches().test(got) && fault.times().getAndDecrement() > 0) {
                    if (fault.response().getStatus() == 429) {
                        return withBudget(error(429, "Rate Limit Exceeded", "Application", "rate limit"),
                                true);
                    }
                    if (fault.response().getFixedDelayMilliseconds() != null) {
                        return ResponseDefinitionBuilder.like(withBudget(route(got, owner), false))
                                .withFixedDelay(fault.response().getFixedDelayMilliseconds()).build();
                    }
                    return fault.response().getFault() != null ? fault.response()
                            : withBudget(fault.response(), false);
                }
            }
            if (!counted) {
                overLimit.incrementAndGet();
                return withBudget(error(429, "Rate Limit Exceeded", "Application", "rate limit"), false);
            }
            return withBudget(route(got, owner), false);
        }

        private ResponseDefinition route(Received got, Long owner) {
            if (owner == null) {
                return error(401, "Authorization Error", "Athlete", "access_token invalid");
            }
            var athlete = athletes.get(owner);
            if (got.path().equals("/api/v3/athlete")) {
                return ok(athleteJson(athlete));
            }
            if (got.path().equals("/api/v3/athlete/activities")) {
                return ok(page(athlete, got.query()));
            }
            if (got.isDetail()) {
                var id = Long.parseLong(got.path().substring(got.path().lastIndexOf('/') + 1));
                var activity = athlete.activities.get(id);
                return activity == null ? error(404, "Record Not Found", "Activity", "not found")
                        : ok(detail(activity, athlete));
            }
            return error(404, "Record Not Found", "Resource", "not found");
        }

        private ResponseDefinition oauth(String path, Map<String, String> form) {
            if (path.equals("/oauth/deauthorize")) {
                var owner = accessTokens.get(form.getOrDefault("access_token", ""));
                if (owner == null) {
                    return error(401, "Authorization Error", "Athlete", "access_token invalid");
                }
                athletes.get(owner).deauthorize();
                return ok(json.createObjectNode().put("access_token", form.get("access_token")));
            }
            if (!path.equals("/oauth/token") || !CLIENT_ID.equals(form.get("client_id"))
                    || !CLIENT_SECRET.equals(form.get("client_secret"))) {
                return error(401, "Authorization Error", "Application", "invalid client");
            }
            if ("authorization_code".equals(form.get("grant_type"))) {
                var owner = codes.remove(form.getOrDefault("code", ""));
                return owner == null ? error(400, "Bad Request", "AuthorizationCode", "invalid")
                        : ok(grant(owner, true));
            }
            if ("refresh_token".equals(form.get("grant_type"))) {
                // Strava rotates refresh tokens: the one used stops working once the new one is issued
                var owner = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
                return owner == null ? error(400, "Bad Request", "RefreshToken", "invalid") : ok(grant(owner, false));
            }
            return error(400, "Bad Request", "GrantType", "invalid");
        }
    }

    private ObjectNode grant(long owner, boolean withAthlete) {
        var access = "access-" + UUID.randomUUID();
        var refresh = "refresh-" + UUID.randomUUID();
        accessTokens.put(access, owner);
        refreshTokens.put(refresh, owner);
        var expires = Instant.now().plus(tokenLifetime);
        var grant = json.createObjectNode().put("token_type", "Bearer").put("expires_at", expires.getEpochSecond())
                .put("expires_in", tokenLifetime.toSeconds()).put("refresh_token", refresh).put("access_token", access);
        if (withAthlete) {
            var athlete = athletes.get(owner);
            grant.putObject("athlete").put("id", athlete.id).put("resource_state", 2)
                    .put("firstname", athlete.firstname).put("lastname", athlete.lastname);
        }
        return grant;
    }

    private JsonNode athleteJson(Athlete athlete) {
        return json.createObjectNode().put("id", athlete.id).put("resource_state", 3)
                .put("firstname", athlete.firstname).put("lastname", athlete.lastname);
    }

    /** Newest first; with {@code after}, only later ones and oldest first (as Strava pages them). */
    private JsonNode page(Athlete athlete, Map<String, String> query) {
        var perPage = Math.min(200, Integer.parseInt(query.getOrDefault("per_page", "30")));
        var page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
        var after = query.containsKey("after") ? Instant.ofEpochSecond(Long.parseLong(query.get("after"))) : null;
        var before = query.containsKey("before") ? Instant.ofEpochSecond(Long.parseLong(query.get("before"))) : null;
        var chosen = new ArrayList<>(athlete.activities().stream()
                .filter(a -> after == null || a.start().isAfter(after))
                .filter(a -> before == null || a.start().isBefore(before)).toList());
        if (after == null) {
            chosen.sort(Comparator.comparing(FakeStravaHistory.Activity::start).reversed());
        }
        var array = json.createArrayNode();
        chosen.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(a -> array.add(summary(a, athlete)));
        return array;
    }

    private ObjectNode summary(FakeStravaHistory.Activity a, Athlete athlete) {
        var node = common(summaryShape.deepCopy(), a, athlete);
        node.put("resource_state", 2);
        node.remove("gear_id");
        node.put("gear_id", a.gear() == null ? null : "g" + Math.abs(a.gear().hashCode()));
        node.put("device_name", a.device());
        return node;
    }

    private ObjectNode detail(FakeStravaHistory.Activity a, Athlete athlete) {
        var node = common(detailShape.deepCopy(), a, athlete);
        node.put("resource_state", 3);
        node.put("description", a.description());
        node.put("device_name", a.device());
        if (a.gear() == null) {
            node.putNull("gear");
        } else {
            node.putObject("gear").put("id", "g" + Math.abs(a.gear().hashCode())).put("name", a.gear())
                    .put("resource_state", 2);
        }
        return node;
    }

    private ObjectNode common(ObjectNode node, FakeStravaHistory.Activity a, Athlete athlete) {
        node.put("id", a.id());
        node.putObject("athlete").put("id", athlete.id).put("resource_state", 1);
        node.put("name", a.name());
        node.put("type", a.sportType().equals("Run") ? "Run" : a.sportType());
        node.put("sport_type", a.sportType());
        node.put("start_date", a.start().toString());
        node.put("start_date_local", a.start().atZone(a.zone()).toLocalDateTime() + "Z");
        var offset = a.zone().getRules().getOffset(a.start());
        node.put("timezone", "(GMT" + (offset.getId().equals("Z") ? "+00:00" : offset.getId()) + ") " + a.zone().getId());
        node.put("utc_offset", offset.getTotalSeconds());
        node.put("distance", a.distanceM());
        node.put("moving_time", a.movingTimeS());
        node.put("elapsed_time", a.elapsedTimeS());
        node.put("total_elevation_gain", a.elevationGainM());
        node.put("average_speed", a.movingTimeS() == 0 ? 0 : a.distanceM() / a.movingTimeS());
        node.put("has_heartrate", a.averageHeartrate() != null);
        node.put("average_heartrate", a.averageHeartrate());
        node.put("max_heartrate", a.maxHeartrate());
        if (a.workoutType() == null) {
            node.putNull("workout_type");
        } else {
            node.put("workout_type", a.workoutType());
        }
        node.put("trainer", false);
        node.put("commute", false);
        node.put("manual", false);
        return node;
    }

    // ---- the budget ----------------------------------------------------------------------------------------------

    /** Counts a request in its window by its arrival; false when the window's budget was already spent. */
    private boolean count() {
        synchronized (budgetLock) {
            var now = System.currentTimeMillis();
            var window = Math.floorDiv(now, shortWindow.toMillis()) * shortWindow.toMillis();
            if (window != windowStart) {
                windowStart = window;
                shortUsage = 0;
                readShortUsage = 0;
            }
            var l = limits;
            if (shortUsage >= l.shortLimit() || readShortUsage >= l.readShortLimit() || dailyUsage >= l.dailyLimit()
                    || readDailyUsage >= l.readDailyLimit()) {
                return false;
            }
            shortUsage++;
            readShortUsage++;
            dailyUsage++;
            readDailyUsage++;
            return true;
        }
    }

    private ResponseDefinition withBudget(ResponseDefinition response, boolean spent) {
        var l = limits;
        int shortNow;
        int readShortNow;
        int dailyNow;
        int readDailyNow;
        synchronized (budgetLock) {
            shortNow = spent ? l.shortLimit() : shortUsage;
            readShortNow = spent ? l.readShortLimit() : readShortUsage;
            dailyNow = dailyUsage;
            readDailyNow = readDailyUsage;
        }
        return ResponseDefinitionBuilder.like(response)
                .withHeader("X-RateLimit-Limit", l.shortLimit() + "," + l.dailyLimit())
                .withHeader("X-RateLimit-Usage", shortNow + "," + dailyNow)
                .withHeader("X-ReadRateLimit-Limit", l.readShortLimit() + "," + l.readDailyLimit())
                .withHeader("X-ReadRateLimit-Usage", readShortNow + "," + readDailyNow)
                .build();
    }

    private ResponseDefinition ok(JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json.writeValueAsString(body))
                .build();
    }

    private ResponseDefinition error(int status, String message, String resource, String code) {
        var body = json.createObjectNode().put("message", message);
        body.putArray("errors").addObject().put("resource", resource).put("field", "").put("code", code);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json.writeValueAsString(body))
                .build();
    }

    private static Map<String, String> form(String text) {
        var fields = new HashMap<String, String>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        for (var pair : text.split("&")) {
            var at = pair.indexOf('=');
            if (at > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop();
    }
}
