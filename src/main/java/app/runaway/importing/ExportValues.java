package app.runaway.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses the values of a Strava export cell by cell: numbers, booleans, sport types. Dates are {@link ExportDates}. */
final class ExportValues {
    /** The export writes activity types with spaces; the API's sport_type has none, and a few differ more. */
    private static final Map<String, String> SPORT_TYPES = Map.of(
            "rock climb", "RockClimbing",
            "hiit", "HighIntensityIntervalTraining",
            "e-bike ride", "EBikeRide",
            "e-mountain bike ride", "EMountainBikeRide",
            "stair-stepper", "StairStepper");

    /** `1,250` or `1,234.56` where the decimal mark is a point; `1.250` or `1.234,56` where it is a comma. */
    private static final Pattern GROUPED_WITH_POINT = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern GROUPED_WITH_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private ExportValues() {
    }

    /**
     * A number as a machine writes it, as every column but the first Distance has it in every language (`2387.8`,
     * `9625.900390625`); tolerant of a thousands separator (`1,234.5`) and of a decimal comma (`2,38`) where no
     * thousands separator can be meant. Empty when the cell is not a number.
     */
    static Optional<Double> number(String text) {
        var cleaned = text.strip();
        if (GROUPED_WITH_POINT.matcher(cleaned).matches()) {
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

    /**
     * A number as the export shows it to a person, in the first Distance column: the file's decimal mark decides
     * what `1,250` or `1.250` is (the other mark groups thousands). A mark that cannot group (`9.75` in a file of
     * decimal commas) is a decimal mark whatever the file.
     */
    static Optional<Double> displayNumber(String text, char decimalMark) {
        var cleaned = text.strip();
        var grouped = decimalMark == ',' ? GROUPED_WITH_COMMA : GROUPED_WITH_POINT;
        if (grouped.matcher(cleaned).matches()) {
            cleaned = cleaned.replace(decimalMark == ',' ? "." : ",", "");
        }
        return number(decimalMark == ',' ? cleaned.replace(',', '.') : cleaned);
    }

    /** `true`, `1`, `1.0` are true: the export writes Commute once as a word and once as a number. */
    static boolean flag(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        return value.equals("true") || number(value).map(n -> n != 0).orElse(false);
    }

    /** "Weight Training" -> "WeightTraining", "Run" -> "Run"; the first exports already wrote "VirtualRide". */
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
