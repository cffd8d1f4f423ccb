package app.runaway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a client is told when a value cannot be accepted: 400 naming the field, as problem details, never a 500. */
class TextInputRulesTest extends IntegrationTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_nul_in_a_json_field_is_refused_naming_the_field() {
        var athlete = newAthlete("Nul");
        var answer = api.post("/api/chat", athlete.token(), Map.of("message", "how far\u0000 did I run"));
        assertRefused(answer, "message", "NUL");
        assertRefused(api.put("/api/athlete", athlete.token(), Map.of("name", "A\u0000")), "name", "NUL");
        assertRefused(api.put("/api/athlete/status", athlete.token(), Map.of("status", "ill", "note", "x\u0000")),
                "note", "NUL");
        assertThat(api.get("/api/athlete", athlete.token()).body().get("name").asString()).isEqualTo("Nul");
    }

    @Test
    void an_unpaired_surrogate_is_refused_instead_of_stored_as_a_question_mark() throws Exception {
        var athlete = newAthlete("Surrogate");
        // escaped in the JSON text: a client's UTF-8 encoder would turn a bare one into "?" before it is sent
        assertRefused(rawPost("/api/goals", athlete.token(), "{\"goal\": \"half 1:45 \\ud83c\"}"), "goal",
                "surrogate");
        var runner = "\uD83C\uDFC3 Anna";
        assertThat(api.put("/api/athlete", athlete.token(), Map.of("name", runner)).status()).isEqualTo(200);
        assertThat(api.get("/api/athlete", athlete.token()).body().get("name").asString()).isEqualTo(runner);
    }

    @Test
    void query_parameters_are_checked_before_anything_reads_them() throws Exception {
        var athlete = newAthlete("Query");
        assertRefused(raw("/api/activities?sport_type=%00", athlete.token()), "sport_type", "NUL");
        assertRefused(raw("/api/stats?from=%FF", athlete.token()), "from", "UTF-8");
        assertRefused(raw("/api/activities?after=" + "1".repeat(2_001), athlete.token()), "after", "2000");
    }

    @Test
    void what_the_container_refuses_is_a_problem_detail_too() throws Exception {
        var athlete = newAthlete("Container");
        for (var path : new String[] {"/api/activities/%00", "/api/goals/..%2F..", "/api/activities/%25",
                "/api/activities?x=" + "y".repeat(20_000)}) {
            var answer = raw(path, athlete.token());
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        }
        var direct = raw("/error", athlete.token());
        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.contentType()).startsWith("application/problem+json");
    }

    @Test
    void numbers_are_range_checked_before_they_are_narrowed() {
        var athlete = newAthlete("Numbers");
        assertRefused(api.post("/analyze", athlete.token(), Map.of("timeframe_days", 4294967303L)),
                "timeframe_days", "3650");
        assertRefused(api.post("/analyze", athlete.token(), Map.of("goal", "5k under 0:00")), "goal", "zero");
        assertRefused(api.post("/api/goals", athlete.token(), Map.of("goal", "5k under 0:00")), "goal", "zero");
    }

    private static void assertRefused(Api.Response answer, String field, String reason) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode error = answer.body().at("/errors/0");
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(reason);
    }

    private Api.Response rawPost(String path, String token, String body) throws Exception {
        return answer(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Api.Response raw(String path, String token) throws Exception {
        return answer(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).build());
    }

    private Api.Response answer(HttpRequest request) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var body = response.body().isBlank() ? null : json.readTree(response.body());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                body);
    }
}
