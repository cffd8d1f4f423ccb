package app.runaway.athlete;

import app.runaway.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An athlete's time zone must be an IANA region ("Europe/Stockholm") that both Java and PostgreSQL know. Offsets
 * ("+02:00", "UTC+2", "GMT-5") are refused: they ignore daylight saving, and PostgreSQL reads them the POSIX way,
 * with the sign reversed, so a day or week boundary would move by hours.
 */
final class AthleteZones {
    private static final Pattern OFFSET = Pattern.compile("(?i)^(UTC|GMT|UT)?\\s*[+-]\\d.*");

    private AthleteZones() {
    }

    static ZoneId parse(String field, Object value, Predicate<String> databaseKnows) {
        if (value instanceof String id && !id.isBlank() && !OFFSET.matcher(id.strip()).matches()) {
            try {
                var zone = ZoneId.of(id.strip());
                if (databaseKnows.test(zone.getId())) {
                    return zone;
                }
            } catch (DateTimeException unknown) {
                // answered below, with the field named
            }
        }
        throw new InvalidInputException(field, "must be an IANA time zone such as 'Europe/Stockholm'");
    }
}
