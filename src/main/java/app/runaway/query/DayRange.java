package app.runaway.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A stretch of the athlete's own calendar days, both ends included; a null end is unbounded. Which day an activity
 * belongs to is decided by its local start, so "March 2024" means the runner's March, not UTC's.
 */
public record DayRange(LocalDate from, LocalDate to) {
    public static final DayRange ALL_TIME = new DayRange(null, null);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    public DayRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a range ends on or after its first day");
        }
    }

    public static DayRange of(LocalDate from, LocalDate to) {
        return new DayRange(from, to);
    }

    public static DayRange day(LocalDate day) {
        return new DayRange(day, day);
    }

    public boolean isAllTime() {
        return from == null && to == null;
    }

    /** Days in the range, both ends counted; only for a bounded range. */
    public long days() {
        if (from == null || to == null) {
            throw new IllegalStateException("an unbounded range has no number of days");
        }
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range with both ends set, unbounded ends taken from the given days. */
    public DayRange boundedBy(LocalDate first, LocalDate last) {
        return new DayRange(from != null ? from : first, to != null ? to : last);
    }

    /** "Mar 1, 2024 to Mar 31, 2024", "since Jun 1, 2024", "all time". */
    public String describe() {
        if (isAllTime()) {
            return "all time";
        }
        if (from == null) {
            return "up to " + DAY.format(to);
        }
        if (to == null) {
            return "since " + DAY.format(from);
        }
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " to " + DAY.format(to);
    }
}
