package app.runaway.chat.offline;

import app.runaway.query.DayRange;

/**
 * A period a question names, as days and as words that always carry the year, so that a reading is visible at a
 * glance: "in March 2024", "on Nov 16, 2024", "this week (Nov 30 to Dec 1, 2026)".
 *
 * @param phrase   how the answer names it, after a noun: "runs in March 2024"
 * @param position the index of its first word in the question (two periods are compared in the order asked)
 * @param calendar what kind of calendar period it is, when it is one ("month" for "last month"), for "vs the one before"
 * @param yearImplied the question wrote no year for it ("in March", "in the spring"): the latest one that has begun
 *                    was taken, which a history that ended before it cannot answer for (the runner may mean another)
 */
record NamedPeriod(DayRange days, String phrase, int position, Calendar calendar, boolean yearImplied) {

    enum Calendar { DAY, WEEK, MONTH, QUARTER, YEAR, OTHER }

    NamedPeriod(DayRange days, String phrase, int position, Calendar calendar) {
        this(days, phrase, position, calendar, false);
    }

    /** The same period with its year marked as implied. */
    NamedPeriod withYearImplied() {
        return new NamedPeriod(days, phrase, position, calendar, true);
    }

    /** The period as a noun, to start a sentence or follow "or": "March 2024", "the last 3 months (...)". */
    String name() {
        return phrase.replaceFirst("^(in|on|from) ", "");
    }

    /** The same kind of period just before this one: last month for this month, 2023 for 2024. */
    NamedPeriod previous() {
        var from = days.from();
        var to = days.to();
        return switch (calendar) {
            case DAY -> PeriodReader.day(from.minusDays(1), position);
            case WEEK -> PeriodReader.week(from.minusWeeks(1), position);
            case MONTH -> PeriodReader.month(from.minusMonths(1).withDayOfMonth(1), position);
            case QUARTER -> PeriodReader.quarter(from.minusMonths(3), position);
            case YEAR -> PeriodReader.year(from.getYear() - 1, position);
            case OTHER -> {
                var length = days.days();
                yield new NamedPeriod(DayRange.of(from.minusDays(length), to.minusDays(length)),
                        "the " + length + " days before (" + DayRange.of(from.minusDays(length),
                        to.minusDays(length)).describe() + ")", position, Calendar.OTHER);
            }
        };
    }
}
