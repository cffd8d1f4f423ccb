package app.runaway.chat;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityFilter;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivityStats;
import app.runaway.activity.Distance;
import app.runaway.activity.Durations;
import app.runaway.activity.Pace;
import app.runaway.activity.PeriodTotals;
import app.runaway.activity.StatsPeriod;
import app.runaway.athlete.Units;
import app.runaway.coach.CoachReport;
import app.runaway.coach.FocusArea;
import app.runaway.goal.Goal;
import app.runaway.goal.Goals;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat tools as a language model sees them: a JSON schema each, and a runner that reads the model's arguments,
 * calls {@link ChatTools} for the session's athlete and answers with a compact JSON result in the athlete's units.
 * No tool takes an athlete: the scope is the caller's, and any athlete id the model adds is ignored like every other
 * unknown argument.
 */
@Component
class LlmTools {
    static final int MOST_ACTIVITIES = 20;
    private static final int MOST_PERIODS = 60;
    private static final int DESCRIPTION_CHARS = 100;
    /** The days a model may name: wide enough for any training log, narrow enough for every date calculation. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ChatTools tools;
    private final ActivityReader activities;
    private final ActivityStats stats;
    private final Goals goals;
    private final JsonMapper json;

    LlmTools(ChatTools tools, ActivityReader activities, ActivityStats stats, Goals goals, JsonMapper json) {
        this.tools = tools;
        this.activities = activities;
        this.stats = stats;
        this.goals = goals;
        this.json = json;
    }

    /** What one call gave: the result the model reads (a tree the grounding check walks) and the activities in it. */
    record Result(Map<String, Object> content, List<Activity> activities, boolean malformed) {
        static Result refused(String why) {
            return new Result(Map.of("error", why), List.of(), true);
        }
    }

    /** A model's argument the tool cannot use; the model is told why and may try again. */
    static final class BadArgument extends RuntimeException {
        BadArgument(String message) {
            super(message);
        }
    }

    private static final String DATE = "YYYY-MM-DD, inclusive";
    private static final String SPORT = "run (all runs), ride, walk, hike, swim or a Strava type; omit for all";

    /** The tools a kind of question may use: a narrower set is a shorter prompt and an easier choice. */
    enum Toolset {
        LOOKUP("find_activities", "period_totals", "personal_records"),
        RECALL("find_activities", "recall_activities"),
        COACHING("coach_analysis", "goals", "period_totals"),
        ALL("find_activities", "period_totals", "personal_records", "recall_activities", "coach_analysis", "goals");

        private final List<String> names;

        Toolset(String... names) {
            this.names = List.of(names);
        }
    }

    private static final Map<String, ToolSpecification> SPECIFICATIONS = java.util.stream.Stream.of(
            ToolSpecification.builder().name("find_activities")
                    .description("Search activities; gives the match count and the first matches.")
                    .parameters(JsonObjectSchema.builder()
                            .addStringProperty("from", DATE).addStringProperty("to", DATE)
                            .addStringProperty("sport", SPORT)
                            .addNumberProperty("min_km").addNumberProperty("max_km")
                            .addNumberProperty("faster_than_s_per_km").addNumberProperty("slower_than_s_per_km")
                            .addNumberProperty("min_avg_hr").addNumberProperty("max_avg_hr")
                            .addNumberProperty("min_climb_m")
                            .addStringProperty("text", "words in name or description")
                            .addEnumProperty("sort", List.of("newest", "oldest", "longest", "shortest",
                                    "longest_time", "fastest", "slowest", "most_climb", "highest_hr"))
                            .addIntegerProperty("limit", "1-" + MOST_ACTIVITIES + ", default 5")
                            .build())
                    .build(),
            ToolSpecification.builder().name("period_totals")
                    .description("Count, distance, time, pace, climb between two days; optionally per week "
                            + "(from Monday), month or year, the first and last cut to the days asked.")
                    .parameters(JsonObjectSchema.builder()
                            .addStringProperty("from", DATE).addStringProperty("to", DATE)
                            .addStringProperty("sport", SPORT)
                            .addEnumProperty("group_by", List.of("none", "week", "month", "year"))
                            .required("from", "to").build())
                    .build(),
            ToolSpecification.builder().name("personal_records")
                    .description("Fastest runs of at least 5k, 10k, half, marathon (time at that pace) and the "
                            + "longest run.")
                    .parameters(JsonObjectSchema.builder()
                            .addStringProperty("from", DATE).addStringProperty("to", DATE).build())
                    .build(),
            ToolSpecification.builder().name("recall_activities")
                    .description("Activities closest in meaning to a description (weather, place, company, mood).")
                    .parameters(JsonObjectSchema.builder().addStringProperty("query")
                            .addIntegerProperty("limit", "1-5, default 3").required("query").build())
                    .build(),
            ToolSpecification.builder().name("coach_analysis")
                    .description("Coach's analysis: performance (mileage, trends, load), goal (race predictions), "
                            + "pace (pace and HR zones), workout (this and next week's plan), or all.")
                    .parameters(JsonObjectSchema.builder()
                            .addEnumProperty("focus", List.of("performance", "goal", "pace", "workout", "all"))
                            .required("focus").build())
                    .build(),
            ToolSpecification.builder().name("goals")
                    .description("The athlete's race goals.")
                    .parameters(JsonObjectSchema.builder().build())
                    .build())
            .collect(java.util.stream.Collectors.toMap(ToolSpecification::name, spec -> spec));

