package app.runaway.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** "Export all my data" and "delete all my data" through the JSON API, as a program would use them. */
class MyDataApiTest extends IntegrationTest {

    @Test
    void the_export_holds_every_section_and_the_deletion_needs_its_confirmation_and_leaves_others_alone()
            throws Exception {
        var runner = newAthlete("Exporter");
        var neighbour = newAthlete("Neighbour");
        var csv = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
        api.importAndWait(csv, runner.token());
        api.importAndWait(csv, neighbour.token());
        api.post("/api/goals", runner.token(), Map.of("goal", "sub-20 5k"));
        api.put("/api/commitments/2026-01-05", runner.token(), Map.of("target_distance_m", 5000));
        api.post("/api/chat", runner.token(), Map.of("message", "remember that I run best in the morning"));
        api.put("/api/athlete/status", runner.token(), Map.of("status", "injured", "note", "calf"));
        var stored = api.allActivities(runner.token(), "").size();

        var zip = export(runner.token());
        assertThat(zip.status).isEqualTo(200);
        assertThat(zip.entries.keySet()).contains("activities.json", "activities.csv", "goals.json", "goals.csv",
                "commitments.json", "commitments.csv", "conversations.json", "conversations.csv", "memory.json",
                "memory.csv", "strava_connection.json", "health_status.json", "health_status.csv", "README.txt");
        assertThat(json.readTree(zip.entries.get("activities.json"))).hasSize(stored);
        // the CSV: a header and a line per activity (descriptions may hold line breaks inside quotes)
        assertThat(zip.entries.get("activities.csv")).startsWith("id,strava_id,name,sport_type");
        assertThat(json.readTree(zip.entries.get("goals.json"))).hasSize(1);
        assertThat(json.readTree(zip.entries.get("commitments.json"))).hasSize(1);
        assertThat(json.readTree(zip.entries.get("conversations.json"))).hasSize(2);
        assertThat(json.readTree(zip.entries.get("memory.json"))).hasSize(1);
        assertThat(json.readTree(zip.entries.get("health_status.json"))).hasSize(1);
        assertThat(export(null).status).isEqualTo(401);

        var refused = api.send("DELETE", "/api/my-data", runner.token());
        assertThat(refused.status()).isEqualTo(400);
        var wrong = delete(runner.token(), "{\"confirmation\": \"yes\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("confirmation");
        assertThat(api.allActivities(runner.token(), "")).hasSize(stored);

        var deleted = delete(runner.token(), "{\"confirmation\": \"delete all my data\"}");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(deleted.body()).get("rows").get("activities").asInt()).isEqualTo(stored);
        assertThat(api.allActivities(runner.token(), "")).isEmpty();
        assertThat(api.get("/api/goals", runner.token()).body().get("goals")).isEmpty();
        assertThat(api.get("/api/chat/memory", runner.token()).body().get("facts")).isEmpty();
        assertThat(api.get("/api/athlete", runner.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/athlete/status", runner.token()).body().toString()).doesNotContain("injured");
        assertThat(api.allActivities(neighbour.token(), "")).hasSize(stored);
    }

    private record Zip(int status, Map<String, String> entries) {
    }

    private Zip export(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.base() + "/api/my-data"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        var entries = new HashMap<String, String>();
        if (response.statusCode() == 200) {
            try (var in = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return new Zip(response.statusCode(), entries);
    }

    private HttpResponse<String> delete(String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/my-data"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
