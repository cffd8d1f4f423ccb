package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.FootSports;
import app.runaway.athlete.Units;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The tools as the model calls them, checked against the athlete's activities as the API lists them: every filter
 * of {@code find_activities}, the totals, and the scope that no argument widens.
 */
class LlmToolsTest extends LlmChatIntegration {
    @Autowired
    private LlmTools tools;

    private LlmTools.Result call(String name, String arguments) {
        return tools.run(new AthleteScope(runner.id()), ToolExecutionRequest.builder().id("t1").name(name)
                .arguments(arguments).build(), Units.METRIC, LocalDate.of(2026, 11, 25));
    }

    private List<JsonNode> runs(Predicate<JsonNode> filter) {
        return api.allActivities(runner.token(), "").stream()
                .filter(a -> FootSports.RUNS.contains(a.get("sport_type").asString())).filter(filter).toList();
    }

    private static double pace(JsonNode a) {
        return a.get("moving_time_s").asDouble() * 1000 / a.get("distance_m").asDouble();
    }

    @Test
    void find_activities_applies_distance_pace_heart_rate_and_climb_and_counts_every_match() {
        var expected = runs(a -> a.get("distance_m").asDouble() >= 5_000 && a.get("distance_m").asDouble() <= 12_000
                && a.get("distance_m").asDouble() > 0 && pace(a) <= 330
                && !a.get("average_heartrate").isNull() && a.get("average_heartrate").asDouble() >= 140
                && !a.get("elevation_gain_m").isNull() && a.get("elevation_gain_m").asDouble() >= 20);
        var result = call("find_activities", "{\"sport\":\"run\",\"min_km\":5,\"max_km\":12,"
                + "\"faster_than_s_per_km\":330,\"min_avg_hr\":140,\"min_climb_m\":20,\"sort\":\"fastest\","
                + "\"limit\":3}");

        assertThat(result.malformed()).isFalse();
        assertThat(result.content().get("matching")).isEqualTo((long) expected.size());
        assertThat(expected).isNotEmpty();
        var fastest = expected.stream().min(Comparator.comparingDouble(LlmToolsTest::pace)).orElseThrow();
        assertThat(result.activities().getFirst().id()).isEqualTo(fastest.get("id").asLong());
    }

    @Test
    void find_activities_between_local_days_with_words_of_the_name() {
        var word = "Morning";
        var expected = api.allActivities(runner.token(), "").stream().filter(a -> {
            var day = LocalDateTime.parse(a.get("start_date_local").asString()).toLocalDate();
            return !day.isBefore(LocalDate.of(2024, 1, 1)) && !day.isAfter(LocalDate.of(2024, 12, 31))
                    && a.get("name").asString().contains(word);
        }).count();
        var result = call("find_activities", "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"text\":\"" + word
                + "\"}");
        assertThat(result.content().get("matching")).isEqualTo(expected);
    }

    @Test
    void period_totals_match_the_stats_endpoint_and_group_by_month() {
        var result = call("period_totals", "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"group_by\":\"month\"}");
        @SuppressWarnings("unchecked")
        var total = (Map<String, Object>) result.content().get("total");
        var expected = api.allActivities(runner.token(), "").stream()
                .filter(a -> a.get("start_date_local").asString().startsWith("2024")).count();
        assertThat(total.get("count")).isEqualTo((int) expected);
        assertThat((List<?>) result.content().get("periods")).hasSize(12);
    }

    @Test
    void bad_arguments_are_refused_with_a_reason_and_an_athlete_id_is_ignored() {
        assertThat(call("find_activities", "{\"from\":\"yesterday\"}").content().get("error").toString())
                .contains("from must be a date");
        assertThat(call("period_totals", "{\"from\":\"2024-02-01\",\"to\":\"2024-01-01\"}").malformed()).isTrue();
        assertThat(call("find_activities", "[1,2]").malformed()).isTrue();
        assertThat(call("no_such_tool", "{}").content().get("error").toString()).contains("no tool named");

        var widened = call("find_activities", "{\"athlete_id\":" + other.id() + ",\"limit\":20}");
        assertThat(widened.malformed()).isFalse();
        assertThat(widened.activities()).allMatch(a -> a.athleteId() == runner.id());
    }

    @Test
    void grouped_periods_are_cut_to_the_days_asked_and_add_up_to_the_total() {
        var result = call("period_totals", "{\"from\":\"2024-01-15\",\"to\":\"2024-03-10\",\"group_by\":\"month\"}");
        @SuppressWarnings("unchecked")
        var periods = (List<Map<String, Object>>) result.content().get("periods");
        assertThat(periods).extracting(p -> p.get("from") + ".." + p.get("to"))
                .containsExactly("2024-01-15..2024-01-31", "2024-02-01..2024-02-29", "2024-03-01..2024-03-10");
        @SuppressWarnings("unchecked")
        var total = (Map<String, Object>) result.content().get("total");
        assertThat(periods.stream().mapToInt(p -> (Integer) p.get("count")).sum()).isEqualTo(total.get("count"));
    }

    @Test
    void spans_too_long_or_dates_out_of_range_are_refused_before_any_query() {
        assertThat(call("period_totals", "{\"from\":\"1900-01-01\",\"to\":\"2100-12-31\",\"group_by\":\"week\"}")
                .content().get("error").toString()).contains("periods");
        assertThat(call("find_activities", "{\"to\":\"+999999999-12-31\"}").malformed()).isTrue();
        assertThat(call("personal_records", "{\"from\":\"0001-01-01\"}").malformed()).isTrue();
    }

    @Test
    void only_stop_words_as_text_filter_nothing() {
        var all = call("find_activities", "{}").content().get("matching");
        assertThat(call("find_activities", "{\"text\":\"the of\"}").content().get("matching")).isEqualTo(all);
    }
}
