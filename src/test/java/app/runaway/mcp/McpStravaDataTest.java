package app.runaway.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import app.runaway.support.McpClients;
import app.runaway.support.McpExpectations;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Under the default setting an MCP client, an external AI application, does not see activities whose only source is
 * Strava's API: the athlete's own export is all it sees, every result says how many were withheld and why, and the
 * coach is computed without them, exactly as for a twin athlete who never had them. An activity the export also
 * gave stays. (The operator's allowing it is checked through the packaged jar: {@code McpStdioSmokeTest}.)
 */
class McpStravaDataTest extends IntegrationTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static Api.Athlete mixed;
    private static Api.Athlete twin;
    private static List<Long> stravaOnly;
    private static long alsoExported;
    private static LocalDate lastRun;

    @Autowired
    private ActivityStore store;

    private McpSyncClient client;

    @BeforeEach
    void importOnce() {
        if (mixed == null) {
            var export = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
            mixed = newAthlete("MCP mixed sources");
            twin = newAthlete("MCP export only");
            for (var athlete : List.of(mixed, twin)) {
                api.put("/api/athlete", athlete.token(), Map.of("timezone", STOCKHOLM.getId()));
                api.importAndWait(export, athlete.token());
            }
            var exported = api.allActivities(mixed.token(), "");
            lastRun = exported.stream().filter(McpExpectations::isRun).map(McpExpectations::day)
                    .max(LocalDate::compareTo).orElseThrow();
            var synced = exported.stream().filter(McpExpectations::isRun).findFirst().orElseThrow();
            alsoExported = synced.get("id").asLong();
            store.store(mixed.id(), STOCKHOLM, List.of(
                    fromStravaApi(9_100_000_001L, "Zanzibar Marathon", lastRun.minusDays(3), 42_195, 9_000),
                    fromStravaApi(9_100_000_002L, "Zanzibar ultra", lastRun.minusDays(20), 60_000, 19_000),
                    fromStravaApi(synced.get("strava_id").asLong(), synced.get("name").asString(),
                            McpExpectations.day(synced), synced.get("distance_m").asDouble(),
                            synced.get("moving_time_s").asInt())));
            stravaOnly = new ArrayList<>();
            api.allActivities(mixed.token(), "").stream().filter(a -> a.get("name").asString().startsWith("Zanzibar"))
                    .forEach(a -> stravaOnly.add(a.get("id").asLong()));
            assertThat(stravaOnly).hasSize(2);
        }
        client = McpClients.http(api.base(), mixed.token());
    }

    @AfterEach
    void disconnect() {
        client.closeGracefully();
    }

    @Test
    void activities_from_stravas_api_alone_are_withheld_and_every_result_says_so() {
        var all = api.allActivities(mixed.token(), "");
        var found = McpClients.call(client, "find_activities", Map.of("sport", "all", "sort", "longest",
                "limit", 20));

        assertThat(found.get("matching").asLong()).isEqualTo(all.size() - 2);
        assertThat(ids(found.get("activities"))).doesNotContainAnyElementsOf(stravaOnly);
        var data = found.get("data");
        assertThat(data.get("activities_stored").asInt()).isEqualTo(all.size());
        assertThat(data.get("activities_withheld").asInt()).isEqualTo(2);
        assertThat(data.get("activities_used").asInt()).isEqualTo(all.size() - 2);
        assertThat(data.get("withheld_because").asString()).contains("Strava's API", "RUNAWAY_SHARE_STRAVA_DATA");

        var synced = McpClients.call(client, "find_activities", Map.of("sport", "all", "sort", "newest",
                "limit", 20, "from", McpExpectations.day(all.stream().filter(a -> a.get("id").asLong()
                        == alsoExported).findFirst().orElseThrow()).toString()));
        assertThat(ids(synced.get("activities"))).as("an activity the export also gave stays").contains(alsoExported);

        var recalled = McpClients.call(client, "recall_activities", Map.of("query", "Zanzibar", "limit", 5));
        assertThat(ids(recalled.get("activities"))).doesNotContainAnyElementsOf(stravaOnly);
        var records = McpClients.call(client, "personal_records", Map.of());
        assertThat(records.has("marathon")).isFalse();
        assertThat(records.at("/longest_run/id").asLong()).isNotIn(stravaOnly);
        var recent = McpClients.json(((McpSchema.TextResourceContents) client.readResource(
                new McpSchema.ReadResourceRequest(McpResources.RECENT_ACTIVITIES)).contents().getFirst()).text());
        assertThat(ids(recent.get("activities"))).doesNotContainAnyElementsOf(stravaOnly);
        assertThat(recent.at("/data/activities_withheld").asInt()).isEqualTo(2);
    }

    @Test
    void the_coach_is_computed_without_them_as_for_an_athlete_who_never_had_them() {
        var window = Map.<String, Object>of("as_of", lastRun.toString(), "timeframe_days", 3650);
        var own = api.post("/analyze", mixed.token(), window).body();
        var withoutThem = api.post("/analyze", twin.token(), window).body();
        // the athlete's own view takes its VDOT from one of them (which one is the coach's evidence rules' choice:
        // the 2:30 marathon stands far above this runner's year, so the credibility checks may leave it out)
        assertThat(own.at("/goal_assessment/vdot/name").asString()).as("the athlete's own view has them")
                .startsWith("Zanzibar");

        var predictions = McpClients.call(client, "race_predictions", window);
        assertThat(predictions.at("/goal/vdot").asDouble())
                .isEqualTo(withoutThem.at("/goal_assessment/vdot/value").asDouble());
        assertThat(predictions.at("/goal/vdot_from/name").asString()).doesNotStartWith("Zanzibar");
        var overview = McpClients.call(client, "coach_overview", window);
        assertThat(overview.at("/performance/runs_in_window").asInt())
                .isEqualTo(withoutThem.at("/performance_metrics/runs_in_window").asInt())
                .isEqualTo(own.at("/performance_metrics/runs_in_window").asInt() - 2);
        assertThat(overview.at("/performance/weekly_average_km").asDouble())
                .isEqualTo(withoutThem.at("/performance_metrics/weekly_mileage").asDouble());
        assertThat(overview.at("/data/activities_withheld").asInt()).isEqualTo(2);
    }

    private static NewActivity fromStravaApi(long stravaId, String name, LocalDate day, double metres, int seconds) {
        return new NewActivity(stravaId, null, ActivitySource.STRAVA_API, name, "Run",
                day.atTime(7, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM, metres, seconds, seconds + 60, 120.0,
                metres / seconds, null, 150.0, 175.0, null, null, null, false, false, false, null, null, null);
    }

    private static List<Long> ids(JsonNode activities) {
        var ids = new ArrayList<Long>();
        activities.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }
}
