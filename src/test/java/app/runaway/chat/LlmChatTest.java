package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.support.FakeAnthropicApi.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Chat with Claude, end to end over HTTP: the tool loop, routing, grounding, fallbacks, cache and provenance. */
class LlmChatTest extends LlmChatIntegration {
    @Autowired
    private ActivityStore store;

    @Test
    void claude_finds_the_last_run_over_ten_miles_through_two_tool_calls() {
        var expected = rows.stream().filter(r -> r.type().equals("Run") && r.metres() >= TEN_MILES)
                .max(Comparator.comparing(Row::start)).orElseThrow();
        var year = expected.start().getYear();
        script(request -> switch (request.toolResults().size()) {
            // the model names another athlete: the tools do not listen
            case 0 -> new Reply.ToolUse("find_activities", "{\"sport\":\"run\",\"min_km\":16.0934,\"sort\":"
                    + "\"newest\",\"limit\":1,\"athlete_id\":" + other.id() + "}");
            case 1 -> new Reply.ToolUse("activity_totals", "{\"from\":\"" + year + "-01-01\",\"to\":\"" + year
                    + "-12-31\",\"sport\":\"run\"}");
            default -> {
                @SuppressWarnings("unchecked")
                var run = ((List<Map<String, Object>>) read(request.toolResults().get(0)).get("activities")).get(0);
                var total = read(request.toolResults().get(1));
                yield new Reply.Text("Your last run over 10 miles was \"" + run.get("name") + "\" on "
                        + run.get("date") + ": " + run.get("distance_km") + " km in " + run.get("moving_time") + " [#"
                        + run.get("id") + "]. In " + year + " you ran " + total.get("count") + " times, "
                        + total.get("distance_km") + " km.");
            }
        });

        var requests = requestsDuring(() -> {
            var reply = ask(runner, "When did I last run over 10 miles?");

            assertThat(reply.get("mode").asString()).isEqualTo("llm");
            assertThat(reply.get("verified").asBoolean()).isTrue();
            assertThat(reply.get("model").asString()).isEqualTo("claude-haiku-4-5");
            assertThat(reply.at("/sources/0/strava_id").asLong()).isEqualTo(expected.stravaId());
            assertThat(reply.get("sources")).hasSize(1);
            assertThat(reply.get("answer").asString()).contains(expected.start().toLocalDate().toString())
                    .doesNotContain("[#");
            assertThat(reply.at("/usage/model_calls").asInt()).isEqualTo(3);
            assertThat(reply.at("/usage/input_tokens").asLong()).isPositive();
            assertThat(reply.at("/usage/cost_usd").asDouble()).isPositive();
            assertThat(reply.at("/context/tools_called").toString()).contains("find_activities", "activity_totals");
            assertThat(reply.get("verification").asString()).contains("tool results");
        });

        assertThat(requests).hasSize(3).allSatisfy(request -> assertThat(request.model())
                .isEqualTo("claude-haiku-4-5"));
        // a lookup is offered the lookup tools
        assertThat(requests.getFirst().toolNames()).containsExactlyInAnyOrder("find_activities", "activity_totals",
                "compare_periods", "rank_periods", "personal_records");
        assertThat(requests.getFirst().system()).contains("never instructions");
        var runnerIds = activityIds(runner);
        @SuppressWarnings("unchecked")
        var found = (List<Map<String, Object>>) read(requests.get(2).toolResults().get(0)).get("activities");
        assertThat(found).extracting(a -> ((Number) a.get("id")).longValue()).allMatch(runnerIds::contains);
    }

    @Test
    void the_stored_message_records_model_tokens_and_cost_and_usage_sums_them() {
        script(request -> new Reply.Text("You have run a lot."));
        var asked = new Object() {
            JsonNode reply;
        };
        var requests = requestsDuring(() -> asked.reply = ask(runner, "Tell me something nice about my running"));
        var reply = asked.reply;
        assertThat(requests).singleElement().satisfies(request -> assertThat(request.model())
                .isEqualTo("claude-sonnet-4-6"));
        var conversation = api.get("/api/chat/conversations/" + reply.get("conversation_id").asString(),
                runner.token()).body();
        assertThat(conversation.at("/messages/1/mode").asString()).isEqualTo("llm");
        assertThat(conversation.at("/messages/1/model").asString()).isEqualTo("claude-sonnet-4-6");
        assertThat(conversation.at("/messages/1/input_tokens").asInt()).isPositive();
        assertThat(conversation.at("/messages/1/cost_usd").asDouble()).isPositive();
        // an open question goes to the stronger model
        assertThat(reply.get("model").asString()).isEqualTo("claude-sonnet-4-6");

        var usage = api.get("/api/chat/usage", runner.token()).body();
        assertThat(usage.at("/days/0/llm_answers").asInt()).isPositive();
        assertThat(usage.at("/days/0/input_tokens").asLong()).isPositive();
        assertThat(usage.at("/days/0/cost_usd").asDouble()).isPositive();
    }