    List<ToolSpecification> specifications(Toolset toolset) {
        return toolset.names.stream().map(SPECIFICATIONS::get).toList();
    }

    Result run(AthleteScope scope, ToolExecutionRequest request, Units units, LocalDate today) {
        JsonNode arguments;
        try {
            var text = request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments();
            arguments = json.readTree(text);
        } catch (JacksonException e) {
            return Result.refused("arguments are not JSON");
        }
        if (arguments == null || !arguments.isObject()) {
            return Result.refused("arguments must be a JSON object");
        }
        var args = new Arguments(arguments);
        try {
            return switch (request.name() == null ? "" : request.name()) {
                case "find_activities" -> find(scope, args, units);
                case "period_totals" -> totals(scope, args, units);
                case "personal_records" -> records(scope, args, units, today);
                case "recall_activities" -> recall(scope, args, units);
                case "coach_analysis" -> analysis(scope, args);
                case "goals" -> goals(scope, units);
                default -> Result.refused("no tool named " + request.name());
            };
        } catch (BadArgument e) {
            return Result.refused(e.getMessage());
        }
    }

    private Result find(AthleteScope scope, Arguments args, Units units) {
        var limit = args.integer("limit", 5, 1, MOST_ACTIVITIES);
        var filter = new ActivityFilter(ChatTools.sportTypes(args.sport()), args.date("from"), args.date("to"),
                args.kilometres("min_km"), args.kilometres("max_km"), args.number("slower_than_s_per_km"),
                args.number("faster_than_s_per_km"), args.number("min_avg_hr"), args.number("max_avg_hr"),
                args.number("min_climb_m"), args.text("text"), args.order(), limit);
        var found = activities.search(scope.athleteId(), filter);
        var content = new LinkedHashMap<String, Object>();
        content.put("matching", found.matching());
        content.put("activities", found.activities().stream().map(a -> activity(a, units)).toList());
        return new Result(content, found.activities(), false);
    }

    private Result totals(AthleteScope scope, Arguments args, Units units) {
        var from = args.requiredDate("from");
        var to = args.requiredDate("to");
        if (to.isBefore(from)) {
            throw new BadArgument("to is before from");
        }
        var sport = args.sport();
        var content = new LinkedHashMap<String, Object>();
        content.put("from", from.toString());
        content.put("to", to.toString());
        content.put("total", totals(tools.totals(scope, sport, new Period(from, to, "")), units));
        var groupBy = args.text("group_by");
        if (groupBy != null && !groupBy.equals("none")) {
            var period = switch (groupBy) {
                case "week" -> StatsPeriod.WEEK;
                case "month" -> StatsPeriod.MONTH;
                case "year" -> StatsPeriod.YEAR;
                default -> throw new BadArgument("group_by must be none, week, month or year");
            };
            var unit = switch (period) {
                case WEEK -> ChronoUnit.WEEKS;
                case MONTH -> ChronoUnit.MONTHS;
                case YEAR -> ChronoUnit.YEARS;
            };
            if (unit.between(from, to) + 2 > MOST_PERIODS) {
                throw new BadArgument("more than " + MOST_PERIODS + " periods: ask for a coarser group_by or a "
                        + "shorter span");
            }
            content.put("periods", periods(scope, sport, period, from, to, units));
        }
        return new Result(content, List.of(), false);
    }

