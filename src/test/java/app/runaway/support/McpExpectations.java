package app.runaway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * What Runaway's HTTP API says of one athlete's data, read first, and then every MCP tool called and checked against
 * it: the same numbers over MCP as over HTTP. Expected figures come from the HTTP API's answers (activities, stats,
 * goals, the coach's analysis) or from plain iteration over the listed activities, never from the catalogue under
 * test. Reading and checking are two steps, so that a test may read over HTTP, stop the server, and check over
 * another transport on the same data (the packaged jar's stdio mode).
 */
public final class McpExpectations {
    public static final List<String> TOOLS = List.of("find_activities", "activity_totals", "compare_periods",
            "rank_periods", "personal_records", "recall_activities", "coach_overview", "race_predictions",
            "training_paces", "goal_readiness", "training_plan", "goals");
    private static final Set<String> RUNS = Set.of("Run", "TrailRun", "VirtualRun");
    private static final Map<String, Double> RACES = Map.of("5k", 5_000.0, "10k", 10_000.0,
            "half_marathon", 21_097.5, "marathon", 42_195.0);
    private static final double KM = 0.0051;

    /** An MCP client's call of a tool: its structured content (failing the test on a tool error). */
    public interface Tools {
        JsonNode call(String tool, Map<String, Object> arguments);
    }

    private final List<JsonNode> activities;
    private final List<JsonNode> longest;
    private final int year;
    private final JsonNode monthStats;
    private final LocalDate asOf;
    private final JsonNode analysis;
    private final JsonNode goals;
    private final long withheld;

    private McpExpectations(List<JsonNode> activities, List<JsonNode> longest, int year, JsonNode monthStats,
                            LocalDate asOf, JsonNode analysis, JsonNode goals, long withheld) {
        this.activities = activities;
        this.longest = longest;
        this.year = year;
        this.monthStats = monthStats;
        this.asOf = asOf;
        this.analysis = analysis;
        this.goals = goals;
        this.withheld = withheld;
    }

    /**
     * Reads the athlete's data over HTTP: the year with the most runs, the analysis as of the newest run over ten
     * years (as the coach's tools will be asked), and the goals. {@code withheld} activities of the API's list are
     * those an MCP client may not see: they are left out of what the tools must show.
     */
    public static McpExpectations read(Api api, String token, Set<Long> withheld) {
        var all = api.allActivities(token, "");
        var visible = all.stream().filter(a -> !withheld.contains(a.get("id").asLong())).toList();
        var runs = visible.stream().filter(McpExpectations::isRun).toList();
        assertThat(runs).as("the athlete has runs to ask about").isNotEmpty();
        var year = runs.stream().map(a -> day(a).getYear()).collect(java.util.stream.Collectors.groupingBy(y -> y,
                java.util.stream.Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        var asOf = runs.stream().map(McpExpectations::day).max(Comparator.naturalOrder()).orElseThrow();
        var longest = visible.stream().sorted(Comparator.comparingDouble((JsonNode a) -> a.get("distance_m")
                .asDouble()).reversed()).limit(5).toList();
        var stats = ok(api.get("/api/stats?period=month&from=" + year + "-01-01&to=" + year + "-12-31", token));
        var analysis = ok(api.post("/analyze", token, Map.of("as_of", asOf.toString(), "timeframe_days", 3650)));
        return new McpExpectations(visible, longest, year, stats, asOf, analysis, ok(api.get("/api/goals", token)),
                withheld.size());
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Calls every tool once or more and checks each against the HTTP API's figures. */
    public void check(Tools client) {
        var called = new TreeSet<String>();
        Tools tools = (name, arguments) -> {
            called.add(name);
            var result = client.call(name, arguments);
            checkData(result.get("data"));
            return result;
        };
        findActivities(tools);
        totalsByMonth(tools);
        compareAndRank(tools);
        records(tools);
        recall(tools);
        coach(tools);
        goals(tools);
        assertThat(called).as("every tool was called").containsExactlyInAnyOrderElementsOf(TOOLS);
    }

    private void checkData(JsonNode data) {
        assertThat(data).as("every result carries its data block").isNotNull();
        assertThat(data.get("activities_stored").asLong()).isEqualTo(activities.size() + withheld);
        assertThat(data.get("activities_withheld").asLong()).isEqualTo(withheld);
        assertThat(data.get("activities_used").asLong()).isEqualTo(activities.size());
        assertThat(data.has("withheld_because")).isEqualTo(withheld > 0);
        assertThat(data.get("last_import_at").asString()).isNotBlank();
        assertThat(data.get("embeddings_pending").asLong()).isGreaterThanOrEqualTo(0);
    }

    private void findActivities(Tools tools) {
        var found = tools.call("find_activities", Map.of("sport", "all", "sort", "longest", "limit", 5));
        assertThat(found.get("matching").asLong()).isEqualTo(activities.size());
        var listed = list(found.get("activities"));
        assertThat(listed).extracting(a -> a.get("id").asLong())
                .containsExactlyElementsOf(longest.stream().map(a -> a.get("id").asLong()).toList());
        for (var i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i).get("distance_km").asDouble())
                    .isCloseTo(longest.get(i).get("distance_m").asDouble() / 1000, within(KM));
            assertThat(listed.get(i).get("moving_time_s").asLong())
                    .isEqualTo(longest.get(i).get("moving_time_s").asLong());
        }
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        var expected = activities.stream().filter(McpExpectations::isRun)
                .filter(a -> !day(a).isBefore(from) && !day(a).isAfter(to))
                .filter(a -> a.get("distance_m").asDouble() >= 5_000).count();
        var runs = tools.call("find_activities", Map.of("from", from.toString(), "to", to.toString(), "min_km", 5));
        assertThat(runs.get("matching").asLong()).as("runs of 5 km or more in %s", year).isEqualTo(expected);
    }

    private void totalsByMonth(Tools tools) {
        var totals = tools.call("activity_totals", Map.of("from", year + "-01-01", "to", year + "-12-31",
                "sport", "all", "group_by", "month"));
        var months = list(totals.get("by_month"));
        var periods = list(monthStats.get("periods"));
        assertThat(months).hasSameSizeAs(periods);
        for (var i = 0; i < months.size(); i++) {
            var month = months.get(i);
            var period = periods.get(i);
            assertThat(month.get("from").asString()).isEqualTo(period.get("start").asString());
            assertThat(month.get("count").asInt()).as(month.get("from").asString()).isEqualTo(period.get("count")
                    .asInt());
            assertThat(month.get("distance_km").asDouble()).isCloseTo(period.get("distance_m").asDouble() / 1000,
                    within(KM));
            assertThat(month.get("moving_time_s").asLong()).isEqualTo(period.get("moving_time_s").asLong());
        }
        assertThat(totals.get("count").asInt()).isEqualTo(monthStats.at("/totals/count").asInt());
        assertThat(totals.get("distance_km").asDouble()).isCloseTo(monthStats.at("/totals/distance_m").asDouble()
                / 1000, within(KM));
    }

    private void compareAndRank(Tools tools) {
        var byRunDistance = new LinkedHashMap<String, Double>();
        for (var period : list(monthStats.get("periods"))) {
            var metres = 0.0;
            for (var sport : RUNS) {
                var bySport = period.at("/by_sport_type/" + sport + "/distance_m");
                metres += bySport.isMissingNode() ? 0 : bySport.asDouble();
            }
            byRunDistance.put(period.get("start").asString(), metres);
        }
        var biggest = byRunDistance.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow();
        var ranked = tools.call("rank_periods", Map.of("from", year + "-01-01", "to", year + "-12-31",
                "bucket", "month", "measure", "distance", "limit", 1));
        var top = ranked.at("/top/0");
        assertThat(top.get("from").asString()).isEqualTo(biggest.getKey());
        assertThat(top.get("distance_km").asDouble()).isCloseTo(biggest.getValue() / 1000, within(KM));

        var first = LocalDate.parse(biggest.getKey());
        var second = first.minusMonths(1);
        var compared = tools.call("compare_periods", Map.of("first_from", first.toString(),
                "first_to", first.with(TemporalAdjusters.lastDayOfMonth()).toString(),
                "second_from", second.toString(), "second_to", second.with(TemporalAdjusters.lastDayOfMonth())
                        .toString()));
        var secondMetres = byRunDistance.getOrDefault(second.toString(), runMetres(second,
                second.with(TemporalAdjusters.lastDayOfMonth())));
        assertThat(compared.at("/first/distance_km").asDouble()).isCloseTo(biggest.getValue() / 1000, within(KM));
        assertThat(compared.at("/second/distance_km").asDouble()).isCloseTo(secondMetres / 1000, within(KM));
        assertThat(compared.at("/difference/distance_km").asDouble())
                .isCloseTo((biggest.getValue() - secondMetres) / 1000, within(2 * KM));
    }

    private void records(Tools tools) {
        var records = tools.call("personal_records", Map.of());
        var runs = activities.stream().filter(McpExpectations::isRun)
                .filter(a -> a.get("distance_m").asDouble() > 0 && a.get("moving_time_s").asLong() > 0).toList();
        assertThat(records.has("5k")).as("the runner has a 5k record to compare").isTrue();
        RACES.forEach((race, metres) -> {
            var best = runs.stream().filter(a -> a.get("distance_m").asDouble() >= 0.99 * metres)
                    .min(Comparator.comparingDouble(McpExpectations::secondsPerKm)
                            .thenComparing(McpExpectations::day).thenComparingLong(a -> a.get("id").asLong()));
            if (best.isEmpty()) {
                assertThat(records.has(race)).as(race).isFalse();
                return;
            }
            assertThat(records.at("/" + race + "/run/id").asLong()).as(race).isEqualTo(best.get().get("id").asLong());
            assertThat(records.at("/" + race + "/time_s").asLong()).as(race)
                    .isEqualTo(Math.round(secondsPerKm(best.get()) * metres / 1000));
        });
        var longestRun = runs.stream().max(Comparator.comparingDouble(a -> a.get("distance_m").asDouble()))
                .orElseThrow();
        assertThat(records.at("/longest_run/distance_km").asDouble())
                .isCloseTo(longestRun.get("distance_m").asDouble() / 1000, within(KM));
    }

    private void recall(Tools tools) {
        var named = activities.stream().filter(McpExpectations::isRun).findFirst().orElseThrow();
        var recalled = tools.call("recall_activities", Map.of("query", named.get("name").asString(), "limit", 3));
        var byId = new LinkedHashMap<Long, JsonNode>();
        activities.forEach(a -> byId.put(a.get("id").asLong(), a));
        var hits = list(recalled.get("activities"));
        assertThat(hits).isNotEmpty();
        for (var hit : hits) {
            var activity = byId.get(hit.get("id").asLong());
            assertThat(activity).as("a recalled activity is one of the athlete's, and one the client may see")
                    .isNotNull();
            assertThat(hit.get("distance_km").asDouble()).isCloseTo(activity.get("distance_m").asDouble() / 1000,
                    within(KM));
        }
    }

    private void coach(Tools tools) {
        var window = Map.<String, Object>of("as_of", asOf.toString(), "timeframe_days", 3650);
        var overview = tools.call("coach_overview", window);
        var performance = analysis.get("performance_metrics");
        assertThat(overview.at("/performance/weekly_average_km").asDouble())
                .isEqualTo(performance.get("weekly_mileage").asDouble());
        assertThat(overview.at("/performance/runs_in_window").asInt())
                .isEqualTo(performance.get("runs_in_window").asInt());
        for (var load : List.of("ctl", "atl", "tsb", "acwr")) {
            assertThat(overview.at("/performance/training_load/" + load).asDouble()).as(load)
                    .isEqualTo(performance.at("/training_load/" + load).asDouble());
        }
        assertThat(overview.at("/synthesis/overall_assessment").asString())
                .isEqualTo(analysis.at("/synthesis/overall_assessment").asString());

        var goal = analysis.get("goal_assessment");
        assertThat(goal.at("/vdot/value").isNumber()).as("the analysis has a VDOT to compare").isTrue();
        var predictions = tools.call("race_predictions", window);
        assertThat(predictions.at("/goal/vdot").asDouble()).isEqualTo(goal.at("/vdot/value").asDouble());
        assertThat(list(predictions.at("/goal/predictions"))).isNotEmpty().extracting(p -> p.get("time").asString())
                .containsExactlyElementsOf(list(goal.get("predictions")).stream().map(p -> p.get("time").asString())
                        .toList());
        var readiness = tools.call("goal_readiness", window);
        assertThat(readiness.at("/goal/feasibility").asString()).isEqualTo(goal.get("feasibility").asString());
        assertThat(readiness.at("/goal/progress/days_to_race").isNumber()).isTrue();
        assertThat(readiness.at("/goal/progress/days_to_race").asLong())
                .isEqualTo(goal.at("/progress/days_to_race").asLong());

        var paces = tools.call("training_paces", window);
        var zones = list(analysis.at("/pace_zones/zones"));
        assertThat(zones).isNotEmpty();
        zones.forEach(zone -> assertThat(paces.at("/paces/" + zone.get("name").asString() + "_per_km").asString())
                .isEqualTo(zone.get("pace").asString()));
        assertThat(list(paces.at("/paces/heart_rate_zones"))).isNotEmpty().extracting(z -> z.get("max_bpm").asInt())
                .containsExactlyElementsOf(list(analysis.at("/pace_zones/heart_rate_zones")).stream()
                        .map(z -> z.get("max_bpm").asInt()).toList());

        var plan = tools.call("training_plan", window);
        var workout = analysis.get("workout_plan");
        assertThat(plan.at("/plan/this_week_target_km").asDouble()).isEqualTo(workout.get("this_week_target")
                .asDouble());
        assertThat(plan.at("/plan/next_week_target_km").asDouble()).isEqualTo(workout.get("next_week_target")
                .asDouble());
        assertThat(list(plan.at("/plan/this_week"))).isNotEmpty().hasSameSizeAs(list(workout.get("this_week")));
    }

    private void goals(Tools tools) {
        var listed = list(tools.call("goals", Map.of()).get("goals"));
        var expected = list(goals.get("goals"));
        assertThat(listed).hasSameSizeAs(expected).isNotEmpty();
        for (var i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i).get("distance_km").asDouble())
                    .isCloseTo(expected.get(i).get("distance_m").asDouble() / 1000, within(KM));
            assertThat(listed.get(i).get("target_time").asString()).isEqualTo(expected.get(i).get("target_time")
                    .asString());
            assertThat(listed.get(i).get("race_date").asString()).isEqualTo(expected.get(i).get("race_date")
                    .asString());
        }
    }

    /** The distance of the runs between two days, summed by hand over the listed activities. */
    private double runMetres(LocalDate from, LocalDate to) {
        return activities.stream().filter(McpExpectations::isRun)
                .filter(a -> !day(a).isBefore(from) && !day(a).isAfter(to))
                .mapToDouble(a -> a.get("distance_m").asDouble()).sum();
    }

    /** The ids of every listed activity: what another athlete's client must never see. */
    public Set<Long> ids() {
        var ids = new HashSet<Long>();
        activities.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    /** Monday of the week holding the newest run, for the weekly review's prompt. */
    public LocalDate lastWeek() {
        return asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Run metres of the week from that Monday, by hand. */
    public double lastWeekRunMetres() {
        return runMetres(lastWeek(), lastWeek().plusDays(6));
    }

    public static boolean isRun(JsonNode activity) {
        return RUNS.contains(activity.get("sport_type").asString());
    }

    public static LocalDate day(JsonNode activity) {
        return LocalDateTime.parse(activity.get("start_date_local").asString()).toLocalDate();
    }

    private static double secondsPerKm(JsonNode activity) {
        return activity.get("moving_time_s").asDouble() * 1000 / activity.get("distance_m").asDouble();
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null || array.isMissingNode() || array.isNull() ? List.of()
                : new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as("%s", response.body()).isBetween(200, 299);
        return response.body();
    }
}