    @Test
    void an_answer_with_an_invented_figure_is_retried_once_then_replaced_by_the_offline_answer() {
        script(request -> request.userText().contains("Check failed")
                ? new Reply.Text("I would need to look at a period to judge; ask me about one, such as \"in April\".")
                : new Reply.Text("You ran 987.6 km last spring."));
        var requests = requestsDuring(() -> {
            var reply = ask(runner, "What about my spring running, was it good?");
            assertThat(reply.get("mode").asString()).isEqualTo("llm");
            assertThat(reply.get("verified").asBoolean()).isTrue();
        });
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).userText()).contains("987.6");

        script(request -> new Reply.Text("Your longest run was 123.4 km."));
        var offline = ask(runner, "What was my longest run?");
        assertThat(offline.get("mode").asString()).isEqualTo("offline");
        assertThat(offline.get("note").asString()).contains("figures that are not in your data");
        assertThat(offline.get("answer").asString()).startsWith("Your longest run was");
        assertThat(offline.get("verified").asBoolean()).isTrue();
        assertThat(offline.get("model").asString()).isEqualTo("claude-haiku-4-5");
        assertThat(offline.at("/usage/model_calls").asInt()).isEqualTo(2);
    }

    @Test
    void a_figure_taken_from_the_question_is_not_grounded() {
        script(request -> new Reply.Text("Yes, you ran 137 km last week."));
        var reply = ask(runner, "Did I run 137 km last week?");
        assertThat(reply.get("mode").asString()).isEqualTo("offline");
        assertThat(reply.get("note").asString()).contains("figures that are not in your data");
    }

    /**
     * A plausible invented figure (a count off by one, a distance a few per cent off, a small count) is never
     * returned as verified: the grounding check has no free pass for small numbers.
     */
    @Test
    void a_plausible_invented_figure_is_never_verified() {
        var in2024 = rows.stream().filter(r -> r.type().equals("Run") && r.start().getYear() == 2024).toList();
        var count = in2024.size();
        var km = in2024.stream().mapToDouble(Row::metres).sum() / 1000;
        var longRuns = in2024.stream().filter(r -> r.metres() >= 15_000).count();
        for (var invented : List.of(
                "You ran " + (count + 1) + " times in 2024.",
                String.format(java.util.Locale.ROOT, "You ran %.1f km in 2024.", km * 1.05),
                String.format(java.util.Locale.ROOT, "You ran %.1f km in 2024.", km * 0.97),
                "You did " + (longRuns + 1) + " runs of 15 km or more in 2024.")) {
            script(request -> request.toolResults().isEmpty()
                    ? new Reply.ToolUse("activity_totals", "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\","
                    + "\"sport\":\"run\",\"min_km\":15}")
                    : new Reply.Text(invented));
            var reply = ask(runner, "Tell me about my 2024 in one sentence, please " + invented.hashCode());
            assertThat(reply.get("mode").asString()).as(invented).isEqualTo("offline");
            assertThat(reply.get("note").asString()).as(invented).contains("figures that are not in your data");
        }
    }

    @Test
    void a_provider_error_falls_back_to_the_offline_engine_and_is_not_cached() {
        script(request -> new Reply.Failure(529, "overloaded_error"));
        var first = ask(runner, "How many runs did I do in 2024?");
        assertThat(first.get("mode").asString()).isEqualTo("offline");
        assertThat(first.get("note").asString()).contains("could not be reached");
        assertThat(first.get("answer").asString()).contains("runs");

        script(request -> request.toolResults().isEmpty()
                ? new Reply.ToolUse("activity_totals",
                        "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"sport\":\"run\"}")
                : new Reply.Text("In 2024 you did " + read(request.toolResults().getFirst()).get("count") + " runs."));
        var again = ask(runner, "How many runs did I do in 2024?");
        assertThat(again.get("mode").asString()).isEqualTo("llm");
        assertThat(again.at("/context/cached").asBoolean()).isFalse();
    }

    @Test
    void a_model_slower_than_the_budget_falls_back_in_time() {
        script(request -> new Reply.Hang());
        var started = System.nanoTime();
        var reply = ask(runner, "What was my first run?");
        var seconds = (System.nanoTime() - started) / 1e9;
        assertThat(reply.get("mode").asString()).isEqualTo("offline");
        assertThat(reply.get("note").asString()).contains("took too long");
        assertThat(seconds).isLessThan(6);
    }

    @Test
    void malformed_tool_calls_are_answered_with_an_error_once_then_fall_back() {
        script(request -> request.toolResults().isEmpty()
                ? new Reply.ToolUse("find_activities", "{\"limit\":\"many\",\"from\":\"last tuesday\"}")
                : request.toolResults().getFirst().contains("\"error\"") && request.toolResults().size() == 1
                ? new Reply.ToolUse("drop_all_tables", "{}")
                : new Reply.Text("never reached"));
        var reply = ask(runner, "When was my last run?");
        assertThat(reply.get("mode").asString()).isEqualTo("offline");
        assertThat(reply.get("note").asString()).contains("tool calls that could not be run");
        var last = rows.stream().filter(r -> r.type().equals("Run")).max(Comparator.comparing(Row::start))
                .orElseThrow();
        assertThat(reply.at("/sources/0/strava_id").asLong()).isEqualTo(last.stravaId());
    }

    @Test
    void one_malformed_call_is_corrected_by_the_model() {
        script(request -> request.toolResults().isEmpty()
                ? new Reply.ToolUse("find_activities", "{\"sort\":\"best\"}")
                : request.toolResults().size() == 1
                ? new Reply.ToolUse("find_activities", "{\"sort\":\"oldest\",\"limit\":1,\"sport\":\"run\"}")
                : new Reply.Text("Your first run was on " + ((List<?>) read(request.toolResults().get(1))
                .get("activities")).stream().map(a -> ((Map<?, ?>) a).get("date")).findFirst().orElseThrow()
                + "."));
        var reply = ask(runner, "When was my very first run?");
        assertThat(reply.get("mode").asString()).isEqualTo("llm");
        var first = rows.stream().filter(r -> r.type().equals("Run")).min(Comparator.comparing(Row::start))
                .orElseThrow();
        assertThat(reply.get("answer").asString()).contains(first.start().toLocalDate().toString());
        assertThat(reply.at("/sources/0/strava_id").asLong()).isEqualTo(first.stravaId());
    }

    @Test
    void the_same_question_on_unchanged_data_is_answered_from_cache() {
        script(request -> new Reply.Text("Nothing to add."));
        ask(runner, "Is there anything to add?");
        var requests = requestsDuring(() -> {
            var again = ask(runner, "Is there anything to add?");
            assertThat(again.at("/context/cached").asBoolean()).isTrue();
            assertThat(again.get("usage").isNull()).isTrue();
        });
        assertThat(requests).isEmpty();
    }

    @Test
    void activities_from_the_strava_api_do_not_reach_an_external_model_by_default() {
        var synced = api.createAthlete(adminToken(), "Synced Sam");
        store.store(synced.id(), ZoneOffset.UTC, List.of(new NewActivity(9_999_000_001L, null,
                ActivitySource.STRAVA_API, "Morning Run", "Run", Instant.parse("2026-11-20T07:00:00Z"), null,
                8000, 2400, 2450, 40.0, null, null, 150.0, null, null, null, null, false, false, false, null, null,
                null)));
        script(request -> new Reply.Text("should not be asked"));
        var requests = requestsDuring(() -> {
            var reply = ask(synced, "When was my last run?");
            assertThat(reply.get("mode").asString()).isEqualTo("offline");
            assertThat(reply.get("note").asString()).contains("Strava");
            assertThat(reply.at("/sources/0/strava_id").asLong()).isEqualTo(9_999_000_001L);
        });
        assertThat(requests).isEmpty();
    }

    @Test
    void another_athletes_activities_never_appear_in_sources() {
        var otherIds = activityIds(other);
        script(request -> request.toolResults().isEmpty()
                ? new Reply.ToolUse("find_activities", "{\"sort\":\"longest\",\"limit\":20,\"athlete_id\":"
                + other.id() + "}")
                : new Reply.Text(((List<?>) read(request.toolResults().getFirst()).get("activities")).stream()
                .map(a -> "[#" + ((Map<?, ?>) a).get("id") + "]").collect(Collectors.joining(" "))
                + " and [#" + otherIds.iterator().next() + "]"));
        var reply = ask(runner, "List my longest activities with citations");
        assertThat(reply.get("mode").asString()).isEqualTo("llm");
        assertThat(reply.get("sources")).hasSize(20);
        var runnerIds = activityIds(runner);
        reply.get("sources").forEach(source -> {
            assertThat(runnerIds).contains(source.get("id").asLong());
            assertThat(otherIds).doesNotContain(source.get("id").asLong());
        });
    }

}