    /**
     * One row per calendar period, the first and last cut to the days asked for (so that the rows add up to the
     * total), each with its own first and last day.
     */
    private List<Map<String, Object>> periods(AthleteScope scope, String sport, StatsPeriod period, LocalDate from,
                                              LocalDate to, Units units) {
        var sportTypes = ChatTools.sportTypes(sport);
        var rows = new ArrayList<Map<String, Object>>();
        for (var p : stats.totals(scope.athleteId(), period, from, to, null)) {
            var first = p.start().isBefore(from) ? from : p.start();
            var last = p.end().isAfter(to) ? to : p.end();
            var sum = first.equals(p.start()) && last.equals(p.end())
                    ? p.bySportType().entrySet().stream()
                            .filter(e -> sportTypes == null || sportTypes.contains(e.getKey()))
                            .map(Map.Entry::getValue).reduce(PeriodTotals.Totals.ZERO, PeriodTotals.Totals::plus)
                    : tools.totals(scope, sport, new Period(first, last, ""));
            var row = new LinkedHashMap<String, Object>();
            row.put("from", first.toString());
            row.put("to", last.toString());
            row.putAll(totals(sum, units));
            rows.add(row);
        }
        return rows;
    }

    private Result records(AthleteScope scope, Arguments args, Units units, LocalDate today) {
        var from = args.date("from");
        var to = args.date("to");
        var period = new Period(from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? today : to, "");
        var content = new LinkedHashMap<String, Object>();
        var cited = new ArrayList<Activity>();
        for (var record : tools.records(scope, period)) {
            var view = new LinkedHashMap<String, Object>();
            view.put("time_at_that_pace", Durations.clock(record.timeS()));
            view.put("run", brief(record.run(), units));
            content.put(record.race().replace(' ', '_'), view);
            cited.add(record.run());
        }
        var longest = activities.search(scope.athleteId(), new ActivityFilter(ChatTools.sportTypes("Run"),
                from, to, null, null, null, null, null, null, null, null, ActivityFilter.Order.LONGEST, 1));
        longest.activities().stream().findFirst().ifPresent(run -> {
            content.put("longest_run", brief(run, units));
            cited.add(run);
        });
        return new Result(content, cited, false);
    }

    private Result recall(AthleteScope scope, Arguments args, Units units) {
        var query = args.text("query");
        if (query == null) {
            throw new BadArgument("query is required");
        }
        var hits = tools.recall(scope, query, args.integer("limit", 3, 1, 5));
        var found = hits.stream().map(hit -> hit.activity()).toList();
        return new Result(Map.of("activities", found.stream().map(a -> activity(a, units)).toList()), found, false);
    }

    private Result analysis(AthleteScope scope, Arguments args) {
        var focus = args.text("focus");
        var area = switch (focus == null ? "" : focus) {
            case "performance" -> FocusArea.PERFORMANCE;
            case "goal" -> FocusArea.GOAL;
            case "pace" -> FocusArea.PACE;
            case "workout" -> FocusArea.WORKOUT;
            case "all" -> FocusArea.ALL;
            default -> throw new BadArgument("focus must be performance, goal, pace, workout or all");
        };
        var report = tools.analysis(scope, area);
        var content = new LinkedHashMap<String, Object>();
        content.put("as_of", report.asOf().toString());
        content.put("units", report.units());
        put(content, "performance", compactPerformance(report.performanceMetrics()));
        put(content, "goal", report.goalAssessment());
        put(content, "paces", compactPaces(report.paceZones()));
        put(content, "plan", compactPlan(report.workoutPlan()));
        put(content, "synthesis", report.synthesis());
        return new Result(content, List.of(), false);
    }

