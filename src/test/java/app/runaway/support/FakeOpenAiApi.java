package app.runaway.support;

import app.runaway.llm.TokenCount;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible chat completions server on loopback (what OpenAI, Ollama's {@code /v1} and vLLM speak):
 * {@code POST /v1/chat/completions} with a bearer key, answered with a {@code chat.completion} whose message holds
 * text or {@code tool_calls} (arguments as a JSON string, exactly as the model wrote it, so a test can send broken
 * ones), with {@code usage}; or an {@code error} object.
 */
public final class FakeOpenAiApi extends LoopbackApi<FakeOpenAiApi.Received> {
    public static final String KEY = "sk-test-openai";

    public sealed interface Reply {
        record Text(String text) implements Reply {
        }

        /** One tool call; {@code arguments} is sent as written, valid JSON or not. */
        record ToolCall(String name, String arguments) implements Reply {
        }

        record Failure(int status, String type) implements Reply {
        }

        record Hang() implements Reply {
        }
    }

    public record Received(String authorization, JsonNode body) {
        public String model() {
            return body.path("model").asString();
        }

        /** The contents of the {@code tool} messages sent back so far, oldest first. */
        public List<String> toolResults() {
            var results = new ArrayList<String>();
            for (var message : body.path("messages")) {
                if ("tool".equals(message.path("role").asString())) {
                    results.add(message.path("content").asString());
                }
            }
            return results;
        }

        public List<String> toolNames() {
            var names = new ArrayList<String>();
            body.path("tools").forEach(tool -> names.add(tool.path("function").path("name").asString()));
            return names;
        }
    }

    private volatile Function<Received, Reply> replies = request -> new Reply.Failure(500, "server_error");

    /** The key a client must send; null for a server that takes any or none, as a local Ollama does. */
    private final String key;

    public FakeOpenAiApi() throws IOException {
        this(KEY);
    }

    public FakeOpenAiApi(String key) throws IOException {
        this.key = key;
    }

    public FakeOpenAiApi answering(Function<Received, Reply> replies) {
        this.replies = replies;
        return this;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        var request = new Received(exchange.getRequestHeaders().getFirst("Authorization"), body(exchange));
        keep(request);
        if (!exchange.getRequestMethod().equals("POST")
                || !exchange.getRequestURI().getPath().equals("/v1/chat/completions")) {
            send(exchange, 404, error("invalid_request_error", "Unknown request URL"));
        } else if (key != null && !("Bearer " + key).equals(request.authorization())) {
            send(exchange, 401, error("invalid_request_error", "Incorrect API key provided"));
        } else {
            reply(exchange, request, replies.apply(request));
        }
    }

    private void reply(HttpExchange exchange, Received request, Reply reply) throws IOException {
        switch (reply) {
            case Reply.Text(var text) -> send(exchange, 200, completion(request, text, null, null));
            case Reply.ToolCall(var name, var arguments) -> send(exchange, 200,
                    completion(request, null, name, arguments));
            case Reply.Failure(var status, var type) -> send(exchange, status, error(type, "fake " + type));
            case Reply.Hang() -> hang();
        }
    }

    private String completion(Received request, String text, String tool, String arguments) {
        var completion = json.createObjectNode()
                .put("id", "chatcmpl-fake" + ids.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", request.model())
                .put("system_fingerprint", "fp_fake");
        var choice = completion.putArray("choices").addObject().put("index", 0);
        var message = choice.putObject("message").put("role", "assistant");
        if (tool == null) {
            message.put("content", text);
            choice.put("finish_reason", "stop");
        } else {
            message.putNull("content");
            message.putArray("tool_calls").addObject().put("id", "call_fake" + ids.incrementAndGet())
                    .put("type", "function").putObject("function").put("name", tool).put("arguments", arguments);
            choice.put("finish_reason", "tool_calls");
        }
        choice.putNull("logprobs");
        var prompt = TokenCount.of(request.body().path("messages").toString())
                + TokenCount.of(request.body().path("tools").toString());
        var output = text == null ? TokenCount.of(arguments) + 10 : TokenCount.of(text);
        completion.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", output)
                .put("total_tokens", prompt + output);
        return json.writeValueAsString(completion);
    }

    private String error(String type, String text) {
        var error = json.createObjectNode();
        error.putObject("error").put("message", text).put("type", type).putNull("param").putNull("code");
        return json.writeValueAsString(error);
    }
}
