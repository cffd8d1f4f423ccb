package app.runaway.chat.llm;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityReader;
import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.Units;
import app.runaway.chat.AthleteMemory;
import app.runaway.goal.Goals;
import app.runaway.llm.TokenCount;
import app.runaway.query.AthleteScope;
import app.runaway.query.DayRange;
import app.runaway.query.Query;
import app.runaway.query.QueryCatalogue;
import app.runaway.query.QueryResult;
import app.runaway.query.ResultViews;
import app.runaway.query.Selection;
import app.runaway.query.Sports;
import app.runaway.search.SemanticSearch;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the model knows before it calls a tool: today, the athlete's units, remembered facts, goals, run totals of
 * the current and previous week, month and year, the last 14 days, and the activities closest to the question. The
 * sections go in that order until the token budget is spent (a line says how many of the 14 days' activities did not
 * fit), so a long history never crowds out the basics. The
 * athlete's own words (names, descriptions, remembered facts) are JSON-quoted: data to read, not instructions.
 */
@Component
public class PromptContext {
    static final int RECENT_DAYS = 14;
    private static final int RELEVANT = 3;
    /** Below this cosine similarity a "relevant" activity is noise (all-MiniLM-L6-v2 scale). */
    private static final double RELEVANT_SIMILARITY = 0.45;

    private final QueryCatalogue catalogue;
    private final SemanticSearch search;
    private final ActivityReader activities;
    private final AthleteMemory memory;
    private final Goals goals;
    private final JsonMapper json;

    PromptContext(QueryCatalogue catalogue, SemanticSearch search, ActivityReader activities, AthleteMemory memory,
                  Goals goals, JsonMapper json) {
        this.catalogue = catalogue;
        this.search = search;
        this.activities = activities;
        this.memory = memory;
        this.goals = goals;
        this.json = json;
    }

    /**
     * @param text   the block for the system prompt
     * @param counts what went in, for the answer's {@code context}
     * @param shown  the activities the block lists, by id, which the answer may cite
     */
    public record Built(String text, int tokens, Map<String, Object> counts, Map<Long, Activity> shown) {
    }

    public Built build(AthleteScope scope, AthleteProfile profile, LocalDate today, String question, int budget,
                boolean recall) {
        var units = profile.units();
        var counts = new LinkedHashMap<String, Object>();
        var block = new Block(budget);
        block.add("Today is " + today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + today
                + " in the athlete's time zone (" + profile.timezone().getId() + "). Units: " + units.code() + " ("
                + units.distanceUnit() + ", /" + units.distanceUnit() + ").");

        var facts = memory.facts(scope.athleteId());
        var remembered = block.section("Remembered from earlier conversations (the athlete's words):",
                facts.reversed().stream().map(f -> "- " + f.kind() + ": " + quote(f.text())).toList());
        counts.put("memory_facts", remembered);

        var goalLines = goals.list(scope.athleteId(), app.runaway.goal.Goal.GoalStatus.ACTIVE).stream()
                .map(g -> "- " + quote(g.race().description()) + (g.raceDate() == null ? "" : " on " + g.raceDate()))
                .toList();
        counts.put("goals", block.section("Active goals:", goalLines));

        var weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var monthStart = today.withDayOfMonth(1);
        var periods = new LinkedHashMap<String, DayRange>();
        periods.put("this week (from " + weekStart + ")", DayRange.of(weekStart, today));
        periods.put("last week", DayRange.of(weekStart.minusWeeks(1), weekStart.minusDays(1)));
        periods.put("this month", DayRange.of(monthStart, today));
        periods.put("last month", DayRange.of(monthStart.minusMonths(1), monthStart.minusDays(1)));
        periods.put("this year", DayRange.of(today.withDayOfYear(1), today));
        var totals = new ArrayList<String>();
        periods.forEach((label, days) -> {
            var summed = (QueryResult.Summed) catalogue.run(scope, new Query.SumActivities(
                    Selection.of(Sports.RUNS, days), null));
            var view = ResultViews.totals(summed.total(), units);
            totals.add("- " + label + ": " + summed.total().count() + " runs " + view.get(ResultViews.distanceKey(
                    units)) + " " + units.distanceUnit() + " " + view.get("moving_time") + pace(view, units));
        });
        counts.put("period_totals", block.section("Run totals (count, distance, moving time, pace):", totals));

        var shown = new LinkedHashMap<Long, Activity>();
        var recent = activities.between(scope.athleteId(), today.minusDays(RECENT_DAYS - 1), today).reversed();
        var recentShown = block.section("Last " + RECENT_DAYS + " days, newest first (day, sport, name, distance, "
                        + "moving time, pace, heart rate):",
                recent.stream().map(a -> "- " + line(ResultViews.activity(a, units), today, units)).toList());
        recent.stream().limit(recentShown).forEach(a -> shown.put(a.id(), a));
        if (recentShown < recent.size()) {
            // past the budget: the model knows there is more, and where to find it
            block.add("(" + (recent.size() - recentShown) + " older activities of these days: find_activities)");
        }
        counts.put("recent_activities", recentShown);

        var relevant = recall ? search.search(scope.athleteId(), question, RELEVANT).stream()
                .filter(hit -> hit.similarity() >= RELEVANT_SIMILARITY || hit.textMatch())
                .map(SemanticSearch.Hit::activity).toList() : List.<Activity>of();
        var relevantShown = block.section("Activities closest to the question:",
                relevant.stream().map(a -> "- " + line(ResultViews.activity(a, units), today, units)).toList());
        relevant.stream().limit(relevantShown).forEach(a -> shown.put(a.id(), a));
        counts.put("relevant_activities", relevantShown);
        counts.put("context_tokens", block.tokens);
        return new Built(block.text.toString().strip(), block.tokens, counts, Map.copyOf(shown));
    }

