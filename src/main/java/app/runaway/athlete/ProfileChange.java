package app.runaway.athlete;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A PUT of the profile: any subset of its fields. An absent field stays as it is; an explicit null clears an
 * optional one. Each value is checked here so that a bad one answers 400 naming its field.
 */
final class ProfileChange {
    static final Set<String> FIELDS =
            Set.of("name", "units", "timezone", "birth_year", "sex", "max_heartrate", "resting_heartrate");

    private ProfileChange() {
    }

    static AthleteProfile apply(AthleteProfile current, Map<String, Object> changes, Predicate<String> zoneKnown) {
        RequestFields.requireKnown(changes, FIELDS);
        var name = changes.containsKey("name") ? name(changes.get("name")) : current.name();
        var units = changes.containsKey("units") ? units(changes.get("units")) : current.units();
        var timezone = changes.containsKey("timezone") ? AthleteZones.parse("timezone", changes.get("timezone"), zoneKnown)
                : current.timezone();
        var birthYear = changes.containsKey("birth_year")
                ? integer(changes, "birth_year", 1900, Year.now(ZoneOffset.UTC).getValue()) : current.birthYear();
        var sex = changes.containsKey("sex") ? sex(changes.get("sex")) : current.sex();
        var maxHr = changes.containsKey("max_heartrate")
                ? integer(changes, "max_heartrate", 100, 250) : current.maxHeartrate();
        var restingHr = changes.containsKey("resting_heartrate")
                ? integer(changes, "resting_heartrate", 25, 120) : current.restingHeartrate();
        if (maxHr != null && restingHr != null && restingHr >= maxHr) {
            var field = changes.containsKey("resting_heartrate") ? "resting_heartrate" : "max_heartrate";
            throw new InvalidInputException(field, "resting heart rate must be below max heart rate");
        }
        return new AthleteProfile(current.id(), name, units, timezone, birthYear, sex, maxHr, restingHr);
    }

    private static String name(Object value) {
        if (!(value instanceof String text) || text.isBlank() || text.length() > 100) {
            throw new InvalidInputException("name", "must be a non-empty text of at most 100 characters");
        }
        return text.strip();
    }

    private static Units units(Object value) {
        if (value instanceof String code && (code.equals("metric") || code.equals("imperial"))) {
            return Units.fromCode(code);
        }
        throw new InvalidInputException("units", "must be 'metric' or 'imperial'");
    }

    private static String sex(Object value) {
        if (value == null || "M".equals(value) || "F".equals(value)) {
            return (String) value;
        }
        throw new InvalidInputException("sex", "must be 'M' or 'F'");
    }

    private static Integer integer(Map<String, Object> changes, String field, int min, int max) {
        var value = changes.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= min && number.doubleValue() <= max) {
            return number.intValue();
        }
        throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
    }
}
