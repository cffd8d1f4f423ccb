package app.runaway.chat;

import app.runaway.query.AthleteScope;
import app.runaway.activity.ActivityReader;
import app.runaway.llm.ModelGate;
import app.runaway.query.QueryTools;
import app.runaway.chat.llm.LlmChat;
import app.runaway.chat.llm.PromptContext;
import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.athlete.AthleteProfiles;
import app.runaway.llm.LlmSettings;
import app.runaway.support.FakeOpenAiApi;
import app.runaway.support.FakeOpenAiApi.Reply;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The same tool loop over an OpenAI-compatible server (OpenAI, or Ollama's {@code /v1} on the runner's machine),
 * faked on loopback in the {@code chat.completion} shape, with the service's own tools and context.
 */
class OpenAiCompatibleChatTest extends LlmChatIntegration {
    @Autowired
    private ChatSettings settings;
    @Autowired
    private QueryTools tools;
    @Autowired
    private PromptContext context;
    @Autowired
    private AthleteProfiles profiles;
    @Autowired
    private ActivityReader activities;

    private FakeOpenAiApi server;
    private LlmChat chat;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeOpenAiApi();
        var llm = new LlmSettings(LlmSettings.Provider.OPENAI, FakeOpenAiApi.KEY, server.baseUrl(), "llama3.2",
                Duration.ofSeconds(2), 600);
        ChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey(FakeOpenAiApi.KEY)
                .modelName("llama3.2").timeout(Duration.ofSeconds(2)).maxRetries(0).build();
        var beans = new StaticListableBeanFactory(Map.of("model", model, "settings", llm));
        chat = new LlmChat(beans.getBeanProvider(ChatModel.class), beans.getBeanProvider(LlmSettings.class), settings,
                tools, context, new ModelGate(beans.getBeanProvider(LlmSettings.class),
                new StaticListableBeanFactory(Map.of("activities", activities)).getBeanProvider(ActivityReader.class),
                false), json);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private LlmChat.Outcome ask(String question, Function<FakeOpenAiApi.Received, Reply> model) {
        server.answering(model);
        var profile = profiles.get(runner.id());
        return chat.answer(new LlmChat.Turn(new AthleteScope(runner.id()), profile,
                LocalDate.now(profile.timezone()), question, List.of(), LlmChat.Kind.OPEN));
    }

    @Test
    void a_local_model_answers_through_two_tool_calls() {
        var longest = rows.stream().filter(r -> r.type().equals("Run")).max(Comparator.comparingDouble(Row::metres))
                .orElseThrow();
        var outcome = ask("What are my records, and my longest run?", request -> switch (request.toolResults()
                .size()) {
            case 0 -> new Reply.ToolCall("personal_records", "{}");
            case 1 -> new Reply.ToolCall("find_activities", "{\"sport\":\"run\",\"sort\":\"longest\",\"limit\":1,"
                    + "\"athlete_id\":" + other.id() + "}");
            default -> {
                var records = read(request.toolResults().get(0));
                @SuppressWarnings("unchecked")
                var run = ((List<Map<String, Object>>) read(request.toolResults().get(1)).get("activities")).get(0);
                yield new Reply.Text("You have records at " + String.join(", ", records.keySet())
                        + ". Your longest run: " + String.format(java.util.Locale.ROOT, "%.2f km",
                        ((Number) run.get("distance_km")).doubleValue()) + " on " + run.get("date") + " [#"
                        + run.get("id") + "].");
            }
        });

        assertThat(outcome).isInstanceOf(LlmChat.Outcome.Answered.class);
        var answered = (LlmChat.Outcome.Answered) outcome;
        assertThat(answered.sources()).singleElement().satisfies(run -> {
            assertThat(run.stravaId()).isEqualTo(longest.stravaId());
            assertThat(run.athleteId()).isEqualTo(runner.id());
        });
        assertThat(answered.text()).contains(String.format(java.util.Locale.ROOT, "%.2f km", longest.metres() / 1000));
        assertThat(answered.usage().modelCalls()).isEqualTo(3);
        assertThat(answered.usage().inputTokens()).isPositive();
        assertThat(answered.usage().model()).isEqualTo("llama3.2");
        assertThat(server.received().getFirst().toolNames()).contains("find_activities", "activity_totals");
        assertThat(server.received().getFirst().model()).isEqualTo("llama3.2");
    }

    @Test
    void arguments_that_are_not_json_twice_end_the_loop() {
        var outcome = ask("When was my last run?", request -> new Reply.ToolCall("find_activities", "{sort: newest"));
        assertThat(outcome).isInstanceOfSatisfying(LlmChat.Outcome.Failed.class, failed ->
                assertThat(failed.failure()).isEqualTo(LlmChat.Failure.MALFORMED_TOOL_CALLS));
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).toolResults().getFirst()).contains("not a JSON object");
    }

    @Test
    void a_server_error_and_a_silent_server_are_failures_the_caller_answers_offline() {
        var error = ask("When was my last run?", request -> new Reply.Failure(503, "server_error"));
        assertThat(error).isInstanceOfSatisfying(LlmChat.Outcome.Failed.class, failed ->
                assertThat(failed.failure()).isEqualTo(LlmChat.Failure.MODEL_ERROR));

        var started = System.nanoTime();
        var silent = ask("When was my last run?", request -> new Reply.Hang());
        assertThat(silent).isInstanceOfSatisfying(LlmChat.Outcome.Failed.class, failed ->
                assertThat(failed.failure()).isEqualTo(LlmChat.Failure.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_ollama_style_address_is_a_local_model() {
        var beans = new StaticListableBeanFactory(Map.of("settings", new LlmSettings(LlmSettings.Provider.OPENAI,
                null, "http://localhost:11434/v1", "llama3.2", null, null)));
        assertThat(beans.getBean(LlmSettings.class).isLocal()).isTrue();
        assertThat(new LlmSettings(LlmSettings.Provider.OPENAI, "k", "https://api.openai.com/v1", null, null, null)
                .isLocal()).isFalse();
        assertThat(new LlmSettings(LlmSettings.Provider.ANTHROPIC, "k", "http://127.0.0.1:9/v1", null, null, null)
                .isLocal()).isFalse();
        assertThat(new LlmSettings(LlmSettings.Provider.OPENAI, null, "http://192.168.1.20:8000/v1", null, null,
                null).isLocal()).isTrue();
    }
}
