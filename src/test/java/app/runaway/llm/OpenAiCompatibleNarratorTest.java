package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.Narrator;
import app.runaway.llm.LlmSettings.Provider;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The same narrator over an OpenAI-compatible server (OpenAI itself, Ollama's /v1): {@code POST /v1/chat/completions}
 * answered in the real {@code chat.completion} shape, faked on loopback.
 */
class OpenAiCompatibleNarratorTest {
    private static final PaceZones PACE = new Coach(Runnable::run, Narrator.NONE).analyze(TenKRunner.request())
            .paceZones();

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String content = "";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                requests.add(TenKRunner.JSON.readTree(exchange.getRequestBody()));
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                var body = TenKRunner.JSON.writeValueAsString(status == 200 ? completion(content)
                        : Map.of("error", Map.of("message", "fake failure", "type", "server_error")));
                var bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_local_model_without_a_key_words_the_pace_part() {
        content = TenKRunner.JSON.writeValueAsString(Map.of("narrative",
                "Keep easy runs between 4:45 and 5:41 per km (about 7:39-9:09 per mile), tempo at 4:07-4:15 and "
                        + "intervals at 3:43-3:48."));

        var narrative = narrator(null).narrate(Part.PACE, PACE, PACE.narrative(), "metric");

        assertThat(narrative).hasValueSatisfying(text -> assertThat(text).startsWith("Keep easy runs"));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.path("model").asString()).isEqualTo("llama3.2");
            assertThat(request.path("messages").get(0).path("role").asString()).isEqualTo("system");
            assertThat(request.path("messages").get(1).path("content").asString()).contains("Part: pace",
                    "\"min_s_per_km\":284.6");
        });
        assertThat(authorizations).containsExactly("null");
    }

    @Test
    void a_server_error_or_an_invented_pace_keeps_the_rules_text() {
        status = 500;
        assertThat(narrator("sk-test").narrate(Part.PACE, PACE, PACE.narrative(), "metric")).isEmpty();
        assertThat(authorizations).containsExactly("Bearer sk-test");

        status = 200;
        content = TenKRunner.JSON.writeValueAsString(Map.of("narrative", "Run easy at 6:30 per km."));
        assertThat(narrator("sk-test").narrate(Part.PACE, PACE, PACE.narrative(), "metric")).isEmpty();
    }

    private Narrator narrator(String key) {
        var baseUrl = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1";
        var settings = new LlmSettings(Provider.OPENAI, key, baseUrl, "llama3.2", Duration.ofSeconds(1), 300);
        return new LlmNarrator(ChatModels.from(settings), TenKRunner.JSON, settings.timeout());
    }

    private static Map<String, Object> completion(String content) {
        return Map.of("id", "chatcmpl-fake1", "object", "chat.completion", "created", 1764075600, "model",
                "llama3.2", "choices", List.of(Map.of("index", 0, "message",
                        Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 812, "completion_tokens", 41, "total_tokens", 853));
    }
}
