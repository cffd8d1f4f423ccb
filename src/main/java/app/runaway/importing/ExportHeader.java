package app.runaway.importing;

import app.runaway.job.JobFailedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a Strava export's activities.csv, matched by their visible name. Strava's format has changed over
 * the years: older exports wrap some names in HTML (`<span class="translation_missing" ...>Start Time</span>`),
 * names differ in case, and newer exports repeat names: the first `Distance` is kilometres and the second metres,
 * `Elapsed Time` is an integer and then a float, `Max Heart Rate`, `Relative Effort` and `Commute` appear twice.
 */
final class ExportHeader {
    static final String ID = "activity id";
    static final String DATE = "activity date";
    static final String TYPE = "activity type";

    private final Map<String, List<Integer>> positions;

    private ExportHeader(Map<String, List<Integer>> positions) {
        this.positions = positions;
    }

    static ExportHeader of(List<String> names) throws JobFailedException {
        var positions = new LinkedHashMap<String, List<Integer>>();
        for (var i = 0; i < names.size(); i++) {
            positions.computeIfAbsent(visibleName(names.get(i)), name -> new ArrayList<>()).add(i);
        }
        var header = new ExportHeader(positions);
        var missing = new ArrayList<String>();
        for (var required : List.of("Activity ID", "Activity Date", "Activity Type")) {
            if (!positions.containsKey(required.toLowerCase(Locale.ROOT))) {
                missing.add(required);
            }
        }
        if (!header.has("distance")) {
            missing.add("Distance");
        }
        if (!header.has("elapsed time") && !header.has("moving time")) {
            missing.add("Elapsed Time");
        }
        if (!missing.isEmpty()) {
            throw new JobFailedException("activities.csv is not a Strava export this importer can read: it lacks the "
                    + "column(s) " + String.join(", ", missing));
        }
        return header;
    }

    /** "Start Time" from `<span class="translation_missing" title="...">Start Time</span>`, lower case, one space. */
    static String visibleName(String raw) {
        var text = raw.replace("\uFEFF", "").replaceAll("<[^>]*>", "");
        text = text.replace("&amp;", "&").replace("&nbsp;", " ");
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        return positions.containsKey(name);
    }

    /** How many columns carry this name. */
    int occurrences(String name) {
        return positions.getOrDefault(name, List.of()).size();
    }

    /** The value of the n-th column (0-based) with this name, empty when absent or blank. */
    Optional<String> value(List<String> row, String name, int occurrence) {
        var indexes = positions.get(name);
        if (indexes == null || indexes.size() <= occurrence) {
            return Optional.empty();
        }
        var index = indexes.get(occurrence);
        if (index >= row.size()) {
            return Optional.empty();
        }
        var value = row.get(index).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The first non-blank value among the columns with this name. */
    Optional<String> first(List<String> row, String name) {
        for (var i = 0; i < occurrences(name); i++) {
            var value = value(row, name, i);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The last non-blank value among the columns with this name (the later, more precise one). */
    Optional<String> last(List<String> row, String name) {
        for (var i = occurrences(name) - 1; i >= 0; i--) {
            var value = value(row, name, i);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
