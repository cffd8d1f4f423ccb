package app.runaway.chat.llm;

import app.runaway.query.QueryTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's tools in LangChain4j's terms: specifications for the model, and its calls' arguments read back. */
final class ModelTools {
    /** Arguments that only shape a result's length or order; the figures an answer may state never come from them. */
    private static final Set<String> NOT_BOUNDS = Set.of("limit", "sort", "order", "group_by", "bucket", "measure",
            "query", "text", "sport");

    private ModelTools() {
    }

    static List<ToolSpecification> specifications(List<QueryTools.Tool> tools) {
        return tools.stream().map(ModelTools::specification).toList();
    }

    private static ToolSpecification specification(QueryTools.Tool tool) {
        var schema = JsonObjectSchema.builder();
        var required = tool.parameters().stream().filter(QueryTools.Parameter::required)
                .map(QueryTools.Parameter::name).toList();
        for (var parameter : tool.parameters()) {
            if (!parameter.choices().isEmpty()) {
                schema.addEnumProperty(parameter.name(), parameter.choices(), parameter.description());
                continue;
            }
            switch (parameter.type()) {
                case STRING -> schema.addStringProperty(parameter.name(), parameter.description());
                case NUMBER -> schema.addNumberProperty(parameter.name(), parameter.description());
                case INTEGER -> schema.addIntegerProperty(parameter.name(), parameter.description());
                case BOOLEAN -> schema.addBooleanProperty(parameter.name(), parameter.description());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return ToolSpecification.builder().name(tool.name()).description(tool.description()).parameters(schema.build())
                .build();
    }

    /** The call's arguments as a JSON object, or null when they are none. */
    static JsonNode arguments(ToolExecutionRequest call, JsonMapper json) {
        try {
            var text = call.arguments() == null || call.arguments().isBlank() ? "{}" : call.arguments();
            var node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * The bounds a call that ran was made with ("min_km": 40, "from": "2024-01-01"): the result holds to them, so an
     * answer may restate them. Lengths and orders are left out: a "limit" of 4 is no fact about the data.
     */
    static Map<String, Object> boundsOf(ToolExecutionRequest call, JsonMapper json) {
        var bounds = new LinkedHashMap<String, Object>();
        var arguments = arguments(call, json);
        if (arguments != null) {
            arguments.properties().forEach(entry -> {
                var value = entry.getValue();
                if (!NOT_BOUNDS.contains(entry.getKey()) && (value.isNumber() || value.isString())) {
                    bounds.put(entry.getKey(), value.isNumber() ? value.numberValue() : value.stringValue());
                }
            });
        }
        return bounds;
    }
}
