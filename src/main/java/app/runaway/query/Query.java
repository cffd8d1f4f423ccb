package app.runaway.query;

import app.runaway.activity.ActivityFilter;
import app.runaway.activity.StatsPeriod;
import java.time.LocalDate;

/**
 * A question Runaway answers exactly, as a typed value: the offline engine reads one from a runner's words, a
 * model builds one through a tool call, the MCP server and the web app through their arguments. Every query is run
 * for one {@link AthleteScope} by {@link QueryCatalogue}.
 */
public sealed interface Query {

    /** Activities matching a selection, in an order ("longest", "newest"), with how many match in all. */
    record FindActivities(Selection selection, ActivityFilter.Order order, int limit) implements Query {
    }

    /** What the selected activities add up to, optionally per day, week, month or year. */
    record SumActivities(Selection selection, StatsPeriod groupBy) implements Query {
    }

    /** The same selection over two periods, side by side. */
    record ComparePeriods(Selection selection, DayRange first, DayRange second) implements Query {
    }

    /** The days, weeks, months or years with the most (or least) of a measure: "my biggest week". */
    record RankPeriods(Selection selection, StatsPeriod bucket, Measure measure, boolean highest, int limit)
            implements Query {
    }

    /** The fastest run of at least 5k, 10k, half and marathon, and the longest run, within the days. */
    record PersonalRecords(DayRange days) implements Query {
    }

    /** Activities closest in meaning to a description ("the run in the rain with Anna"). */
    record RecallActivities(String text, int limit) implements Query {
    }

    /**
     * One of the coach's answers, as of a day (null: today in the athlete's calendar) over a window of days (null:
     * the coach's default, 90), as {@code POST /analyze} takes them.
     */
    record AskCoach(CoachTopic topic, LocalDate asOf, Integer timeframeDays) implements Query {
        /** Today's answer over the default window. */
        public AskCoach(CoachTopic topic) {
            this(topic, null, null);
        }
    }

    /** The athlete's race goals. */
    record ListGoals() implements Query {
    }
}
