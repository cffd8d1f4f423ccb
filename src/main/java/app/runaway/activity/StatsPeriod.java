package app.runaway.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The calendar buckets of the stats endpoint; weeks start on Monday (ISO 8601). */
public enum StatsPeriod {
    WEEK, MONTH, YEAR;

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** The unit PostgreSQL's date_trunc takes; its 'week' is the ISO week, starting on Monday. */
    String truncation() {
        return name().toLowerCase();
    }
}