    /**
     * One activity on a line, tersely (about 25 tokens): its id to cite, local day (month-day: the year is today's
     * or the line says it), sport, the name JSON-quoted so that it cannot break out of its quotes, and the figures in
     * the athlete's units. Start times, climb and descriptions are a tool call away.
     */
    private String line(Map<String, Object> a, LocalDate today, Units units) {
        var date = LocalDate.parse((String) a.get("date"));
        var day = date.getYear() == today.getYear() ? date.toString().substring(5) : date.toString();
        var line = new StringBuilder("[#" + a.get("id") + "] " + a.get("weekday") + " " + day + " " + a.get("sport")
                + " " + quote((String) a.get("name")) + " " + a.get(ResultViews.distanceKey(units)) + " "
                + units.distanceUnit() + " " + a.get("moving_time"));
        line.append(pace(a, units));
        if (a.containsKey("avg_hr_bpm")) {
            line.append(" HR ").append(a.get("avg_hr_bpm"));
        }
        return line.toString();
    }

    private static String pace(Map<String, Object> view, Units units) {
        var pace = view.get("pace_per_" + units.distanceUnit());
        return pace == null ? "" : " " + pace + " /" + units.distanceUnit();
    }

    private String quote(String text) {
        return json.writeValueAsString(text);
    }

    /** Text under a token budget: whole lines only, a section's heading only with at least one of its lines. */
    private static final class Block {
        private final int budget;
        private final StringBuilder text = new StringBuilder();
        private int tokens;

        Block(int budget) {
            this.budget = budget;
        }

        void add(String line) {
            text.append(line).append('\n');
            tokens += TokenCount.of(line) + 1;
        }

        /** @return how many of the lines fit */
        int section(String heading, List<String> lines) {
            if (lines.isEmpty()) {
                return 0;
            }
            var headingTokens = TokenCount.of(heading) + 1;
            var added = 0;
            for (var line : lines) {
                var cost = TokenCount.of(line) + 1 + (added == 0 ? headingTokens : 0);
                if (tokens + cost > budget) {
                    break;
                }
                if (added == 0) {
                    add(heading);
                }
                add(line);
                added++;
            }
            return added;
        }
    }
}
