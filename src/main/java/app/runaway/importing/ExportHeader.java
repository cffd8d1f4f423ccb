package app.runaway.importing;

import app.runaway.job.JobFailedException;
import app.runaway.platform.TextInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a Strava export's activities.csv, matched by their visible name. Strava's format has changed over
 * the years: the first exports had lowercase names (`id`, `elapsed_time`), later ones wrap some names in HTML
 * (`<span class="translation_missing" ...>Start Time</span>`), names differ in case, and newer exports repeat names:
 * the first `Distance` is kilometres and the second metres, `Elapsed Time` is an integer and then a float,
 * `Max Heart Rate`, `Relative Effort` and `Commute` appear twice. Exports in another language name every column in
 * it; the header tells which {@link ExportDialect} a file is, and its names are kept under the English ones.
 */
final class ExportHeader {
    static final String ID = "activity id";
    static final String DATE = "activity date";
    static final String TYPE = "activity type";

    private static final String RENAMED_SECOND = " exact";

    /** How many of the header's own names a refusal quotes, and how long each may be. */
    private static final int QUOTED_NAMES = 8;
    private static final int QUOTED_NAME_LENGTH = 40;

    private final ExportDialect dialect;
    private final Map<String, List<Integer>> positions;

    private ExportHeader(ExportDialect dialect, Map<String, List<Integer>> positions) {
        this.dialect = dialect;
        this.positions = positions;
    }

    static ExportHeader of(List<String> names) throws JobFailedException {
        var visible = names.stream().map(ExportHeader::visibleName).toList();
        var dialect = ExportDialect.recognising(Set.copyOf(visible)).orElse(ExportDialect.ENGLISH);
        var positions = new LinkedHashMap<String, List<Integer>>();
        for (var i = 0; i < visible.size(); i++) {
            var name = dialect.englishName(visible.get(i));
            // an export whose owner renamed the second of each doubled column "... Exact" ("Distance Exact", the
            // metres): it is that second column
            var base = name.endsWith(RENAMED_SECOND) ? name.substring(0, name.length() - RENAMED_SECOND.length()) : null;
            if (base != null && positions.containsKey(base)) {
                name = base;
            }
            positions.computeIfAbsent(name, key -> new ArrayList<>()).add(i);
        }
        var header = new ExportHeader(dialect, positions);
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
                    + "column(s) " + String.join(", ", missing) + " (" + expectedElsewhere(missing) + "); its header "
                    + "begins " + quoted(names));
        }
        return header;
    }

    /** What the missing columns are called in the other dialects, so a runner sees which exports are read. */
    private static String expectedElsewhere(List<String> missing) {
        var names = new ArrayList<String>();
        for (var dialect : ExportDialect.ALL) {
            if (dialect != ExportDialect.ENGLISH) {
                names.add(dialect.name() + ": " + String.join(", ", missing.stream()
                        .map(name -> dialect.localName(name.toLowerCase(Locale.ROOT))).toList()));
            }
        }
        return "or, in " + String.join("; in ", names);
    }

    /** The header's first names as the file has them (cleaned and cut short: they come from the upload). */
    private static String quoted(List<String> names) {
        var shown = names.stream().limit(QUOTED_NAMES).map(name -> {
            var cleaned = TextInput.cleaned(name.replace("\uFEFF", "").strip());
            return "'" + (cleaned.length() > QUOTED_NAME_LENGTH ? cleaned.substring(0, QUOTED_NAME_LENGTH) + "..."
                    : cleaned) + "'";
        }).toList();
        return String.join(", ", shown) + (names.size() > QUOTED_NAMES ? ", ... (" + names.size() + " columns)" : "");
    }

    /** How this file names its columns and writes its values. */
    ExportDialect dialect() {
        return dialect;
    }

    /**
     * "Start Time" from `<span class="translation_missing" title="...">Start Time</span>`: lower case, one space,
     * a plain apostrophe.
     */
    static String visibleName(String raw) {
        var text = raw.replace("\uFEFF", "").replaceAll("<[^>]*>", "");
        // Italian names write the apostrophe as U+2019 (`Data dell’attività`)
        text = text.replace("&amp;", "&").replace("&nbsp;", " ").replace('\u2019', '\'');
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
