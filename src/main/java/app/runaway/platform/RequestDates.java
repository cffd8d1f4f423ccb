package app.runaway.platform;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar date sent by a client (`2027-04-18`), refused with a 400 naming the field when it is not one, or lies
 * outside the years a runner's calendar can mean (1900-9999; PostgreSQL and the coach's arithmetic stay safe).
 */
public final class RequestDates {
    private RequestDates() {
    }

    /** The date in a JSON value (a text), or {@code fallback} when the value is null. */
    public static LocalDate parse(String field, Object value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof String text) {
            try {
                var date = LocalDate.parse(text.strip());
                if (date.getYear() >= 1900 && date.getYear() <= 9999) {
                    return date;
                }
            } catch (DateTimeException invalid) {
                // answered below
            }
        }
        throw new InvalidInputException(field, "must be a date from 1900 to 9999 such as 2027-04-18");
    }

    public static LocalDate parse(String field, Object value) {
        var date = parse(field, value, null);
        if (date == null) {
            throw new InvalidInputException(field, "must be a date such as 2027-04-18");
        }
        return date;
    }
}
