package app.runaway.query;

import app.runaway.activity.ActivityFilter.Order;
import app.runaway.activity.StatsPeriod;
import app.runaway.analysis.AnalysisService;
import app.runaway.athlete.Units;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The query catalogue as tools: each with a name, a description, typed parameters (from which a JSON schema is
 * made), a reading of its arguments into a {@link Query}, and its result as {@link ResultViews} gives it. A
 * language model's tool calls and the MCP server both go through here; no tool takes an athlete: the scope is always
 * the caller's, and an athlete id in the arguments is ignored like any unknown argument.
 */
@Component
public class QueryTools {
    public static final int MOST_ACTIVITIES = 20;
    private static final int MOST_BUCKETS = 60;
    /** The days a caller may name: wide enough for any training log, narrow enough for every date calculation. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public enum Type { STRING, NUMBER, INTEGER, BOOLEAN }

    /** One argument a tool takes. */
    public record Parameter(String name, Type type, String description, List<String> choices, boolean required) {
        static Parameter of(String name, Type type, String description) {
            return new Parameter(name, type, description, List.of(), false);
        }

        static Parameter choice(String name, String description, List<String> choices) {
            return new Parameter(name, Type.STRING, description, choices, false);
        }

        Parameter needed() {
            return new Parameter(name, type, description, choices, true);
        }
    }

    /** What kind of use a tool serves, for offering a model only the tools a question needs. */
    public enum Purpose { LOOKUP, RECALL, COACHING }

    public record Tool(String name, String description, List<Parameter> parameters, Purpose purpose,
                       Function<Arguments, Query> read) {
    }

