package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.Narrator;
import app.runaway.llm.LlmSettings.Provider;
import app.runaway.support.FakeOpenAiApi;
import app.runaway.support.FakeOpenAiApi.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same narrator over an OpenAI-compatible server (OpenAI itself, Ollama's /v1): {@code POST /v1/chat/completions}
 * answered in the real {@code chat.completion} shape, faked on loopback.
 */
class OpenAiCompatibleNarratorTest {
    private static final PaceZones PACE = new Coach(Runnable::run, Narrator.NONE).analyze(TenKRunner.request())
            .paceZones();

    private FakeOpenAiApi server;
    private volatile Reply reply = new Reply.Text("");

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiApi(null).answering(request -> reply);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_local_model_without_a_key_words_the_pace_part() {
        reply = new Reply.Text(TenKRunner.JSON.writeValueAsString(Map.of("narrative",
                "Keep easy runs between 4:45 and 5:41 per km (about 7:39-9:09 per mile), tempo at 4:07-4:15 and "
                        + "intervals at 3:43-3:48.")));

        var narrative = narrator(null).narrate(Part.PACE, PACE, PACE.narrative(), "metric");

        assertThat(narrative).hasValueSatisfying(text -> assertThat(text).startsWith("Keep easy runs"));
        assertThat(server.received()).singleElement().satisfies(received -> {
            var request = received.body();
            assertThat(request.path("model").asString()).isEqualTo("llama3.2");
            assertThat(request.path("messages").get(0).path("role").asString()).isEqualTo("system");
            assertThat(request.path("messages").get(1).path("content").asString()).contains("Part: pace",
                    "\"min_s_per_km\":284.6");
        });
        assertThat(authorizations()).containsExactly("null");
    }

    @Test
    void a_server_error_or_an_invented_pace_keeps_the_rules_text() {
        reply = new Reply.Failure(500, "server_error");
        assertThat(narrator("sk-test").narrate(Part.PACE, PACE, PACE.narrative(), "metric")).isEmpty();
        assertThat(authorizations()).containsExactly("Bearer sk-test");

        reply = new Reply.Text(TenKRunner.JSON.writeValueAsString(Map.of("narrative", "Run easy at 6:30 per km.")));
        assertThat(narrator("sk-test").narrate(Part.PACE, PACE, PACE.narrative(), "metric")).isEmpty();
    }

    private Narrator narrator(String key) {
        var settings = new LlmSettings(Provider.OPENAI, key, server.baseUrl(), "llama3.2", Duration.ofSeconds(1), 300);
        return new LlmNarrator(ChatModels.from(settings), TenKRunner.JSON, settings.timeout(), new ModelGate.Permit());
    }

    private List<String> authorizations() {
        return server.received().stream().map(request -> String.valueOf(request.authorization())).toList();
    }
}
