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

    static TimeBound parse(String field, String text) {
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