    /** The part as the API shows it, less what only repeats it in words (the model writes its own). */
    private void put(Map<String, Object> content, String key, Object part) {
        if (part == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        var tree = (Map<String, Object>) json.convertValue(part, Map.class);
        tree.remove("narrative");
        content.put(key, tree);
    }

    private static Object compactPerformance(CoachReport.PerformanceMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        var compact = new LinkedHashMap<String, Object>();
        compact.put("distance_unit", metrics.distanceUnit());
        compact.put("weekly_average", metrics.weeklyMileage());
        compact.put("current_week", metrics.currentWeek());
        compact.put("four_week_average", metrics.fourWeekAverage());
        compact.put("twelve_week_average", metrics.twelveWeekAverage());
        compact.put("avg_pace", metrics.avgPace());
        compact.put("consistency_score", metrics.consistencyScore());
        compact.put("mileage_trend", metrics.trends().mileage().direction());
        compact.put("pace_trend", metrics.trends().pace().verdict());
        var load = metrics.trainingLoad();
        compact.put("training_load", Map.of("ctl", load.ctl(), "atl", load.atl(), "tsb", load.tsb(),
                "acwr", load.acwr()));
        compact.put("runs_in_window", metrics.runsInWindow());
        compact.put("distance_in_window", metrics.distanceInWindow());
        compact.put("best_efforts", metrics.bestEfforts().stream().map(e -> Map.of("distance", e.distance(),
                "time", e.time(), "pace", e.pace(), "date", e.date().toString())).toList());
        return compact;
    }

    /** The zones as paces in the athlete's units and heart-rate bands; the seconds per km only repeat them. */
    private static Object compactPaces(CoachReport.PaceZones paces) {
        if (paces == null) {
            return null;
        }
        var compact = new LinkedHashMap<String, Object>();
        compact.put("unit", paces.unit());
        paces.zones().forEach(zone -> compact.put(zone.name(), zone.pace()));
        compact.put("heart_rate_zones", paces.heartRateZones().stream().map(zone -> zone.name() + " "
                + zone.minBpm() + "-" + zone.maxBpm()).toList());
        compact.put("based_on", paces.basedOn());
        return compact;
    }

    /** The plan's days (rest days only by date), the weekly targets and the reasons. */
    private static Object compactPlan(CoachReport.WorkoutPlan plan) {
        if (plan == null) {
            return null;
        }
        var compact = new LinkedHashMap<String, Object>();
        compact.put("distance_unit", plan.distanceUnit());
        compact.put("this_week_target", plan.thisWeekTarget());
        compact.put("next_week_target", plan.nextWeekTarget());
        compact.put("this_week", plan.thisWeek().stream().map(LlmTools::planDay).toList());
        compact.put("next_week", plan.nextWeek().stream().map(LlmTools::planDay).toList());
        compact.put("reasoning", plan.reasoning());
        return compact;
    }

    private static String planDay(CoachReport.PlanDay day) {
        var text = day.date() + " " + day.day() + ": " + day.type();
        if (day.type().equals("rest")) {
            return text;
        }
        return text + ", " + day.distance() + ", " + day.description()
                + (day.paceTarget() == null ? "" : " at " + day.paceTarget());
    }

    private Result goals(AthleteScope scope, Units units) {
        var list = goals.list(scope.athleteId(), null).stream().map(goal -> goal(goal, units)).toList();
        return new Result(Map.of("goals", list), List.of(), false);
    }

    private static Map<String, Object> goal(Goal goal, Units units) {
        var race = goal.race();
        var view = new LinkedHashMap<String, Object>();
        view.put("description", race.description());
        view.put("distance", new Distance(race.distanceM()).format(units));
        if (race.targetTimeS() != null) {
            view.put("target_time", Durations.clock(race.targetTimeS()));
        }
        if (race.raceDate() != null) {
            view.put("race_date", race.raceDate().toString());
        }
        view.put("priority", race.priority().name());
        view.put("status", goal.status().code());
        return view;
    }

    /** An activity as the model reads it: figures in the athlete's units, name and description as quoted text. */
    static Map<String, Object> activity(Activity activity, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", activity.id());
        var start = activity.startDateLocal();
        view.put("date", start.toLocalDate().toString());
        view.put("weekday", start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
        view.put("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        view.put("name", activity.name());
        view.put("sport", activity.sportType());
        view.put("distance", new Distance(activity.distanceM()).format(units));
        view.put("moving_time", Durations.clock(activity.movingTimeS()));
        if (activity.isFootSport()) {
            Pace.of(activity.distanceM(), activity.movingTimeS()).ifPresent(p -> view.put("pace", p.format(units)));
        }
        if (activity.averageHeartrate() != null) {
            view.put("avg_hr", Math.round(activity.averageHeartrate()));
        }
        if (activity.elevationGainM() != null) {
            view.put("climb_m", Math.round(activity.elevationGainM()));
        }
        if (activity.description() != null && !activity.description().isBlank()) {
            var text = activity.description().strip();
            view.put("description", text.length() > DESCRIPTION_CHARS ? text.substring(0, DESCRIPTION_CHARS) + "…"
                    : text);
        }
        return view;
    }

    /** An activity named for a record: what identifies it and its figures. */
    private static Map<String, Object> brief(Activity activity, Units units) {
        var view = activity(activity, units);
        view.keySet().retainAll(List.of("id", "date", "name", "distance", "moving_time", "pace"));
        return view;
    }

    static Map<String, Object> totals(PeriodTotals.Totals totals, Units units) {
        var view = new LinkedHashMap<String, Object>();
        view.put("count", totals.count());
        view.put("distance", new Distance(totals.distanceM()).format(units));
        view.put("moving_time", Durations.clock(totals.movingTimeS()));
        Pace.of(totals.distanceM(), (int) totals.movingTimeS()).ifPresent(p -> view.put("avg_pace", p.format(units)));
        view.put("climb_m", Math.round(totals.elevationGainM()));
        return view;
    }

    /** The model's arguments, read strictly: a value of the wrong kind is refused, an unknown name ignored. */
    private record Arguments(JsonNode node) {
        String text(String name) {
            var value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw new BadArgument(name + " must be a string");
            }
            var text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }

        Double number(String name) {
            var value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber() || value.doubleValue() < 0 || !Double.isFinite(value.doubleValue())) {
                throw new BadArgument(name + " must be a non-negative number");
            }
            return value.doubleValue();
        }

        Double kilometres(String name) {
            var km = number(name);
            return km == null ? null : km * 1000;
        }

        int integer(String name, int fallback, int least, int most) {
            var value = number(name);
            if (value == null) {
                return fallback;
            }
            if (value != Math.rint(value) || value < least || value > most) {
                throw new BadArgument(name + " must be a whole number from " + least + " to " + most);
            }
            return value.intValue();
        }

        LocalDate date(String name) {
            var text = text(name);
            if (text == null) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new BadArgument(name + " must be a date YYYY-MM-DD");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new BadArgument(name + " must be between " + EARLIEST + " and " + LATEST);
            }
            return date;
        }

        LocalDate requiredDate(String name) {
            var date = date(name);
            if (date == null) {
                throw new BadArgument(name + " is required");
            }
            return date;
        }

        /** The chat's sport words as the offline engine uses them: "Run" is every kind of run. */
        String sport() {
            var text = text("sport");
            if (text == null || text.equalsIgnoreCase("any") || text.equalsIgnoreCase("all")) {
                return null;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "run", "runs", "running" -> "Run";
                case "ride", "rides", "cycling", "bike" -> "Ride";
                case "walk", "walks", "walking" -> "Walk";
                case "hike", "hikes", "hiking" -> "Hike";
                case "swim", "swims", "swimming" -> "Swim";
                default -> text;
            };
        }

        ActivityFilter.Order order() {
            var text = text("sort");
            if (text == null) {
                return ActivityFilter.Order.NEWEST;
            }
            return switch (text) {
                case "newest" -> ActivityFilter.Order.NEWEST;
                case "oldest" -> ActivityFilter.Order.OLDEST;
                case "longest" -> ActivityFilter.Order.LONGEST;
                case "shortest" -> ActivityFilter.Order.SHORTEST;
                case "longest_time" -> ActivityFilter.Order.LONGEST_TIME;
                case "fastest" -> ActivityFilter.Order.FASTEST;
                case "slowest" -> ActivityFilter.Order.SLOWEST;
                case "most_climb" -> ActivityFilter.Order.MOST_CLIMB;
                case "highest_hr" -> ActivityFilter.Order.HIGHEST_HEARTRATE;
                default -> throw new BadArgument("sort " + text + " is not one of the listed orders");
            };
        }
    }
}
