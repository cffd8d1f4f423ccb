package app.runaway.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.coach.Coach;
import app.runaway.coach.CoachReport;
import app.runaway.coach.Narrator;
import app.runaway.support.FakeAnthropicApi;
import app.runaway.support.FakeAnthropicApi.Reply;
import app.runaway.llm.LlmSettings.Provider;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole coach with the LLM narrator: each part's words come from the model where it holds up, else from rules. */
class CoachWithLlmNarrativeTest {
    private static final Pattern PART = Pattern.compile("Part: (\\w+)");
    private static final Pattern RULES = Pattern.compile("(?s)The rules' own narrative of these facts, to improve on:\n(.*)\n$");

    private static final CoachReport RULES_ONLY = new Coach(Runnable::run, Narrator.NONE).analyze(TenKRunner.request());

    private FakeAnthropicApi anthropic;
    private Narrator narrator;

    @BeforeEach
    void start() throws IOException {
        anthropic = new FakeAnthropicApi();
        var settings = new LlmSettings(Provider.ANTHROPIC, FakeAnthropicApi.KEY, anthropic.baseUrl(), "claude-test",
                Duration.ofSeconds(1), 300);
        narrator = new LlmNarrator(ChatModels.from(settings), TenKRunner.JSON, settings.timeout(), new ModelGate.Permit());
    }

    @AfterEach
    void stop() {
        anthropic.close();
    }

    @Test
    void the_report_says_which_parts_the_model_worded_and_keeps_the_rules_text_where_it_failed() {
        var performance = json("You ran 37 km a week over the last four weeks, steady, and your fitness (CTL) "
                + "is 24.7 with form (TSB) at -3.4: fresh enough to train well.");
        var goal = json("Your 40:00 10K gives a VDOT of 51.9, which predicts about 3:05 for the marathon: your "
                + "3:15 goal is achievable.");
        anthropic.answering(byPart(Map.of(
                "performance", new Reply.Text(performance),
                "goal", new Reply.Text(goal),
                "pace", new Reply.Failure(500, "api_error"),
                "workout", new Reply.Text(json("Run 50 km this week, with 6 x 1000 m at 3:30.")),
                "synthesis", new Reply.Text("You are doing great!"))));

        var report = analyze();

        assertThat(report.sources()).containsExactly(Map.entry("performance", "llm"), Map.entry("goal", "llm"),
                Map.entry("pace", "rules"), Map.entry("workout", "rules"), Map.entry("synthesis", "rules"));
        assertThat(report.performanceMetrics().narrative()).startsWith("You ran 37 km a week");
        assertThat(report.goalAssessment().narrative()).startsWith("Your 40:00 10K gives a VDOT of 51.9");
        assertThat(report.paceZones().narrative()).isEqualTo(RULES_ONLY.paceZones().narrative());
        assertThat(report.workoutPlan().narrative()).isEqualTo(RULES_ONLY.workoutPlan().narrative());
        assertThat(report.synthesis().overallAssessment()).isEqualTo(RULES_ONLY.synthesis().overallAssessment());
        // the words changed, never the numbers
        assertThat(report.goalAssessment().predictions()).isEqualTo(RULES_ONLY.goalAssessment().predictions());
        assertThat(anthropic.received()).hasSize(5);
    }

    @Test
    void a_model_that_only_rewords_the_rules_text_passes_the_number_check_on_every_part() {
        anthropic.answering(request -> {
            var rules = RULES.matcher(request.userText());
            return new Reply.Text(json("In short: " + (rules.find() ? rules.group(1) : "")));
        });

        var report = analyze();

        assertThat(report.sources()).containsOnlyKeys("performance", "goal", "pace", "workout", "synthesis")
                .allSatisfy((part, source) -> assertThat(source).as(part).isEqualTo("llm"));
        assertThat(report.paceZones().narrative()).isEqualTo("In short: " + RULES_ONLY.paceZones().narrative());
    }

    private CoachReport analyze() {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return new Coach(executor, narrator).analyze(TenKRunner.request());
        }
    }

    private static Function<FakeAnthropicApi.Received, Reply> byPart(Map<String, Reply> replies) {
        return request -> {
            var part = PART.matcher(request.userText());
            return part.find() ? replies.get(part.group(1)) : new Reply.Failure(400, "invalid_request_error");
        };
    }

    private static String json(String narrative) {
        return TenKRunner.JSON.writeValueAsString(Map.of("narrative", narrative));
    }
}
