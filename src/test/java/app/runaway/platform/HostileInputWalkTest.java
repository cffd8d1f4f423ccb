package app.runaway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.BrowserSession;
import app.runaway.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint with hostile values in every query parameter, path variable and JSON field: NUL and other
 * control characters, unpaired surrogates, invalid UTF-8, overlong text, wrong JSON types, numbers out of every
 * range, broken JSON. Nothing may answer 5xx; every refusal is a problem detail; stored data survives the walk.
 * A new endpoint must be added to the table below, or the walk fails.
 */
class HostileInputWalkTest extends IntegrationTest {
    private static final String LONG = "x".repeat(20_000);

    /** Text values, sent raw in JSON and URL-encoded in queries and paths. */
    private static final List<String> TEXTS = List.of("", " ", "a\u0000b", "\u0000", "\u0001\u0007\u001b[31m",
            "\ud800", "x\udfffy", "\uD83C\uDFC3", LONG, "-1", "0", "4294967303", "9223372036854775808",
            "1e309", "NaN", "2024-02-30", "9999-99-99", "0:00", "<script>", "' OR 1=1 --", "%", "../../etc/passwd");

    /** JSON values for a body field, of every type. */
    private static final List<String> JSON_VALUES = List.of("null", "true", "[]", "{}", "[1,2]", "{\"a\":1}", "-1",
            "0", "1.5", "4294967303", "-4294967303", "9223372036854775808", "1e308", "-1e308", "1e-320",
            "\"\"", "\" \"", "\"a\\u0000b\"", "\"\\u0000\"", "\"\\u0001\\u001f\"", "\"\\ud800\"", "\"x\\udfffy\"",
            "\"" + LONG + "\"", "\"2024-02-30\"", "\"0:00\"", "\"5k under 0:00\"", "\"Marathon in 0:00:01\"",
            "\"-1\"", "\"9999-12-31\"", "\"0001-01-01\"");

