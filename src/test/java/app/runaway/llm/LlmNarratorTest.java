package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.Narrator;
import app.runaway.support.FakeAnthropicApi;
import app.runaway.support.FakeAnthropicApi.Reply;
import app.runaway.llm.LlmSettings.Provider;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The narrator through LangChain4j's real Anthropic client, against Anthropic's API faked on loopback. */
class LlmNarratorTest {
    /** Short, so that the timeout test costs a second; production uses 10 s. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** The goal part of the ten-km runner: VDOT 51.9, marathon predicted in 3:04:38 against a 3:15 target. */
    private static final GoalAssessment GOAL = new Coach(Runnable::run, Narrator.NONE).analyze(TenKRunner.request())
            .goalAssessment();
    private static final String RULES = GOAL.narrative();

    private FakeAnthropicApi anthropic;
    private Narrator narrator;
    private ListAppender<ILoggingEvent> warnings;

    @BeforeEach
    void start() throws IOException {
        anthropic = new FakeAnthropicApi();
        var settings = new LlmSettings(Provider.ANTHROPIC, FakeAnthropicApi.KEY, anthropic.baseUrl(), "claude-test",
                TIMEOUT, 300);
        narrator = new LlmNarrator(ChatModels.from(settings), TenKRunner.JSON, settings.timeout(), new ModelGate.Permit());
        warnings = new ListAppender<>();
        warnings.start();
        ((Logger) LoggerFactory.getLogger(LlmNarrator.class)).addAppender(warnings);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(LlmNarrator.class)).detachAppender(warnings);
        anthropic.close();
    }

    @Test
    void a_narrative_that_rewords_the_facts_replaces_the_rules_text() {
        var words = "Your VDOT of 51.9, from your 40:00 10K, predicts 3:04:38 for the marathon: about 10 minutes "
                + "inside your 3:15 target, with 149 days to go. Keep two quality sessions a week.";
        anthropic.answering(new Reply.Text(json(words)));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).contains(words);
        assertThat(warnings.list).isEmpty();
    }

    @Test
    void the_model_gets_the_coachs_rules_and_the_parts_facts_in_snake_case() {
        anthropic.answering(new Reply.Text(json("Your VDOT is 51.9.")));

        narrator.narrate(Part.GOAL, GOAL, RULES, "metric");

        assertThat(anthropic.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.apiKey()).isEqualTo(FakeAnthropicApi.KEY);
            assertThat(request.version()).isEqualTo("2023-06-01");
            assertThat(request.model()).isEqualTo("claude-test");
            assertThat(request.body().path("max_tokens").asInt()).isEqualTo(300);
            assertThat(request.system()).contains("running coach", "Never introduce a number",
                    "{\"narrative\": \"<your text>\"}");
            assertThat(request.userText()).contains("Part: goal", "Units: metric", "\"required_vdot\":48.7",
                    "\"predicted_time\":\"3:04:38\"", RULES);
        });
    }

    @Test
    void an_answer_in_a_markdown_fence_is_read() {
        anthropic.answering(new Reply.Text("```json\n" + json("Your VDOT is 51.9.") + "\n```"));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).contains("Your VDOT is 51.9.");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 529})
    void an_api_error_keeps_the_rules_text(int status) {
        anthropic.answering(new Reply.Failure(status, status == 529 ? "overloaded_error" : "api_error"));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).isEmpty();
        assertThat(anthropic.received()).hasSize(1); // no retries: the rules' text is the fallback
        assertThat(onlyWarning()).contains("goal part", "model error", "HTTP " + status);
    }

    @Test
    void a_model_slower_than_the_budget_keeps_the_rules_text_once_the_budget_is_spent() {
        anthropic.answering(new Reply.Hang());

        // the fake never answers; the narrator must give up after its 1 s budget, not wait for the fake
        var narrative = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> narrator.narrate(Part.GOAL, GOAL, RULES, "metric"));

        assertThat(narrative).isEmpty();
        assertThat(onlyWarning()).contains("goal part", "timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Great progress! Your VDOT is 51.9.", "{\"narrative\": \"Your VDOT is 51.9.\"",
            "```\nnot json\n```", ""})
    void an_answer_that_is_not_json_keeps_the_rules_text(String answer) {
        anthropic.answering(new Reply.Text(answer));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).isEmpty();
        assertThat(onlyWarning()).contains("goal part", "invalid json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"Your VDOT is 51.9.\"}", "{\"narrative\": 51.9}", "{\"narrative\": \" \"}",
            "[\"Your VDOT is 51.9.\"]", "{\"narrative\": \"Your VDOT is 51.9.\", \"vdot\": 51.9}",
            "{\"narrative\": null}"})
    void an_answer_of_the_wrong_shape_keeps_the_rules_text(String answer) {
        anthropic.answering(new Reply.Text(answer));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).isEmpty();
        assertThat(onlyWarning()).contains("goal part", "wrong schema");
    }

    @Test
    void a_narrative_longer_than_1200_characters_keeps_the_rules_text() {
        anthropic.answering(new Reply.Text(json("Keep going. ".repeat(101))));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).isEmpty();
        assertThat(onlyWarning()).contains("wrong schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your VDOT of 57 puts a marathon within reach.",
            "Your VDOT of 51.9 predicts 2:59 for the marathon.",
            "Run your easy days at 6:15 per km."})
    void a_narrative_with_a_number_the_facts_lack_keeps_the_rules_text(String words) {
        anthropic.answering(new Reply.Text(json(words)));

        assertThat(narrator.narrate(Part.GOAL, GOAL, RULES, "metric")).isEmpty();
        assertThat(onlyWarning()).contains("goal part", "invented number", "1 number(s) not in the facts");
    }

    @Test
    void facts_that_cannot_be_written_as_json_keep_the_rules_text_and_never_fail_the_analysis() {
        anthropic.answering(new Reply.Text(json("Your VDOT is 51.9.")));

        assertThat(narrator.narrate(Part.GOAL, new Unwritable("51.9"), RULES, "metric")).isEmpty();
        assertThat(anthropic.received()).isEmpty();
        assertThat(onlyWarning()).contains("goal part", "unexpected");
    }

    @Test
    void the_warning_names_the_part_and_the_failure_never_the_key_or_the_answer() {
        anthropic.answering(new Reply.Text(json("Your VDOT of 57 is a secret.")));

        narrator.narrate(Part.GOAL, GOAL, RULES, "metric");

        assertThat(warnings.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).doesNotContain(FakeAnthropicApi.KEY, "secret", "57", "VDOT");
        });
    }

    /** Facts whose serialisation fails, as a mapper misconfiguration would. */
    record Unwritable(String vdot) {
        @Override
        public String vdot() {
            throw new IllegalStateException("not today");
        }
    }

    private String onlyWarning() {
        assertThat(warnings.list).hasSize(1);
        return warnings.list.getFirst().getFormattedMessage();
    }

    private static String json(String narrative) {
        return TenKRunner.JSON.writeValueAsString(java.util.Map.of("narrative", narrative));
    }
}
