package app.runaway.chat.offline;

import app.runaway.query.Measure;
import app.runaway.query.Query;
import java.util.List;

/** What the reader made of a question: a query and how to word its answer, or why it cannot answer. */
sealed interface Reading {

    /**
     * A question understood whole.
     *
     * @param query      the exact query to run
     * @param shape      what kind of answer the runner expects
     * @param measures   what an aggregate, comparison or ranking measures, first the one asked about (empty for
     *                   other shapes)
     * @param subject    the selection in words, with its period: "runs of at least 20 km in 2024"
     * @param periods    the periods as named, in order (two for a comparison)
     * @param raceMetres the race distance a question names ("fastest 5k"), for the time at that pace, or the mark of
     *                   a {@link Shape#THRESHOLD} question; else null
     */
    record Understood(Query query, Shape shape, List<Measure> measures, String subject, List<NamedPeriod> periods,
                      Double raceMetres) implements Reading {
    }

    /** Meaningful words the reader could not use: it says what it understood and what it did not, and answers none. */
    record Unclear(List<String> unknown, String understood) implements Reading {
    }

    /** Something the reader understands but cannot answer exactly, with the reason ("that lies in the future"). */
    record Unanswerable(String reason) implements Reading {
    }

    /** Nothing in the question that Runaway answers. */
    record NotAQuestion() implements Reading {
    }

    /** The kinds of answer, each worded its own way. */
    enum Shape {
        /** One activity: the longest, the last, the first, the fastest over a distance. */
        ONE,
        /** Several activities: "my last 5 runs", "what did I do yesterday". */
        LIST,
        /** When something last (or first) happened: the date leads. */
        WHEN,
        /** A count, total or average of a measure over a selection. */
        TOTAL,
        AVERAGE_PER_ACTIVITY,
        AVERAGE_PER_WEEK,
        AVERAGE_PER_MONTH,
        /** Whether anything matches: "did I run yesterday?". */
        YES_NO,
        /** A short summary of a selection: count, distance, time. */
        SUMMARY,
        /** A total measured against a mark: "did I hit 1000 km this year?" (the mark is the race-metres field). */
        THRESHOLD,
        /** A measure per week, month or year: "distance by month in 2024". */
        BREAKDOWN,
        COMPARE,
        RANK,
        RECORDS,
        RECALL,
        COACH,
        GOALS
    }
}
