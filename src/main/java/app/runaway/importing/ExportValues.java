package app.runaway.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses the values of a Strava export cell by cell: numbers, booleans, UTC dates, sport types. */
final class ExportValues {
    /** Dates as Strava has written them; all in UTC. The first is today's: `Aug 15, 2022, 3:09:27 PM`. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            formatter("MMM d, yyyy, h:mm:ss a", Locale.US),
            formatter("MMM d, yyyy h:mm:ss a", Locale.US),
            // English month names as the export writes them: "Sep", where Locale.UK's CLDR data expects "Sept"
            formatter("d MMM yyyy, HH:mm:ss", Locale.ENGLISH),
            formatter("d MMM yyyy HH:mm:ss", Locale.ENGLISH),
            formatter("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            formatter("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT),
            formatter("M/d/yyyy h:mm:ss a", Locale.US),
            formatter("M/d/yyyy, h:mm:ss a", Locale.US));

    /** The export writes activity types with spaces; the API's sport_type has none, and a few differ more. */
    private static final Map<String, String> SPORT_TYPES = Map.of(
            "rock climb", "RockClimbing",
            "hiit", "HighIntensityIntervalTraining",
            "e-bike ride", "EBikeRide",
            "e-mountain bike ride", "EMountainBikeRide",
            "stair-stepper", "StairStepper");

    private ExportValues() {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    static Optional<Instant> utcDate(String text) {
        // Newer JDKs and some exports put a narrow no-break space before AM/PM.
        var cleaned = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ")
                .replaceAll("(?i)\\bSept\\b", "Sep");
        if (cleaned.endsWith("Z")) {
            try {
                return Optional.of(Instant.parse(cleaned));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        for (var format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(cleaned, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException next) {
                // try the next format Strava has used
            }
        }
        return Optional.empty();
    }

    /**
     * A number as an export writes it: `2387.8`, and in exports from some locales `1,234.5` (thousands) or
     * `2,38` (decimal comma). Empty when the cell is not a number.
     */
    static Optional<Double> number(String text) {
        var cleaned = text.strip();
        if (cleaned.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            cleaned = cleaned.replace(",", "");
        } else if (cleaned.matches("-?\\d+,\\d+")) {
            cleaned = cleaned.replace(',', '.');
        }
        try {
            var value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** `true`, `1`, `1.0` are true: the export writes Commute once as a word and once as a number. */
    static boolean flag(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        return value.equals("true") || number(value).map(n -> n != 0).orElse(false);
    }

    /** "Weight Training" -> "WeightTraining", "Run" -> "Run". */
    static String sportType(String activityType) {
        var key = activityType.strip().toLowerCase(Locale.ROOT);
        var special = SPORT_TYPES.get(key);
        if (special != null) {
            return special;
        }
        var result = new StringBuilder();
        for (var word : activityType.strip().split("[\\s_-]+")) {
            if (!word.isEmpty()) {
                result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return result.toString();
    }
}
