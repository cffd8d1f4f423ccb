package app.runaway.chat;

/**
 * What a runner asked, as the offline engine understands it. The sport is a family ("run" covers road, trail and
 * virtual runs) or null for every sport; distances are metres whatever unit the question used.
 */
sealed interface Question {
    record Longest(String sport, Period period) implements Question {
    }

    record LastOver(String sport, double metres, String asWritten) implements Question {
    }

    record Latest(String sport) implements Question {
    }

    record First(String sport) implements Question {
    }

    record Fastest(String sport, Double distanceM, String distanceName, Period period) implements Question {
    }

    record Total(String sport, Period period) implements Question {
    }

    record Count(String sport, Period period) implements Question {
    }

    record Compare(String sport, Period first, Period second) implements Question {
    }

    /** An average over a period: pace, distance per activity, or distance per week. */
    record Average(String sport, Period period, Measure measure) implements Question {
        enum Measure { PACE, DISTANCE, WEEKLY_DISTANCE }
    }

    /** Fuzzy recall: "find my run in the rain", "the hilly trail run with Anna". */
    record Recall(String text) implements Question {
    }

    /** Personal records: the fastest run at each race distance, all time or in a period. */
    record Records(Period period) implements Question {
    }

    record HowAmIDoing() implements Question {
    }

    record PlanMyWeek() implements Question {
    }

    record NotUnderstood() implements Question {
    }
}