    /** A call's outcome: the result's view and the activities it shows, or why the arguments were refused. */
    public record Outcome(Map<String, Object> content, QueryResult result, String refusal) {
        public static Outcome refused(String why) {
            return new Outcome(Map.of("error", why), null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private static final String DATE = "a day, YYYY-MM-DD, in the athlete's calendar; inclusive";

    private static final List<Parameter> SELECTION = List.of(
            Parameter.of("sport", Type.STRING, Sports.argumentHelp()),
            Parameter.of("min_km", Type.NUMBER, "at least this distance, km (1 mile = 1.609344 km)"),
            Parameter.of("max_km", Type.NUMBER, "at most this distance, km"),
            Parameter.of("faster_than_s_per_km", Type.NUMBER, "average pace faster than this, seconds per km"),
            Parameter.of("slower_than_s_per_km", Type.NUMBER, "average pace slower than this, seconds per km"),
            Parameter.of("min_avg_hr", Type.NUMBER, "average heart rate at least, bpm"),
            Parameter.of("max_avg_hr", Type.NUMBER, "average heart rate at most, bpm"),
            Parameter.of("min_climb_m", Type.NUMBER, "elevation gain at least, metres"),
            Parameter.of("min_minutes", Type.NUMBER, "moving time at least, minutes"),
            Parameter.of("max_minutes", Type.NUMBER, "moving time at most, minutes"),
            Parameter.of("text", Type.STRING, "words of the name or description"),
            Parameter.of("races_only", Type.BOOLEAN, "only activities tagged as races"));

    private static final List<Parameter> DAYS = List.of(Parameter.of("from", Type.STRING, DATE),
            Parameter.of("to", Type.STRING, DATE));

    /** The coach's answers are for a day and the window of days before it, as {@code POST /analyze} takes them. */
    private static final List<Parameter> COACH = List.of(
            Parameter.of("as_of", Type.STRING, "the last day analysed, YYYY-MM-DD in the athlete's calendar; "
                    + "default today"),
            Parameter.of("timeframe_days", Type.INTEGER, "days analysed up to as_of, 7-3650, default "
                    + AnalysisService.DEFAULT_TIMEFRAME_DAYS));

    private final QueryCatalogue catalogue;
    private final List<Tool> tools = List.of(
            new Tool("find_activities", "Activities matching filters, in an order, with the count of all matches.",
                    with(DAYS, SELECTION, List.of(
                            Parameter.choice("sort", "default newest", List.of("newest", "oldest", "longest",
                                    "shortest", "longest_time", "fastest", "slowest", "most_climb", "highest_hr",
                                    "most_calories")),
                            Parameter.of("limit", Type.INTEGER, "1-" + MOST_ACTIVITIES + ", default 5"))),
                    Purpose.LOOKUP, QueryTools::findActivities),
            new Tool("activity_totals", "Count, distance, moving time, pace, climb, heart rate and active days of "
                    + "the matching activities between two days, with averages per activity, per week and per month; "
                    + "optionally per day, week (from Monday), month or year.",
                    with(List.of(DAYS.get(0).needed(), DAYS.get(1).needed()), SELECTION, List.of(
                            Parameter.choice("group_by", "default none", List.of("none", "day", "week", "month",
                                    "year")))),
                    Purpose.LOOKUP, QueryTools::activityTotals),
            new Tool("compare_periods", "The totals of the matching activities in two periods, side by side, with "
                    + "the differences.",
                    with(List.of(Parameter.of("first_from", Type.STRING, DATE).needed(),
                            Parameter.of("first_to", Type.STRING, DATE).needed(),
                            Parameter.of("second_from", Type.STRING, DATE).needed(),
                            Parameter.of("second_to", Type.STRING, DATE).needed()), SELECTION, List.of()),
                    Purpose.LOOKUP, QueryTools::comparePeriods),
            new Tool("rank_periods", "The days, weeks, months or years with the most (or least) of a measure, e.g. "
                    + "the biggest week by distance.",
                    with(DAYS, SELECTION, List.of(
                            Parameter.choice("bucket", "what to rank", List.of("day", "week", "month", "year"))
                                    .needed(),
                            Parameter.choice("measure", "default distance", List.of("count", "distance",
                                    "moving_time", "elevation_gain", "average_heartrate", "pace", "days_active",
                                    "calories")),
                            Parameter.choice("order", "default highest", List.of("highest", "lowest")),
                            Parameter.of("limit", Type.INTEGER, "1-20, default 3"))),
                    Purpose.LOOKUP, QueryTools::rankPeriods),
            new Tool("personal_records", "The fastest run of at least 5k, 10k, half marathon and marathon (timed at "
                    + "its whole-run pace over the race distance) and the longest run, between two days.", DAYS,
                    Purpose.LOOKUP, args -> new Query.PersonalRecords(DayRange.of(args.date("from"),
                    args.date("to")))),
            new Tool("recall_activities", "Activities closest in meaning to a description (weather, place, company, "
                    + "mood, route).", List.of(Parameter.of("query", Type.STRING, "the description").needed(),
                    Parameter.of("limit", Type.INTEGER, "1-5, default 3")),
                    Purpose.RECALL, args -> new Query.RecallActivities(args.requiredText("query"),
                    args.integer("limit", 3, 1, 5))),
            new Tool("coach_overview", "The coach's assessment of training as of a day (default today): weekly "
                    + "volume, trends, training load, priorities.", COACH, Purpose.COACHING,
                    args -> coach(args, CoachTopic.OVERVIEW)),
            new Tool("race_predictions", "The athlete's VDOT (from their best recent race or hard run) and predicted "
                    + "race times.", COACH, Purpose.COACHING, args -> coach(args, CoachTopic.PREDICTIONS)),
            new Tool("training_paces", "Training paces (easy, marathon, threshold, interval, repetition) and "
                    + "heart-rate zones.", COACH, Purpose.COACHING, args -> coach(args, CoachTopic.PACES)),
            new Tool("goal_readiness", "How the athlete stands against their race goal: feasibility, predicted "
                    + "time, days to go.", COACH, Purpose.COACHING, args -> coach(args, CoachTopic.READINESS)),
            new Tool("training_plan", "This week's and next week's planned sessions, with the reasons.", COACH,
                    Purpose.COACHING, args -> coach(args, CoachTopic.PLAN)),
            new Tool("goals", "The athlete's race goals.", List.of(), Purpose.COACHING, args -> new Query.ListGoals()));

    QueryTools(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Tool> tools() {
        return tools;
    }

    public Optional<Tool> tool(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Runs a tool for the scope's athlete; bad arguments are refused with the reason, never an exception. */
    public Outcome call(AthleteScope scope, String name, JsonNode arguments, Units units) {
        var tool = tool(name == null ? "" : name);
        if (tool.isEmpty()) {
            return Outcome.refused("no tool named " + name);
        }
        if (arguments == null || !arguments.isObject()) {
            return Outcome.refused("arguments must be a JSON object");
        }
        Query query;
        try {
            query = tool.get().read().apply(new Arguments(arguments));
        } catch (BadArgument e) {
            return Outcome.refused(e.getMessage());
        }
        var result = catalogue.run(scope, query);
        var content = new LinkedHashMap<String, Object>(ResultViews.of(result, units));
        return new Outcome(content, result, null);
    }

    /** A tool's parameters as a JSON schema (draft 2020-12 object), for clients that take one. */
    public static Map<String, Object> jsonSchema(Tool tool) {
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (var parameter : tool.parameters()) {
            var property = new LinkedHashMap<String, Object>();
            property.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
            property.put("description", parameter.description());
            if (!parameter.choices().isEmpty()) {
                property.put("enum", parameter.choices());
            }
            properties.put(parameter.name(), property);
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    // ---- reading arguments ----

    private static Query findActivities(Arguments args) {
        var order = switch (args.text("sort") == null ? "newest" : args.text("sort")) {
            case "newest" -> Order.NEWEST;
            case "oldest" -> Order.OLDEST;
            case "longest" -> Order.LONGEST;
            case "shortest" -> Order.SHORTEST;
            case "longest_time" -> Order.LONGEST_TIME;
            case "fastest" -> Order.FASTEST;
            case "slowest" -> Order.SLOWEST;
            case "most_climb" -> Order.MOST_CLIMB;
            case "highest_hr" -> Order.HIGHEST_HEARTRATE;
            case "most_calories" -> Order.MOST_CALORIES;
            default -> throw new BadArgument("sort must be one of the listed orders");
        };
        return new Query.FindActivities(args.selection(args.days("from", "to")), order,
                args.integer("limit", 5, 1, MOST_ACTIVITIES));
    }

    private static Query activityTotals(Arguments args) {
        var days = args.days("from", "to");
        if (days.from() == null || days.to() == null) {
            throw new BadArgument("from and to are required");
        }
        var groupBy = args.bucket("group_by", true);
        if (groupBy != null && groupBy.unit().between(groupBy.startOf(days.from()), days.to()) + 1 > MOST_BUCKETS) {
            throw new BadArgument("more than " + MOST_BUCKETS + " groups: ask for a coarser group_by or a shorter span");
        }
        return new Query.SumActivities(args.selection(days), groupBy);
    }

    private static Query comparePeriods(Arguments args) {
        var first = args.days("first_from", "first_to");
        var second = args.days("second_from", "second_to");
        if (first.from() == null || first.to() == null || second.from() == null || second.to() == null) {
            throw new BadArgument("first_from, first_to, second_from and second_to are required");
        }
        return new Query.ComparePeriods(args.selection(DayRange.ALL_TIME), first, second);
    }

    private static Query rankPeriods(Arguments args) {
        var bucket = args.bucket("bucket", false);
        Measure measure;
        try {
            measure = Measure.fromCode(args.text("measure") == null ? "distance" : args.text("measure"));
        } catch (IllegalArgumentException e) {
            throw new BadArgument("measure must be one of the listed measures");
        }
        var order = args.text("order") == null ? "highest" : args.text("order");
        if (!order.equals("highest") && !order.equals("lowest")) {
            throw new BadArgument("order must be highest or lowest");
        }
        return new Query.RankPeriods(args.selection(args.days("from", "to")), bucket, measure,
                order.equals("highest"), args.integer("limit", 3, 1, 20));
    }

    private static Query coach(Arguments args, CoachTopic topic) {
        Integer timeframe = args.number("timeframe_days") == null ? null
                : args.integer("timeframe_days", AnalysisService.DEFAULT_TIMEFRAME_DAYS, 7, 3650);
        return new Query.AskCoach(topic, args.date("as_of"), timeframe);
    }

    @SafeVarargs
    private static List<Parameter> with(List<Parameter>... groups) {
        var all = new ArrayList<Parameter>();
        for (var group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    /** An argument the tool cannot use; the caller is told why and may try again. */
    static final class BadArgument extends RuntimeException {
        BadArgument(String message) {
            super(message, null, false, false);
        }
    }

    /** A call's arguments, read strictly: a value of the wrong kind is refused, an unknown name ignored. */
    public record Arguments(JsonNode node) {
        String text(String name) {
            var value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw new BadArgument(name + " must be a string");
            }
            var text = value.stringValue().strip();
            if (text.length() > 500) {
                throw new BadArgument(name + " is too long");
            }
            return text.isEmpty() ? null : text;
        }

        String requiredText(String name) {
            var text = text(name);
            if (text == null) {
                throw new BadArgument(name + " is required");
            }
            return text;
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

        boolean flag(String name) {
            var value = node.get(name);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                throw new BadArgument(name + " must be true or false");
            }
            return value.booleanValue();
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

        DayRange days(String fromName, String toName) {
            var from = date(fromName);
            var to = date(toName);
            if (from != null && to != null && to.isBefore(from)) {
                throw new BadArgument(toName + " is before " + fromName);
            }
            return DayRange.of(from, to);
        }

        StatsPeriod bucket(String name, boolean optional) {
            var text = text(name);
            if (text == null || text.equals("none")) {
                if (optional) {
                    return null;
                }
                throw new BadArgument(name + " is required");
            }
            return switch (text) {
                case "day" -> StatsPeriod.DAY;
                case "week" -> StatsPeriod.WEEK;
                case "month" -> StatsPeriod.MONTH;
                case "year" -> StatsPeriod.YEAR;
                default -> throw new BadArgument(name + " must be day, week, month or year");
            };
        }

        Selection selection(DayRange days) {
            var sport = text("sport");
            var sports = Sports.fromArgument(sport).orElseThrow(() -> new BadArgument("sport " + sport
                    + " is not a sport; use " + Sports.argumentHelp()));
            var minutesMin = number("min_minutes");
            var minutesMax = number("max_minutes");
            return new Selection(sport == null ? Sports.RUNS : sports, days, kilometres("min_km"),
                    kilometres("max_km"), number("slower_than_s_per_km"), number("faster_than_s_per_km"),
                    number("min_avg_hr"), number("max_avg_hr"), number("min_climb_m"),
                    minutesMin == null ? null : (int) Math.round(minutesMin * 60),
                    minutesMax == null ? null : (int) Math.round(minutesMax * 60), text("text"), flag("races_only"));
        }

        private Double kilometres(String name) {
            var km = number(name);
            return km == null ? null : km * 1000;
        }
    }
}
