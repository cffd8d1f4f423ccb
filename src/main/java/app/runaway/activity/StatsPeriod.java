package app.runaway.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar buckets of the athlete's local days; weeks start on Monday (ISO 8601). */
public enum StatsPeriod {
    DAY, WEEK, MONTH, YEAR;

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** The calendar unit of one bucket. */
    public java.time.temporal.ChronoUnit unit() {
        return switch (this) {
            case DAY -> java.time.temporal.ChronoUnit.DAYS;
            case WEEK -> java.time.temporal.ChronoUnit.WEEKS;
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS;
            case YEAR -> java.time.temporal.ChronoUnit.YEARS;
        };
    }

    /** The unit PostgreSQL's date_trunc takes; its 'week' is the ISO week, starting on Monday. */
    String truncation() {
        return name().toLowerCase();
    }
}
