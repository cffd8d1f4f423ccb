package app.runaway.mcp;

import app.runaway.query.QueryTools;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The query catalogue's tools as MCP tools. Names, descriptions and input schemas come from {@link QueryTools}: none is
 * declared here. A call runs for the caller's scope (the token's athlete, without what an external application may
 * not see); its result is the catalogue's view in the athlete's units, with the unit in every field name, plus the
 * {@link DataStatus data block}. Bad arguments, an unknown athlete or a failure inside give a tool error saying what
 * went wrong, never a protocol error or a crash.
 */
@Component
class McpTools {
    private static final Logger log = LoggerFactory.getLogger(McpTools.class);

    /** Every tool only reads the athlete's own data, in Runaway, and answers the same to the same call. */
    private static final McpSchema.ToolAnnotations READ_ONLY = McpSchema.ToolAnnotations.builder().readOnlyHint(true)
            .destructiveHint(false).idempotentHint(true).openWorldHint(false).build();

    static final Map<String, Object> OUTPUT_SCHEMA = Map.of(
            "type", "object",
            "description", "The result in the athlete's units, each unit in its field's name: distance_km or "
                    + "distance_mi, moving_time_s (and moving_time as h:mm:ss), pace_per_km or pace_per_mi (m:ss), "
                    + "climb_m or climb_ft, avg_hr_bpm; dates are YYYY-MM-DD in the athlete's calendar",
            "properties", Map.of(DataStatus.KEY, DataStatus.SCHEMA),
            "required", List.of(DataStatus.KEY));

    private final QueryTools tools;
    private final McpCallers callers;
    private final DataStatus status;
    private final McpJson json;

    McpTools(QueryTools tools, McpCallers callers, DataStatus status, McpJson json) {
        this.tools = tools;
        this.callers = callers;
        this.status = status;
        this.json = json;
    }

    List<SyncToolSpecification> specifications() {
        return tools.tools().stream().map(this::specification).toList();
    }

    private SyncToolSpecification specification(QueryTools.Tool tool) {
        var definition = McpSchema.Tool.builder()
                .name(tool.name())
                .title(title(tool.name()))
                .description(tool.description())
                .inputSchema(QueryTools.jsonSchema(tool))
                .outputSchema(OUTPUT_SCHEMA)
                .annotations(READ_ONLY)
                .build();
        return SyncToolSpecification.builder().tool(definition)
                .callHandler((exchange, request) -> call(tool.name(), exchange, request.arguments()))
                .build();
    }

    McpSchema.CallToolResult call(String name, McpSyncServerExchange exchange, Map<String, Object> arguments) {
        try {
            var caller = callers.of(exchange);
            var badText = McpJson.textProblem(arguments);
            if (badText.isPresent()) {
                return McpJson.error(name + ": " + badText.get());
            }
            var outcome = tools.call(caller.scope(), name, json.tree(arguments), caller.profile().units());
            if (outcome.refused()) {
                return McpJson.error(name + ": " + outcome.refusal());
            }
            var result = new LinkedHashMap<>(outcome.content());
            result.put(DataStatus.KEY, status.of(caller));
            return json.result(result);
        } catch (McpCallers.NoCaller e) {
            return McpJson.error(e.getMessage());
        } catch (RuntimeException e) {
            // the athlete's arguments are not logged: they are the athlete's words
            log.warn("MCP tool {} failed: {}", name, e.toString());
            return McpJson.error(name + " failed inside Runaway; the operator's log has the details. Try again, "
                    + "or another tool");
        }
    }

    /**
     * A catalogue query the server runs itself (for a resource, a prompt), with arguments it wrote: its result's view,
     * without the data block, which the caller adds once.
     */
    Map<String, Object> content(McpCaller caller, String name, Map<String, Object> arguments) {
        var outcome = tools.call(caller.scope(), name, json.tree(arguments), caller.profile().units());
        if (outcome.refused()) {
            throw new IllegalStateException(name + " refused the server's own arguments: " + outcome.refusal());
        }
        return outcome.content();
    }

    /** "find_activities" is "Find activities". */
    static String title(String name) {
        var words = name.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
