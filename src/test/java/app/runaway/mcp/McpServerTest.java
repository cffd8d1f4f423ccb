package app.runaway.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.query.QueryTools;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import app.runaway.support.McpClients;
import app.runaway.support.McpExpectations;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The MCP server over Streamable HTTP as the MCP Java SDK's client sees it: every tool listed with its schemas and
 * called, each giving the numbers the HTTP API gives for the fixture export; the resources and prompts; and another
 * athlete's token, which sees none of it.
 */
class McpServerTest extends IntegrationTest {
    private static Api.Athlete runner;
    private static Api.Athlete other;
    private static McpExpectations expected;

    @Autowired
    private QueryTools catalogue;

    private McpSyncClient client;

    @BeforeEach
    void importOnce() {
        if (runner == null) {
            runner = newAthlete("MCP runner");
            other = newAthlete("MCP other");
            assertThat(api.put("/api/athlete", runner.token(), Map.of("timezone", "Europe/Stockholm",
                    "max_heartrate", 190, "resting_heartrate", 50)).status()).isEqualTo(200);
            api.importAndWait(FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv"),
                    runner.token());
            var lastRun = McpExpectations.read(api, runner.token(), Set.of()).asOf();
            assertThat(api.post("/api/goals", runner.token(), Map.of("goal", "half marathon under 1:55 on "
                    + lastRun.plusDays(70))).status()).isEqualTo(201);
            expected = McpExpectations.read(api, runner.token(), Set.of());
        }
        client = McpClients.http(api.base(), runner.token());
    }

    @AfterEach
    void disconnect() {
        client.closeGracefully();
    }

    @Test
    void every_catalogue_tool_is_listed_with_its_description_and_schemas() {
        var tools = client.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrderElementsOf(McpExpectations.TOOLS);
        for (var tool : tools) {
            var definition = catalogue.tool(tool.name()).orElseThrow();
            assertThat(tool.description()).isEqualTo(definition.description());
            JsonNode schema = json.valueToTree(tool.inputSchema());
            assertThat(schema).isEqualTo(json.valueToTree(QueryTools.jsonSchema(definition)));
            assertThat(tool.outputSchema()).containsKey("properties");
            assertThat(tool.annotations().readOnlyHint()).isTrue();
        }
    }

    @Test
    void the_server_names_itself_and_promises_no_list_changes() {
        var initialized = client.getCurrentInitializationResult();
        assertThat(initialized.serverInfo().name()).isEqualTo("runaway");
        assertThat(initialized.instructions()).contains("unit in each field name");
        assertThat(initialized.capabilities().tools().listChanged()).isFalse();
        assertThat(initialized.capabilities().prompts().listChanged()).isFalse();
        assertThat(initialized.capabilities().completions()).isNull();
    }

    @Test
    void every_tool_gives_the_numbers_of_the_http_api() {
        expected.check((tool, arguments) -> McpClients.call(client, tool, arguments));
    }

    @Test
    void the_profile_and_the_recent_activities_are_resources() {
        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                .containsExactlyInAnyOrder(McpResources.PROFILE, McpResources.RECENT_ACTIVITIES);

        var profile = resource(McpResources.PROFILE);
        var athlete = api.get("/api/athlete", runner.token()).body();
        assertThat(profile.get("timezone").asString()).isEqualTo(athlete.get("timezone").asString());
        assertThat(profile.get("max_heartrate_bpm").asInt()).isEqualTo(athlete.get("max_heartrate").asInt());
        assertThat(profile.at("/health/status").asString()).isEqualTo("healthy");
        assertThat(profile.at("/data/activities_stored").asInt()).isEqualTo(expected.ids().size());

        var recent = resource(McpResources.RECENT_ACTIVITIES);
        var newest = api.get("/api/activities?limit=20", runner.token()).body().get("activities");
        assertThat(recent.get("activities")).extracting(a -> a.get("id").asLong())
                .containsExactlyElementsOf(newest.valueStream().map(a -> a.get("id").asLong()).toList());
    }

    @Test
    void the_weekly_review_prompt_carries_the_weeks_figures() {
        assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .containsExactlyInAnyOrder(McpPrompts.WEEKLY_REVIEW, McpPrompts.PLAN_NEXT_WEEK);

        var week = expected.lastWeek();
        var text = prompt(McpPrompts.WEEKLY_REVIEW, Map.of("week", week.plusDays(3).toString()));

        assertThat(text).contains("Monday " + week, "Sunday " + week.plusDays(6));
        var figures = McpClients.json(text.substring(text.indexOf('{')));
        assertThat(figures.at("/runs_by_day/distance_km").asDouble())
                .isCloseTo(expected.lastWeekRunMetres() / 1000, within(0.0051));
        assertThat(figures.at("/runs_by_day/by_day")).hasSize(7);
        assertThat(figures.at("/data/activities_withheld").asInt()).isZero();
    }

    @Test
    void the_plan_prompt_starts_from_the_coachs_plan_and_quotes_the_runners_notes() {
        var text = prompt(McpPrompts.PLAN_NEXT_WEEK, Map.of("notes", "no running on Wednesday"));

        assertThat(text).contains("Plan my training for next week", "\"no running on Wednesday\"");
        var figures = McpClients.json(text.substring(text.indexOf('{')));
        assertThat(figures.has("coach_plan")).isTrue();
        assertThat(figures.at("/goals/goals")).hasSize(1);
    }

    @Test
    void another_athletes_token_sees_none_of_it() {
        var others = McpClients.http(api.base(), other.token());
        try {
            var everything = McpClients.call(others, "find_activities", Map.of("sport", "all", "limit", 20,
                    "athlete_id", runner.id()));
            assertThat(everything.get("matching").asLong()).isZero();
            var totals = McpClients.call(others, "activity_totals", Map.of("from", "2000-01-01", "to",
                    "2030-12-31", "sport", "all"));
            assertThat(totals.get("count").asInt()).isZero();
            var records = McpClients.call(others, "personal_records", Map.of());
            assertThat(records.propertyNames()).containsExactly("data");
            var recalled = McpClients.call(others, "recall_activities", Map.of("query", "run"));
            assertThat(recalled.get("activities")).isEmpty();
            var recent = McpClients.json(((McpSchema.TextResourceContents) others.readResource(
                    new McpSchema.ReadResourceRequest(McpResources.RECENT_ACTIVITIES)).contents().getFirst()).text());
            assertThat(recent.get("activities")).isEmpty();
            assertThat(recent.at("/data/activities_stored").asInt()).isZero();
        } finally {
            others.closeGracefully();
        }
    }

    private JsonNode resource(String uri) {
        var contents = client.readResource(new McpSchema.ReadResourceRequest(uri)).contents();
        assertThat(contents).hasSize(1);
        var text = (McpSchema.TextResourceContents) contents.getFirst();
        assertThat(text.mimeType()).isEqualTo("application/json");
        return McpClients.json(text.text());
    }

    private String prompt(String name, Map<String, Object> arguments) {
        var messages = client.getPrompt(new McpSchema.GetPromptRequest(name, arguments)).messages();
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst().role()).isEqualTo(McpSchema.Role.USER);
        return ((McpSchema.TextContent) messages.getFirst().content()).text();
    }
}
