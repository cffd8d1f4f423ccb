package app.runaway.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MCP Java SDK's own client, as any Java MCP client would connect to Runaway, over either transport. */
public final class McpClients {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private McpClients() {
    }

    /** A client of {@code base}/mcp sending the athlete's token (or none) with every request, initialized. */
    public static McpSyncClient http(String base, String token) {
        var request = HttpRequest.newBuilder();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var transport = HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp").requestBuilder(request)
                .build();
        return initialized(McpClient.sync(transport).requestTimeout(TIMEOUT).initializationTimeout(TIMEOUT)
                .clientInfo(new McpSchema.Implementation("runaway-test", "1")).build());
    }

    /**
     * A client that starts a Runaway process with {@code --mcp-stdio} as a desktop client would, and speaks to it on
     * its stdin and stdout; the process's stderr (its log) goes to {@code stderr}.
     */
    public static McpSyncClient stdio(String java, String jar, Map<String, String> env, Consumer<String> stderr) {
        var parameters = ServerParameters.builder(java).args("-jar", jar, "--mcp-stdio").env(env).build();
        var transport = new StdioClientTransport(parameters, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(stderr);
        return initialized(McpClient.sync(transport).requestTimeout(TIMEOUT)
                .initializationTimeout(Duration.ofSeconds(240))
                .clientInfo(new McpSchema.Implementation("runaway-test", "1")).build());
    }

    private static McpSyncClient initialized(McpSyncClient client) {
        client.initialize();
        return client;
    }

    /** A tool's structured content, failing the test when the call is a tool error. */
    public static JsonNode call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        var result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as("%s %s: %s", tool, arguments, text(result)).isNotEqualTo(Boolean.TRUE);
        var structured = JSON.valueToTree(result.structuredContent());
        assertThat(JSON.readTree(text(result))).as("the text holds the same JSON").isEqualTo(structured);
        return structured;
    }

    /** A tool's text content: the JSON of a result, or a tool error's message. */
    public static String text(McpSchema.CallToolResult result) {
        return result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).findFirst().orElse("");
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
