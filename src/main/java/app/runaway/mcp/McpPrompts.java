package app.runaway.mcp;

import app.runaway.platform.TextInput;
import app.runaway.query.QueryCatalogue;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two conversations a runner starts from a client's prompt menu. Each prompt is filled in by the server, for the
 * athlete's own calendar: the days it is about, and the figures Runaway holds for them (from the same catalogue and
 * scope as the tools), so that the model starts from exact numbers and is asked to state no others.
 */
@Component
class McpPrompts {
    static final String WEEKLY_REVIEW = "weekly_review";
    static final String PLAN_NEXT_WEEK = "plan_next_week";
    private static final int MOST_NOTE_CHARS = 1_000;
    private static final String ONLY_THESE_FIGURES = "Use only the figures below or from Runaway's tools, with their "
            + "units; state no figure they do not hold. The \"data\" block says how complete they are: if it lists "
            + "withheld activities, say so rather than guess them.";

    private final McpCallers callers;
    private final McpTools tools;
    private final QueryCatalogue catalogue;
    private final DataStatus status;
    private final McpJson json;

    McpPrompts(McpCallers callers, McpTools tools, QueryCatalogue catalogue, DataStatus status, McpJson json) {
        this.callers = callers;
        this.tools = tools;
        this.catalogue = catalogue;
        this.status = status;
        this.json = json;
    }

    List<SyncPromptSpecification> specifications() {
        var review = McpSchema.Prompt.builder(WEEKLY_REVIEW).title("Weekly review")
                .description("Review a training week against the four weeks before it, with the coach's view.")
                .arguments(List.of(McpSchema.PromptArgument.builder("week").description("any day of the week to "
                        + "review, YYYY-MM-DD; default the last complete week (Monday to Sunday)").required(false)
                        .build()))
                .build();
        var plan = McpSchema.Prompt.builder(PLAN_NEXT_WEEK).title("Plan my next week")
                .description("Next week's training, day by day, from the coach's plan and the athlete's notes.")
                .arguments(List.of(McpSchema.PromptArgument.builder("notes").description("what the week must fit "
                        + "around, in your words: days you cannot run, a race, how you feel").required(false)
                        .build()))
                .build();
        return List.of(new SyncPromptSpecification(review, (exchange, request) -> weeklyReview(exchange,
                        argument(request, "week"))),
                new SyncPromptSpecification(plan, (exchange, request) -> planNextWeek(exchange,
                        argument(request, "notes"))));
    }

    private McpSchema.GetPromptResult weeklyReview(McpSyncServerExchange exchange, String week) {
        var caller = callers.ofRequest(exchange);
        var today = catalogue.today(caller.scope());
        var monday = week == null ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                : day("week", week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.isAfter(today)) {
            throw invalid("week " + week + " has not begun (today is " + today + ")");
        }
        var sunday = monday.plusDays(6);
        var figures = new LinkedHashMap<String, Object>();
        figures.put("runs_by_day", tools.content(caller, "activity_totals", days(monday, sunday, "group_by", "day")));
        figures.put("all_sports", tools.content(caller, "activity_totals", days(monday, sunday, "sport", "all")));
        figures.put("activities", tools.content(caller, "find_activities", Map.of("from", monday.toString(),
                "to", sunday.toString(), "sport", "all", "sort", "oldest", "limit", 20)));
        figures.put("four_weeks_before_by_week", tools.content(caller, "activity_totals", days(monday.minusWeeks(4),
                monday.minusDays(1), "group_by", "week")));
        figures.put("coach_overview", tools.content(caller, "coach_overview",
                Map.of("as_of", (sunday.isAfter(today) ? today : sunday).toString())));
        figures.put(DataStatus.KEY, status.of(caller));
        var ask = "Review my training week, Monday " + monday + " to Sunday " + sunday + " (days in my calendar, "
                + caller.profile().timezone().getId() + "). In a few short paragraphs: how the week went against the "
                + "four weeks before it (volume, long run, intensity), what stood out, and what the coach suggests "
                + "next. " + ONLY_THESE_FIGURES;
        return result("Weekly review of " + monday + " to " + sunday, ask, figures);
    }

    private McpSchema.GetPromptResult planNextWeek(McpSyncServerExchange exchange, String notes) {
        var caller = callers.ofRequest(exchange);
        if (notes != null && (TextInput.problem(notes).isPresent() || notes.length() > MOST_NOTE_CHARS)) {
            throw invalid("notes " + TextInput.problem(notes).orElse("are longer than " + MOST_NOTE_CHARS
                    + " characters"));
        }
        var today = catalogue.today(caller.scope());
        var monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var figures = new LinkedHashMap<String, Object>();
        figures.put("coach_plan", tools.content(caller, "training_plan", Map.of()));
        figures.put("training_paces", tools.content(caller, "training_paces", Map.of()));
        figures.put("goals", tools.content(caller, "goals", Map.of()));
        figures.put("last_four_weeks_by_week", tools.content(caller, "activity_totals",
                days(monday.minusWeeks(4), today, "group_by", "week")));
        figures.put(DataStatus.KEY, status.of(caller));
        var ask = "Plan my training for next week, Monday " + monday + " to Sunday " + monday.plusDays(6) + ". Start "
                + "from Runaway's coach plan below (it already weighs my recent volume, my goal and my health) and "
                + "fit it to my notes"
                + (notes == null ? " (none)" : ": " + json.text(notes)) + ". Day by day: the session, its distance "
                + "or time, and its pace or heart-rate target from my training paces; then one line on why. "
                + ONLY_THESE_FIGURES;
        return result("Plan for " + monday + " to " + monday.plusDays(6), ask, figures);
    }

    private McpSchema.GetPromptResult result(String description, String ask, Map<String, Object> figures) {
        var text = ask + "\n\nWhat Runaway holds (JSON):\n" + json.text(figures);
        return new McpSchema.GetPromptResult(description, List.of(new McpSchema.PromptMessage(McpSchema.Role.USER,
                new McpSchema.TextContent(text))));
    }

    private static Map<String, Object> days(LocalDate from, LocalDate to, String key, String value) {
        return Map.of("from", from.toString(), "to", to.toString(), key, value);
    }

    private static String argument(McpSchema.GetPromptRequest request, String name) {
        var value = request.arguments() == null ? null : request.arguments().get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }

    private static LocalDate day(String name, String text) {
        try {
            var day = LocalDate.parse(text);
            if (day.getYear() >= 1900 && day.getYear() <= 2100) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw invalid(name + " must be a date YYYY-MM-DD between 1900 and 2100");
    }

    private static McpError invalid(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
    }
}
