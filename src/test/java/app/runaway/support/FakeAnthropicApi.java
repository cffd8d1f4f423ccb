package app.runaway.support;

import app.runaway.llm.TokenCount;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic's Messages API on loopback, in its real shapes: {@code POST /v1/messages} with the {@code x-api-key} and
 * {@code anthropic-version} headers, a {@code message} object with text or {@code tool_use} content (stop reason
 * {@code tool_use}) and {@code usage}, or an {@code error} object. What it answers is up to the test, request by
 * request: a scripted model that reads the tool results it was sent.
 */
public final class FakeAnthropicApi extends LoopbackApi<FakeAnthropicApi.Received> {
    public static final String KEY = "sk-ant-test-key";

    /** What the fake does with one request. */
    public sealed interface Reply {
        /** An assistant message whose one text block is {@code text}. */
        record Text(String text) implements Reply {
        }

        /** An assistant message calling one tool; {@code inputJson} is the tool's input, as the model wrote it. */
        record ToolUse(String name, String inputJson) implements Reply {
        }

        /** An error in Anthropic's shape, e.g. 500 api_error, 529 overloaded_error. */
        record Failure(int status, String type) implements Reply {
        }

        /** No answer until the fake closes: a model slower than any budget. */
        record Hang() implements Reply {
        }
    }

    /** One request as received: the path, the headers the client must send, and the body. */
    public record Received(String method, String path, String apiKey, String version, JsonNode body) {
        public String model() {
            return body.path("model").asString();
        }

        public String system() {
            var system = body.path("system");
            if (system.isString()) {
                return system.asString();
            }
            var text = new StringBuilder();
            system.forEach(block -> text.append(block.path("text").asString()));
            return text.toString();
        }

        public String userText() {
            var text = new StringBuilder();
            for (var message : body.path("messages")) {
                if ("user".equals(message.path("role").asString())) {
                    var content = message.path("content");
                    if (content.isString()) {
                        text.append(content.asString());
                    }
                    content.forEach(block -> text.append(block.path("text").asString()));
                }
            }
            return text.toString();
        }

        /** The contents of the {@code tool_result} blocks sent back so far, oldest first, as text. */
        public List<String> toolResults() {
            var results = new java.util.ArrayList<String>();
            for (var message : body.path("messages")) {
                for (var block : message.path("content")) {
                    if ("tool_result".equals(block.path("type").asString())) {
                        var content = block.path("content");
                        if (content.isString()) {
                            results.add(content.asString());
                        } else {
                            var text = new StringBuilder();
                            content.forEach(part -> text.append(part.path("text").asString()));
                            results.add(text.toString());
                        }
                    }
                }
            }
            return results;
        }

        /**
         * The request's prompt in tokens, as the fake reports it in {@code usage}: the system text, each message's
         * text, tool inputs and tool results as the text they carry (not re-escaped inside the request's JSON), four
         * tokens of framing per message, and the tool definitions as JSON; o200k encoding. Anthropic's own hidden
         * tool-use instructions (a few hundred tokens a call, by its documentation) are not counted: they are not
         * Runaway's prompt.
         */
        public int promptTokens() {
            var tokens = TokenCount.of(system()) + TokenCount.of(body.path("tools").toString());
            for (var message : body.path("messages")) {
                tokens += 4;
                var content = message.path("content");
                if (content.isString()) {
                    tokens += TokenCount.of(content.asString());
                }
                for (var block : content) {
                    tokens += switch (block.path("type").asString()) {
                        case "text" -> TokenCount.of(block.path("text").asString());
                        case "tool_use" -> TokenCount.of(block.path("name").asString())
                                + TokenCount.of(block.path("input").toString());
                        case "tool_result" -> block.path("content").isString()
                                ? TokenCount.of(block.path("content").asString())
                                : TokenCount.of(block.path("content").toString());
                        default -> TokenCount.of(block.toString());
                    };
                }
            }
            return tokens;
        }

        /** The names of the tools offered with the request. */
        public List<String> toolNames() {
            var names = new java.util.ArrayList<String>();
            body.path("tools").forEach(tool -> names.add(tool.path("name").asString()));
            return names;
        }
    }

    private volatile Function<Received, Reply> replies = request -> new Reply.Failure(500, "api_error");

    public FakeAnthropicApi() throws IOException {
        super();
    }

    public FakeAnthropicApi answering(Function<Received, Reply> replies) {
        this.replies = replies;
        return this;
    }

    public FakeAnthropicApi answering(Reply reply) {
        return answering(request -> reply);
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("request-id", "req_fake");
        var request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("x-api-key"),
                exchange.getRequestHeaders().getFirst("anthropic-version"), body(exchange));
        keep(request);
        if (!request.method().equals("POST") || !request.path().equals("/v1/messages")) {
            send(exchange, 404, error("not_found_error", "Not found"));
        } else if (!KEY.equals(request.apiKey())) {
            send(exchange, 401, error("authentication_error", "invalid x-api-key"));
        } else if (request.version() == null) {
            send(exchange, 400, error("invalid_request_error", "anthropic-version header is required"));
        } else {
            reply(exchange, request, replies.apply(request));
        }
    }

    private void reply(HttpExchange exchange, Received request, Reply reply) throws IOException {
        switch (reply) {
            case Reply.Text(var text) -> send(exchange, 200, message(request.model(), text, request.promptTokens()));
            case Reply.ToolUse(var name, var input) -> send(exchange, 200,
                    toolUse(request.model(), name, input, request.promptTokens()));
            case Reply.Failure(var status, var type) -> send(exchange, status, error(type, "fake " + type));
            case Reply.Hang() -> hang();
        }
    }

    private String message(String model, String text, int promptTokens) {
        var message = json.createObjectNode()
                .put("id", "msg_fake" + ids.incrementAndGet())
                .put("type", "message")
                .put("role", "assistant")
                .put("model", model);
        message.putArray("content").addObject().put("type", "text").put("text", text);
        message.put("stop_reason", "end_turn").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", promptTokens)
                .put("output_tokens", TokenCount.of(text));
        return json.writeValueAsString(message);
    }

    private String toolUse(String model, String name, String input, int promptTokens) {
        var message = json.createObjectNode()
                .put("id", "msg_fake" + ids.incrementAndGet())
                .put("type", "message")
                .put("role", "assistant")
                .put("model", model);
        var content = message.putArray("content");
        content.addObject().put("type", "text").put("text", "Let me look that up.");
        content.addObject().put("type", "tool_use").put("id", "toolu_fake" + ids.incrementAndGet()).put("name", name)
                .set("input", json.readTree(input));
        message.put("stop_reason", "tool_use").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", promptTokens).put("output_tokens", 60);
        return json.writeValueAsString(message);
    }

    private String error(String type, String text) {
        var error = json.createObjectNode().put("type", "error");
        error.putObject("error").put("type", type).put("message", text);
        return json.writeValueAsString(error);
    }
}