    /** Whole bodies that are no JSON object. */
    private static final List<String> BROKEN_BODIES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":}",
            "{\"a\":1,}", "\u0000", "{\"\u0000\":1}", "[".repeat(5000), "{\"message\": \"a\"} trailing");

    /**
     * One endpoint: the pattern it is mapped to, the concrete path to call ({@code {path}} is replaced by each
     * hostile value), its query parameters and JSON fields, and a valid body whose fields are varied one at a time.
     */
    private record Endpoint(String method, String mapping, String path, List<String> query, List<String> fields,
                            Map<String, String> body, boolean admin, boolean browser) {
        Endpoint query(String... parameters) {
            return new Endpoint(method, mapping, path, List.of(parameters), fields, body, admin, browser);
        }

        Endpoint fields(Map<String, String> validBody, String... names) {
            return new Endpoint(method, mapping, path, query, List.of(names), validBody, admin, browser);
        }

        Endpoint asOperator() {
            return new Endpoint(method, mapping, path, query, fields, body, true, browser);
        }

        /** A web page: sent with a signed-in session cookie and its CSRF token, form fields in the query. */
        Endpoint inBrowser() {
            return new Endpoint(method, mapping, path, query, fields, body, admin, true);
        }
    }

    private static Endpoint at(String method, String mapping, String path) {
        return new Endpoint(method, mapping, path, List.of(), List.of(), Map.of(), false, false);
    }

    private static Endpoint at(String method, String path) {
        return at(method, path, path);
    }

    /** Every endpoint of the all-in-one role. */
    private static List<Endpoint> endpoints(long athleteId, String goal, String job, String conversation,
                                            String activity) {
        var profile = new String[] {"name", "units", "timezone", "birth_year", "sex", "max_heartrate",
                "resting_heartrate"};
        var goalFields = new String[] {"goal", "description", "distance_m", "target_time_s", "race_date", "priority",
                "status"};
        var analysis = new String[] {"timeframe_days", "focus_area", "goal", "as_of", "athlete_id"};
        return List.of(
                at("GET", "/health"),
                at("GET", "/error"),
                at("POST", "/api/admin/athletes").fields(Map.of("name", "\"Walker\""), "name", "timezone")
                        .asOperator(),
                at("GET", "/api/athlete"),
                at("PUT", "/api/athlete").fields(Map.of(), profile),
                at("GET", "/api/athlete/status"),
                at("PUT", "/api/athlete/status").fields(Map.of("status", "\"ill\""), "status", "from", "until",
                        "note"),
                at("GET", "/api/activities").query("sport_type", "after", "before", "min_distance_m",
                        "max_distance_m", "sort", "cursor", "limit"),
                at("GET", "/api/activities/{id}", "/api/activities/" + activity),
                at("GET", "/api/activities/{id}", "/api/activities/{path}"),
                at("PUT", "/api/activities/{id}/evidence", "/api/activities/" + activity + "/evidence")
                        .fields(Map.of("evidence", "\"exclude\""), "evidence"),
                at("PUT", "/api/activities/{id}/evidence", "/api/activities/{path}/evidence"),
                at("GET", "/api/stats").query("period", "from", "to", "sport_type"),
                at("GET", "/api/jobs/{jobId}", "/api/jobs/" + job),
                at("GET", "/api/jobs/{jobId}", "/api/jobs/{path}"),
                at("GET", "/api/goals").query("status"),
                at("POST", "/api/goals").fields(Map.of("goal", "\"half 1:45\""), goalFields),
                at("GET", "/api/goals/{id}", "/api/goals/" + goal),
                at("GET", "/api/goals/{id}", "/api/goals/{path}"),
                at("PUT", "/api/goals/{id}", "/api/goals/" + goal).fields(Map.of(), goalFields),
                at("PUT", "/api/goals/{id}", "/api/goals/{path}"),
                at("DELETE", "/api/goals/{id}", "/api/goals/{path}"),
                at("GET", "/api/commitments").query("from", "to"),
                at("PUT", "/api/commitments/{day}", "/api/commitments/2026-01-05").fields(Map.of(), "sport_type",
                        "target_distance_m", "target_duration_s", "description"),
                at("PUT", "/api/commitments/{day}", "/api/commitments/{path}"),
                at("DELETE", "/api/commitments/{day}", "/api/commitments/2026-01-05").query("sport_type"),
                at("DELETE", "/api/commitments/{day}", "/api/commitments/{path}"),
                at("POST", "/analyze").fields(Map.of(), analysis),
                at("POST", "/analyze/{part}", "/analyze/pace").fields(Map.of(), analysis),
                at("POST", "/analyze/{part}", "/analyze/{path}"),
                at("POST", "/api/chat").fields(Map.of("message", "\"how far did I run last year?\""), "message",
                        "conversation_id", "athlete_id"),
                at("GET", "/api/chat/history/{athleteId}", "/api/chat/history/" + athleteId),
                at("GET", "/api/chat/history/{athleteId}", "/api/chat/history/{path}"),
                at("GET", "/api/chat/memory"),
                at("DELETE", "/api/chat/memory/{factId}", "/api/chat/memory/{path}"),
                at("DELETE", "/api/chat/memory"),
                at("GET", "/api/chat/usage"),
                at("GET", "/api/chat/conversations"),
                at("GET", "/api/chat/conversations/{id}", "/api/chat/conversations/" + conversation),
                at("GET", "/api/chat/conversations/{id}", "/api/chat/conversations/{path}"),
                at("POST", "/api/imports"),
                at("DELETE", "/api/activities/{id}", "/api/activities/{path}"),
                at("GET", "/api/oauth/authorize"),
                at("POST", "/api/oauth/authorize"),
                at("GET", "/api/oauth/callback").query("code", "state", "scope", "error"),
                at("GET", "/api/strava"),
                at("DELETE", "/api/strava"),
                at("POST", "/api/sync").fields(Map.of(), "mode"),
                at("POST", "/api/sync-beta"),
                at("GET", "/api/webhooks/strava").query("hub.mode", "hub.challenge", "hub.verify_token"),
                at("GET", "/api/my-data"),
                at("DELETE", "/api/my-data").fields(Map.of(), "confirmation"),
                at("GET", "/v3/api-docs"),
                at("GET", "/v3/api-docs.yaml"),
                at("GET", "/v3/api-docs/swagger-config"),
                at("GET", "/swagger-ui.html"),
                at("GET", "/signin").inBrowser(),
                at("POST", "/signin").query("token").inBrowser(),
                at("GET", "/").query("weeks", "until", "sport", "sync").inBrowser(),
                at("GET", "/activities").query("sport", "from", "to", "min_distance", "sort", "cursor").inBrowser(),
                at("GET", "/activities/{id}", "/activities/" + activity).inBrowser(),
                at("GET", "/activities/{id}", "/activities/{path}").inBrowser(),
                at("POST", "/activities/{id}/evidence", "/activities/" + activity + "/evidence").query("evidence")
                        .inBrowser(),
                at("POST", "/activities/{id}/evidence", "/activities/{path}/evidence").inBrowser(),
                at("GET", "/import").inBrowser(),
                at("POST", "/import").inBrowser(),
                at("GET", "/import/jobs/{id}", "/import/jobs/" + job).inBrowser(),
                at("GET", "/import/jobs/{id}", "/import/jobs/{path}").inBrowser(),
                at("GET", "/coach").inBrowser(),
                at("GET", "/coach/analysis").inBrowser(),
                at("GET", "/chat").inBrowser(),
                at("POST", "/chat").query("message", "conversation_id").inBrowser(),
                at("GET", "/settings").query("sync").inBrowser(),
                at("POST", "/settings").query("units", "timezone", "max_heartrate", "resting_heartrate",
                        "birth_year").inBrowser(),
                at("GET", "/settings/my-data.zip").inBrowser(),
                at("POST", "/settings/delete-my-data").query("confirmation").inBrowser(),
                at("GET", "/signin/strava").inBrowser(),
                at("GET", "/settings/strava/connect").inBrowser(),
                // the walker has no Strava connection: a sync or a disconnection is refused, 409
                at("POST", "/settings/strava/sync").inBrowser(),
                at("POST", "/settings/strava/disconnect").inBrowser(),
                at("GET", "/settings/strava/sync/{id}", "/settings/strava/sync/" + job).inBrowser(),
                at("GET", "/settings/strava/sync/{id}", "/settings/strava/sync/{path}").inBrowser(),
                at("POST", "/api/webhooks/strava").fields(Map.of("object_type", "\"activity\"", "aspect_type",
                        "\"create\"", "object_id", "1", "owner_id", "1"), "object_type", "aspect_type", "object_id",
                        "owner_id", "updates", "event_time", "subscription_id"),
                at("GET", "/api/tokens").query("athlete_id"),
                at("GET", "/api/tokens").query("athlete_id").asOperator(),
                // no token has id 0 or a hostile value: the walk never revokes the token it walks with
                at("DELETE", "/api/tokens/{id}", "/api/tokens/{path}"),
                at("DELETE", "/api/tokens/{id}", "/api/tokens/0").query("athlete_id"),
                at("DELETE", "/api/tokens/{id}", "/api/tokens/0").query("athlete_id").asOperator());
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The browser session of the endpoint being walked, or null for the API's token. */
    private BrowserSession session;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void no_hostile_value_anywhere_answers_5xx_and_stored_data_survives() throws Exception {
        var athlete = newAthlete("Walker");
        var job = api.importAndWait(FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv"),
                athlete.token());
        var stored = api.allActivities(athlete.token(), "").size();
        var goal = api.post("/api/goals", athlete.token(), Map.of("goal", "sub-20 5k")).body().get("id").asString();
        var conversation = api.post("/api/chat", athlete.token(), Map.of("message", "my longest run"))
                .body().get("conversation_id").asString();
        var activity = api.allActivities(athlete.token(), "").getFirst().get("id").asString();
        var table = endpoints(athlete.id(), goal, job.get("job_id").asString(), conversation, activity);
        assertThat(uncovered(table)).as("endpoints the walk does not cover").isEmpty();

        var browser = BrowserSession.signIn(baseUrl(), athlete.token());
        for (var endpoint : table) {
            var token = endpoint.admin() ? adminToken() : athlete.token();
            session = endpoint.browser() ? browser : null;
            var path = endpoint.path();
            if (path.contains("{path}")) {
                for (var text : TEXTS) {
                    send(endpoint.method(), path.replace("{path}", encode(text)), token, endpoint.body());
                }
                for (var raw : List.of("%00", "%FF", "%ED%A0%80", "%C0%AF", "..%2F..", "%25", "a%0Ab")) {
                    send(endpoint.method(), path.replace("{path}", raw), token, endpoint.body());
                }
                continue;
            }
            for (var parameter : endpoint.query()) {
                for (var text : TEXTS) {
                    send(endpoint.method(), path + "?" + parameter + "=" + encode(text), token, endpoint.body());
                }
                for (var raw : List.of("%00", "%FF", "%ED%A0%80", "a%0Db")) {
                    send(endpoint.method(), path + "?" + parameter + "=" + raw, token, endpoint.body());
                }
                send(endpoint.method(), path + "?" + parameter + "=1&" + parameter + "=2", token, endpoint.body());
            }
            for (var field : endpoint.fields()) {
                for (var value : JSON_VALUES) {
                    var body = new LinkedHashMap<>(endpoint.body());
                    body.put(field, value);
                    send(endpoint.method(), path, token, body);
                }
            }
            if (path.equals("/api/imports")) {
                for (var name : TEXTS) {
                    for (var content : List.of("Activity ID\r\n", "\u0000", "PK\u0003\u0004broken", "<gpx>")) {
                        sendRaw("POST", path, token, "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: "
                                + "form-data; name=\"file\"; filename=\"" + name + ".csv\"\r\n\r\n" + content
                                + "\r\n--x--\r\n");
                    }
                }
            }
            if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
                for (var broken : BROKEN_BODIES) {
                    sendRaw(endpoint.method(), path, token, "application/json", broken);
                }
                sendRaw(endpoint.method(), path, token, "text/plain", "hello");
                sendRaw(endpoint.method(), path, token, "application/json; charset=ISO-8859-1", "{\"a\":\"\u00ff\"}");
            }
        }
        // The filter chain's own refusals: odd tokens and methods
        for (var header : List.of("Bearer", "Bearer ", "Bearer " + LONG, "Basic Zm9vOmJhcg==", "bearer \u00ff")) {
            sendWithAuthorization("/api/athlete", header);
        }
        sendRaw("PATCH", "/api/athlete", athlete.token(), "application/json", "{}");
        sendRaw("TRACE", "/api/athlete", athlete.token(), null, null);
        sendRaw("GET", "/nothing-here", athlete.token(), null, null);
        sendRaw("GET", "/api/nothing-here", athlete.token(), null, null);

        System.out.printf("Hostile input walk: %d requests, %d failures%n", requests, failures.size());
        assertThat(failures).as("requests that answered 5xx or a refusal that is no problem detail").isEmpty();
        assertThat(api.allActivities(athlete.token(), "")).hasSize(stored);
    }

    /** The handler mappings of the running service that the table does not name. */
    private List<String> uncovered(List<Endpoint> table) {
        var covered = table.stream().map(e -> e.method() + " " + e.mapping()).collect(Collectors.toSet());
        var missing = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (var pattern : info.getPatternValues()) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                    if (!covered.contains(verb.name() + " " + pattern)) {
                        missing.add(verb.name() + " " + pattern);
                    }
                }
            }
        });
        return List.copyOf(missing);
    }

    private void send(String method, String path, String token, Map<String, String> body) {
        if (method.equals("GET") || method.equals("DELETE")) {
            sendRaw(method, path, token, null, null);
        } else {
            var json = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
            sendRaw(method, path, token, "application/json", json);
        }
    }

    private void sendRaw(String method, String path, String token, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            builder.header("Cookie", session.cookie()).header("X-CSRF-TOKEN", session.csrf());
        } else if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        var charset = contentType != null && contentType.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8;
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset)));
        check(method + " " + path + (body == null ? "" : " " + abbreviate(body)), builder.build());
    }

    private void sendWithAuthorization(String path, String header) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", header).GET()
                .build();
        check("GET " + path + " with Authorization '" + abbreviate(header) + "'", request);
    }

    private void check(String what, HttpRequest request) {
        requests++;
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var status = response.statusCode();
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                failures.add(status + " " + what + " -> " + abbreviate(response.body()));
            } else if (status >= 400 && status != 405 && !type.startsWith("application/problem+json")) {
                failures.add(status + " (" + type + ") " + what + " -> " + abbreviate(response.body()));
            }
        } catch (IllegalArgumentException refusedByTheClient) {
            requests--; // a value the client itself cannot send (e.g. a bare NUL in a URI) tests nothing
        } catch (Exception e) {
            failures.add("no answer: " + what + " (" + e + ")");
        }
    }

    private String baseUrl() {
        return api.base();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        var escaped = text == null ? "" : text.chars().mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining());
        return escaped.length() > 120 ? escaped.substring(0, 120) + "..." : escaped;
    }
}
