package app.runaway.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import app.runaway.support.McpClients;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the MCP server refuses, and how: a request without an athlete's token gets 401 with a bearer challenge; a
 * tool called with bad arguments gives a tool error saying what is wrong (the client's model can correct itself);
 * a malformed HTTP request gets a problem detail with the status that names the fault.
 */
class McpRefusalsTest extends IntegrationTest {
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";
    private static Api.Athlete runner;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void athlete() {
        if (runner == null) {
            runner = newAthlete("MCP refusals");
        }
    }

    @Test
    void no_token_or_an_unknown_one_gets_401_with_a_bearer_challenge() throws Exception {
        for (var token : new String[] {null, "not-a-token"}) {
            var response = send("POST", token, "application/json", "application/json, text/event-stream",
                    INITIALIZE);
            assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThatThrownBy(() -> McpClients.http(api.base(), null)).as("the SDK's client cannot even initialize")
                .isInstanceOf(RuntimeException.class);
        var operator = send("POST", adminToken(), "application/json", "application/json, text/event-stream",
                INITIALIZE);
        assertThat(operator.statusCode()).as("the operator owns no training data").isEqualTo(403);
    }

    @Test
    void bad_arguments_give_tool_errors_that_say_what_is_wrong() {
        var client = McpClients.http(api.base(), runner.token());
        try {
            var refusals = Map.of(
                    "limit must be a whole number from 1 to 20", call(client, "find_activities", Map.of("limit", 50)),
                    "as_of must be a date YYYY-MM-DD", call(client, "training_paces", Map.of("as_of", "yesterday")),
                    "timeframe_days must be a whole number from 7 to 3650", call(client, "coach_overview",
                            Map.of("timeframe_days", 5)),
                    "to is before from", call(client, "find_activities", Map.of("from", "2024-05-01",
                            "to", "2024-04-01")),
                    "argument 'text' contains a NUL character", call(client, "find_activities",
                            Map.of("text", "rain\u0000")),
                    "sport hopscotch is not a sport", call(client, "activity_totals", Map.of("from", "2024-01-01",
                            "to", "2024-01-31", "sport", "hopscotch")),
                    "input validation failed", call(client, "find_activities", Map.of("sort", "sideways")),
                    "from", call(client, "activity_totals", Map.of("to", "2024-01-31")));
            refusals.forEach((message, result) -> {
                assertThat(result.isError()).as(message).isTrue();
                assertThat(McpClients.text(result)).contains(message);
            });
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("delete_everything", Map.of())))
                    .hasMessageContaining("Unknown tool");
            assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest(McpPrompts.WEEKLY_REVIEW,
                    Map.of("week", "soon")))).hasMessageContaining("week must be a date");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void malformed_http_gets_problem_details_naming_the_fault() throws Exception {
        var both = "application/json, text/event-stream";
        var token = runner.token();
        expectProblem(send("PUT", token, "application/json", both, INITIALIZE), 405, "POST");
        expectProblem(send("POST", token, "text/plain", both, INITIALIZE), 415, "application/json");
        expectProblem(send("POST", token, "application/json", "*/*", INITIALIZE), 406, "text/event-stream");
        expectProblem(send("POST", token, "application/json", both, "{\"jsonrpc\": "), 400, "JSON-RPC");
        expectProblem(send("POST", token, "application/json", both, "x".repeat(300_000)), 413, "bytes");
        expectProblem(send("GET", token, null, "text/event-stream", null), 400, "Mcp-Session-Id");
        var unknown = HttpRequest.newBuilder(URI.create(api.base() + "/mcp")).header("Authorization",
                "Bearer " + token).header("Content-Type", "application/json").header("Accept", both)
                .header("Mcp-Session-Id", "no-such-session")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"))
                .build();
        var gone = http.send(unknown, HttpResponse.BodyHandlers.ofString());
        expectProblem(gone, 404, "initialize a new one");
        assertThat(gone.body()).doesNotContain("no-such-session");
    }

    private static McpSchema.CallToolResult call(io.modelcontextprotocol.client.McpSyncClient client, String tool,
                                                 Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    private void expectProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private HttpResponse<String> send(String method, String token, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(api.base() + "/mcp"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
