package app.runaway.query;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.FootSports;
import app.runaway.athlete.Units;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue's tools as a model or an MCP client calls them, checked against the athlete's activities as the API
 * lists them: every filter of {@code find_activities}, the totals and their groups, the refusals, and the scope that
 * no argument widens.
 */
class QueryToolsTest extends IntegrationTest {
    private static Api.Athlete runner;
    private static Api.Athlete other;

    @Autowired
    private QueryTools tools;

    @BeforeEach
    void importOnce() {
        if (runner != null) {
            return;
        }
        var csv = FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv");
        runner = newAthlete("Tool runner");
        other = newAthlete("Tool other");
        api.importAndWait(csv, runner.token());
        api.importAndWait(csv, other.token());
    }

    private QueryTools.Outcome call(String name, String arguments) {
        return tools.call(new AthleteScope(runner.id()), name, json.readTree(arguments), Units.METRIC);
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

        assertThat(result.refused()).isFalse();
        assertThat(result.content().get("matching")).isEqualTo((long) expected.size());
        assertThat(expected).isNotEmpty();
        var fastest = expected.stream().min(Comparator.comparingDouble(QueryToolsTest::pace)).orElseThrow();
        assertThat(result.result().cited().getFirst().id()).isEqualTo(fastest.get("id").asLong());
    }

    @Test
    void find_activities_between_local_days_with_words_of_the_name_and_a_time_bound() {
        var word = "Morning";
        var expected = api.allActivities(runner.token(), "").stream().filter(a -> {
            var day = LocalDateTime.parse(a.get("start_date_local").asString()).toLocalDate();
            return !day.isBefore(LocalDate.of(2024, 1, 1)) && !day.isAfter(LocalDate.of(2024, 12, 31))
                    && a.get("name").asString().contains(word);
        }).count();
        var result = call("find_activities", "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"sport\":\"all\","
                + "\"text\":\"" + word + "\"}");
        assertThat(result.content().get("matching")).isEqualTo(expected);

        var hour = runs(a -> a.get("moving_time_s").asInt() >= 3600).size();
        assertThat(call("find_activities", "{\"min_minutes\":60}").content().get("matching")).isEqualTo((long) hour);
    }

    @Test
    void activity_totals_match_the_stats_endpoint_and_group_by_month() {
        var result = call("activity_totals", "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"sport\":\"all\","
                + "\"group_by\":\"month\"}");
        var expected = api.allActivities(runner.token(), "").stream()
                .filter(a -> a.get("start_date_local").asString().startsWith("2024")).count();
        assertThat(result.content().get("count")).isEqualTo((int) expected);
        assertThat((List<?>) result.content().get("by_month")).hasSize(12);
    }

    @Test
    void grouped_periods_are_cut_to_the_days_asked_and_add_up_to_the_total() {
        var result = call("activity_totals", "{\"from\":\"2024-01-15\",\"to\":\"2024-03-10\",\"group_by\":\"month\"}");
        @SuppressWarnings("unchecked")
        var periods = (List<Map<String, Object>>) result.content().get("by_month");
        assertThat(periods).extracting(p -> p.get("from") + ".." + p.get("to"))
                .containsExactly("2024-01-15..2024-01-31", "2024-02-01..2024-02-29", "2024-03-01..2024-03-10");
        assertThat(periods.stream().mapToInt(p -> (Integer) p.get("count")).sum())
                .isEqualTo(result.content().get("count"));
    }

    @Test
    void compare_and_rank_periods() {
        var compared = call("compare_periods", "{\"first_from\":\"2025-01-01\",\"first_to\":\"2025-12-31\","
                + "\"second_from\":\"2024-01-01\",\"second_to\":\"2024-12-31\"}");
        @SuppressWarnings("unchecked")
        var first = (Map<String, Object>) compared.content().get("first");
        assertThat(first.get("count")).isEqualTo(runs(a -> a.get("start_date_local").asString().startsWith("2025"))
                .size());

        var ranked = call("rank_periods", "{\"bucket\":\"month\",\"measure\":\"count\",\"limit\":1}");
        @SuppressWarnings("unchecked")
        var top = ((List<Map<String, Object>>) ranked.content().get("top")).getFirst();
        var busiest = runs(a -> true).stream().collect(java.util.stream.Collectors.groupingBy(
                a -> a.get("start_date_local").asString().substring(0, 7), java.util.stream.Collectors.counting()))
                .values().stream().max(Long::compare).orElseThrow();
        assertThat(((Number) top.get("count")).longValue()).isEqualTo(busiest);
    }

    @Test
    void bad_arguments_are_refused_with_a_reason_and_an_athlete_id_is_ignored() {
        assertThat(call("find_activities", "{\"from\":\"yesterday\"}").refusal()).contains("from must be a date");
        assertThat(call("activity_totals", "{\"from\":\"2024-02-01\",\"to\":\"2024-01-01\"}").refused()).isTrue();
        assertThat(call("find_activities", "[1,2]").refused()).isTrue();
        assertThat(call("no_such_tool", "{}").refusal()).contains("no tool named");
        assertThat(call("find_activities", "{\"sport\":\"quidditch\"}").refusal()).contains("not a sport");

        var widened = call("find_activities", "{\"athlete_id\":" + other.id() + ",\"limit\":20}");
        assertThat(widened.refused()).isFalse();
        assertThat(widened.result().cited()).allMatch(a -> a.athleteId() == runner.id());
    }

    @Test
    void spans_too_long_or_dates_out_of_range_are_refused_before_any_query() {
        assertThat(call("activity_totals", "{\"from\":\"1900-01-01\",\"to\":\"2100-12-31\",\"group_by\":\"week\"}")
                .refusal()).contains("groups");
        assertThat(call("find_activities", "{\"to\":\"+999999999-12-31\"}").refused()).isTrue();
        assertThat(call("personal_records", "{\"from\":\"0001-01-01\"}").refused()).isTrue();
    }

    @Test
    void only_stop_words_as_text_filter_nothing() {
        var all = call("find_activities", "{}").content().get("matching");
        assertThat(call("find_activities", "{\"text\":\"the of\"}").content().get("matching")).isEqualTo(all);
    }

    @Test
    void every_tool_has_a_json_schema_of_its_parameters() {
        for (var tool : tools.tools()) {
            var schema = QueryTools.jsonSchema(tool);
            assertThat(schema.get("type")).isEqualTo("object");
            assertThat(tool.description()).isNotBlank();
        }
        @SuppressWarnings("unchecked")
        var properties = (Map<String, Object>) QueryTools.jsonSchema(tools.tool("activity_totals").orElseThrow())
                .get("properties");
        assertThat(properties).containsKeys("from", "to", "sport", "min_km", "group_by");
        assertThat(QueryTools.jsonSchema(tools.tool("activity_totals").orElseThrow()).get("required"))
                .isEqualTo(List.of("from", "to"));
    }
}
