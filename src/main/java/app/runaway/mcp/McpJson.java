package app.runaway.mcp;

import app.runaway.platform.TextInput;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Between the MCP SDK's plain maps and Runaway's JSON: a client's arguments read as the catalogue reads a model's, and
 * a result written once, in Runaway's own JSON (snake_case, units in field names), both as structured content and as
 * the same JSON in text for clients that read only text.
 */
@Component
class McpJson {
    private final JsonMapper json;

    McpJson(JsonMapper json) {
        this.json = json;
    }

    JsonNode tree(Map<String, Object> arguments) {
        return json.valueToTree(arguments == null ? Map.of() : arguments);
    }

    String text(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * A result for a client: structured content, and the same JSON as text. A field without a value (a goal without a
     * target time) is left out of both, as the MCP transport leaves nulls out of the structured content.
     */
    McpSchema.CallToolResult result(Map<String, Object> content) {
        var tree = json.valueToTree(content);
        withoutNulls(tree);
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = json.treeToValue(tree, Map.class);
        return McpSchema.CallToolResult.builder().structuredContent(plain).addTextContent(text(tree)).build();
    }

    private static void withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(McpJson::withoutNulls);
    }

    /** A tool error: the call ran, and its result says in words what was wrong (never a protocol error). */
    static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder().isError(true).addTextContent(message).build();
    }

    /**
     * Why text among the arguments cannot be used (a NUL, a broken character, a control character), naming the
     * argument, as every other way into Runaway refuses such text; empty when all of it can.
     */
    static Optional<String> textProblem(Map<String, Object> arguments) {
        if (arguments == null) {
            return Optional.empty();
        }
        for (var entry : arguments.entrySet()) {
            var problem = TextInput.problem(entry.getKey()).or(() -> textProblem(entry.getValue()));
            if (problem.isPresent()) {
                return Optional.of("argument " + printable(entry.getKey()) + " " + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(Object value) {
        return switch (value) {
            case String text -> TextInput.problem(text);
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> TextInput.problem(String.valueOf(e.getKey())).or(() -> textProblem(e.getValue())))
                    .flatMap(Optional::stream).findFirst();
            case Collection<?> items -> items.stream().map(McpJson::textProblem).flatMap(Optional::stream)
                    .findFirst();
            case null, default -> Optional.empty();
        };
    }

    /** An argument's name as it may be quoted back: a name that is itself broken is not repeated. */
    private static String printable(String name) {
        return TextInput.problem(name).isEmpty() && name.length() <= 64 ? "'" + name + "'" : "(its name)";
    }
}
