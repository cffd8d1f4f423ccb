package app.runaway.activity;

import app.runaway.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A time filter as a client writes it: an instant (`2024-05-01T06:00:00Z`, or epoch seconds as Strava's API takes
 * them), or an athlete-local date or date-time (`2024-05-01`, `2024-05-01T06:00`).
 */
record TimeBound(Instant instant, LocalDateTime local) {

    /** PostgreSQL's timestamps end in the year 294276; a runner's history lies well within these. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

    static TimeBound parse(String field, String text) {
        var bound = read(field, text);
        var local = bound.local() != null ? bound.local()
                : bound.instant() != null ? LocalDateTime.ofInstant(bound.instant(), java.time.ZoneOffset.UTC) : null;
        if (local != null && (local.isBefore(EARLIEST) || local.isAfter(LATEST))) {
            throw new InvalidInputException(field, "must lie between the years 1 and 9999");
        }
        return bound;
    }

    private static TimeBound read(String field, String text) {
        if (text == null || text.isBlank()) {
            return new TimeBound(null, null);
        }
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return new TimeBound(Instant.ofEpochSecond(Long.parseLong(text)), null);
            }
            if (text.length() == 10) {
                return new TimeBound(null, LocalDate.parse(text).atStartOfDay());
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return new TimeBound(OffsetDateTime.parse(text).toInstant(), null);
            }
            return new TimeBound(null, LocalDateTime.parse(text));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidInputException(field,
                    "must be a date (2024-05-01), a local date-time (2024-05-01T06:00), an instant "
                            + "(2024-05-01T06:00:00Z) or epoch seconds");
        }
    }
}
