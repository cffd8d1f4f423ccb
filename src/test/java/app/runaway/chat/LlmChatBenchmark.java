package app.runaway.chat;

import app.runaway.bench.Measurements;
import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.llm.TokenCount;
import app.runaway.support.Api;
import app.runaway.support.FakeAnthropicApi.Received;
import app.runaway.support.FakeAnthropicApi.Reply;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What an LLM chat sends the model: prompt tokens per answer, summed over every model call of the answer (the
 * fake counts each request's texts, tool inputs and results, and tool definitions, o200k encoding: see
 * {@link app.runaway.support.FakeAnthropicApi.Received#promptTokens()}), over a battery
 * of questions for a two-year demo athlete (712 activities up to today). The scripted model calls the tool a capable
 * model would (two for a comparison) and answers from the results, so each answer takes two or three calls. Also
 * Runaway's own time per answer with a model that answers at once. Prints; asserts nothing.
 * Run: {@code mvn -Pbench test -Dtest=LlmChatBenchmark}
 */
@Tag("bench")
class LlmChatBenchmark extends LlmChatIntegration {
    private static final Pattern FIGURE = Pattern.compile("\"(?:distance|moving_time|time_at_that_pace|date|count|"
            + "avg_pace|weekly_average)\":\"?([^\",}]+)");

    /** A question and the tool calls a model would make for it, in order. */
    private record Step(String question, List<Map.Entry<String, String>> calls) {
    }

    private static List<Step> battery(LocalDate today) {
        var year = today.getYear();
        var month = today.withDayOfMonth(1);
        return List.of(
                step("When did I last run over 10 miles?", "find_activities",
                        "{\"sport\":\"run\",\"min_km\":16.09,\"sort\":\"newest\",\"limit\":1}"),
                step("What was my longest run this year?", "find_activities",
                        "{\"sport\":\"run\",\"from\":\"" + year + "-01-01\",\"sort\":\"longest\",\"limit\":1}"),
                step("What's my fastest 5k?", "personal_records", "{}"),
                step("How far did I run in March?", "activity_totals",
                        "{\"from\":\"" + year + "-03-01\",\"to\":\"" + year + "-03-31\",\"sport\":\"run\"}"),
                step("How many km per week did I run this year?", "activity_totals",
                        "{\"from\":\"" + year + "-01-01\",\"to\":\"" + today + "\",\"sport\":\"run\","
                                + "\"group_by\":\"month\"}"),
                new Step("How many km this month vs the same month last year?", List.of(
                        Map.entry("activity_totals", "{\"from\":\"" + month + "\",\"to\":\"" + today + "\"}"),
                        Map.entry("activity_totals", "{\"from\":\"" + month.minusYears(1) + "\",\"to\":\""
                                + today.minusYears(1) + "\"}"))),
                step("Find the hilly run with lots of climbing", "find_activities",
                        "{\"sport\":\"run\",\"sort\":\"most_climb\",\"limit\":3}"),
                step("Which of my runs had the highest heart rate?", "find_activities",
                        "{\"sport\":\"run\",\"sort\":\"highest_hr\",\"limit\":3}"),
                step("How am I doing?", "coach_analysis", "{\"focus\":\"performance\"}"),
                step("Plan my week", "coach_analysis", "{\"focus\":\"workout\"}"),
                step("What are my goals?", "goals", "{}"),
                step("Show my fastest runs between 8 and 12 km", "find_activities",
                        "{\"sport\":\"run\",\"min_km\":8,\"max_km\":12,\"sort\":\"fastest\",\"limit\":5}"),
                step("What pace should my easy runs be?", "coach_analysis", "{\"focus\":\"pace\"}"),
                step("How many runs did I do last year?", "activity_totals",
                        "{\"from\":\"" + (year - 1) + "-01-01\",\"to\":\"" + (year - 1)
                                + "-12-31\",\"sport\":\"run\"}"),
                step("When did I last do intervals?", "find_activities",
                        "{\"text\":\"intervals\",\"sort\":\"newest\",\"limit\":1}"));
    }

    private static Step step(String question, String tool, String arguments) {
        return new Step(question, List.of(Map.entry(tool, arguments)));
    }

    @Test
    void prompt_tokens_per_llm_chat() {
        var zone = ZoneId.of("Europe/Stockholm");
        var today = LocalDate.now(zone);
        var athlete = demoAthlete(today, zone);
        var lastFortnight = api.allActivities(athlete.token(), "").stream().filter(a -> !LocalDate.parse(
                a.get("start_date_local").asString().substring(0, 10)).isBefore(today.minusDays(13))).count();
        var perAnswer = new ArrayList<Double>();
        var firstCall = new ArrayList<Double>();
        var tools = new ArrayList<Double>();
        var system = new ArrayList<Double>();
        var latency = new ArrayList<Double>();
        var recent = new ArrayList<Double>();
        var calls = 0;
        var byQuestion = new java.util.LinkedHashMap<String, Long>();
        for (var round = 0; round < 3; round++) {
            for (var step : battery(today)) {
                script(request -> reply(step, request));
                var question = step.question() + (round == 0 ? "" : " (round " + "abc".charAt(round) + ")");
                var before = ANTHROPIC.received().size();
                var reply = new Object() {
                    tools.jackson.databind.JsonNode body;
                };
                latency.add(Measurements.time(() -> reply.body = ask(athlete, question)));
                if (!"llm".equals(reply.body.get("mode").asString())) {
                    throw new IllegalStateException(question + ": " + reply.body.get("note"));
                }
                perAnswer.add(reply.body.at("/usage/input_tokens").asDouble());
                if (round == 0) {
                    byQuestion.put(step.question(), reply.body.at("/usage/input_tokens").asLong());
                }
                calls += reply.body.at("/usage/model_calls").asInt();
                recent.add(reply.body.at("/context/recent_activities").asDouble());
                var first = ANTHROPIC.received().get(before);
                firstCall.add((double) first.promptTokens());
                tools.add((double) TokenCount.of(first.body().path("tools").toString()));
                system.add((double) TokenCount.of(first.system()));
            }
        }
        System.out.printf(Locale.ROOT, "%n== LLM chat prompt benchmark (fake Anthropic, 712 activities, %d answers, "
                        + "%.1f model calls per answer) ==%n", perAnswer.size(), calls / (double) perAnswer.size());
        System.out.printf(Locale.ROOT, "prompt tokens per answer (all calls): mean %.0f, p50 %.0f, max %.0f%n",
                mean(perAnswer), Measurements.percentile(perAnswer, 50), Measurements.max(perAnswer));
        System.out.printf(Locale.ROOT, "first call: mean %.0f tokens (system with context %.0f, tool definitions "
                + "%.0f); the context listed %.1f of the last 14 days' %d activities%n", mean(firstCall), mean(system),
                mean(tools), mean(recent), lastFortnight);
        byQuestion.forEach((question, tokens) -> System.out.printf(Locale.ROOT, "  %,6d  %s%n", tokens, question));
        System.out.printf(Locale.ROOT, "Runaway's own time per answer (model answering at once): p50 %.1f ms, "
                + "p99 %.1f ms%n", Measurements.percentile(latency, 50), Measurements.percentile(latency, 99));
    }

    /** The scripted model: the step's tool calls in turn, then an answer quoting figures of the last result. */
    private static Reply reply(Step step, Received request) {
        var done = request.toolResults().size();
        if (done < step.calls().size()) {
            var call = step.calls().get(done);
            return new Reply.ToolUse(call.getKey(), call.getValue());
        }
        var figures = new ArrayList<String>();
        var m = FIGURE.matcher(request.toolResults().getLast());
        while (m.find() && figures.size() < 4) {
            figures.add(m.group(1));
        }
        return new Reply.Text(figures.isEmpty() ? "I found nothing for that in your data."
                : "From your data: " + String.join(", ", figures) + ".");
    }

    private Api.Athlete demoAthlete(LocalDate today, ZoneId zone) {
        var generated = new TrainingHistoryGenerator().generate(TrainingHistorySpec.twoYears(7, today, zone));
        var athlete = api.createAthlete(adminToken(), "llm-bench");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(generated, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        api.post("/api/goals", athlete.token(), Map.of("description", "Half marathon under 1:45",
                "race_date", today.plusWeeks(10).toString()));
        return athlete;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
