package app.runaway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;

/**
 * The truth about a real export, read straight from its CSV by this test code alone: column positions found by exact
 * header names here, dates parsed here, distances taken from the metres column. Expected answers are computed from
 * these rows by plain iteration, never with the importer or the queries under test.
 */
public final class ExportTruth {
    public static final Set<String> RUNS = Set.of("Run", "Trail Run", "Virtual Run");
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a",
            Locale.US);

    /**
     * One activity as the CSV states it.
     *
     * @param elapsedS    the later (machine) "Elapsed Time", else the first
     * @param maxSpeedMps "Max Speed", or null when blank
     * @param race        whether "Competition" marks it a race
     * @param calories    "Calories", or null when blank or 0
     */
    public record Row(long id, Instant start, LocalDate day, String type, String name, double metres, int movingS,
                      Double climbM, Double heartrate, int elapsedS, Double maxSpeedMps, String description,
                      boolean race, Double calories) {
        public boolean isRun() {
            return RUNS.contains(type);
        }
    }

    private final List<Row> rows;
    private final ZoneId zone;

    private ExportTruth(List<Row> rows, ZoneId zone) {
        this.rows = rows;
        this.zone = zone;
    }

    /**
     * Reads an export of the wide generations (the metres column is the second "Distance", moving time is "Moving
     * Time"; a row whose metres are blank has its kilometres in the first "Distance", one without a moving time has
     * its elapsed time); the zone is the athlete's, which decides each activity's day.
     */
    public static ExportTruth read(Path csv, ZoneId zone) {
        try (var reader = Files.newBufferedReader(csv)) {
            var records = CSVFormat.RFC4180.parse(reader).getRecords();
            var dutch = records.getFirst().get(0).equals("Activiteits-ID");
            // one export's author renamed the second of each doubled column "... Exact" ("Distance Exact": metres)
            var header = records.getFirst().toList().stream().map(h -> dutch ? DUTCH.getOrDefault(h, h) : h)
                    .map(h -> h.endsWith(" Exact") ? h.substring(0, h.length() - " Exact".length()) : h).toList();
            int id = header.indexOf("Activity ID");
            int date = header.indexOf("Activity Date");
            int name = header.indexOf("Activity Name");
            int type = header.indexOf("Activity Type");
            int metres = header.lastIndexOf("Distance");
            int kilometres = header.indexOf("Distance");
            int moving = header.indexOf("Moving Time");
            int climb = header.indexOf("Elevation Gain");
            int heartrate = header.indexOf("Average Heart Rate");
            int firstElapsed = header.indexOf("Elapsed Time");
            int lastElapsed = header.lastIndexOf("Elapsed Time");
            int maxSpeed = header.indexOf("Max Speed");
            int description = header.indexOf("Activity Description");
            int competition = header.indexOf("Competition");
            int calories = header.indexOf("Calories");
            var rows = new ArrayList<Row>();
            for (var record : records.subList(1, records.size())) {
                var start = (dutch ? dutchDate(record.get(date)) : LocalDateTime.parse(record.get(date)
                        .replace('\u202F', ' '), EXPORT_DATE)).toInstant(ZoneOffset.UTC);
                var elapsed = record.get(lastElapsed).isBlank() ? record.get(firstElapsed) : record.get(lastElapsed);
                rows.add(new Row(Long.parseLong(record.get(id)), start, start.atZone(zone).toLocalDate(),
                        dutch ? DUTCH_TYPES.getOrDefault(record.get(type), record.get(type)) : record.get(type),
                        record.get(name), record.get(metres).isBlank()
                                ? (dutch ? Double.parseDouble(record.get(kilometres).replace(',', '.'))
                                        : number(record.get(kilometres))) * 1000
                                : number(record.get(metres)),
                        (int) Math.round(number(record.get(moving).isBlank() ? elapsed : record.get(moving))),
                        optional(record.get(climb)), optional(record.get(heartrate)), (int) Math.round(number(elapsed)),
                        maxSpeed < 0 ? null : optional(record.get(maxSpeed)),
                        description < 0 || record.get(description).isBlank() ? null : record.get(description),
                        competition >= 0 && flag(record.get(competition)),
                        calories < 0 ? null : positive(optional(record.get(calories)))));
            }
            return new ExportTruth(List.copyOf(rows), zone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Row> where(Predicate<Row> condition) {
        return rows.stream().filter(condition).toList();
    }

    public static Predicate<Row> between(LocalDate from, LocalDate to) {
        return row -> !row.day().isBefore(from) && !row.day().isAfter(to);
    }

    public static double metres(List<Row> rows) {
        return rows.stream().mapToDouble(Row::metres).sum();
    }

    /** Heart rate averaged over moving time, over the rows that have it. */
    public static Double heartrate(List<Row> rows) {
        var beats = 0.0;
        var seconds = 0L;
        for (var row : rows) {
            if (row.heartrate() != null && row.heartrate() > 0) {
                beats += row.heartrate() * row.movingS();
                seconds += row.movingS();
            }
        }
        return seconds == 0 ? null : beats / seconds;
    }

    /**
     * A Dutch export's columns by their English names, as read from the fixture (a decimal comma in the first
     * "Afstand", kilometres; a point in the second, metres).
     */
    private static final java.util.Map<String, String> DUTCH = java.util.Map.ofEntries(
            java.util.Map.entry("Activiteits-ID", "Activity ID"),
            java.util.Map.entry("Datum van activiteit", "Activity Date"),
            java.util.Map.entry("Naam activiteit", "Activity Name"),
            java.util.Map.entry("Activiteitstype", "Activity Type"),
            java.util.Map.entry("Beschrijving van activiteit", "Activity Description"),
            java.util.Map.entry("Verstreken tijd", "Elapsed Time"), java.util.Map.entry("Afstand", "Distance"),
            java.util.Map.entry("Beweegtijd", "Moving Time"), java.util.Map.entry("Hoogteverschil", "Elevation Gain"),
            java.util.Map.entry("Gemiddelde hartslag", "Average Heart Rate"),
            java.util.Map.entry("Max. snelheid", "Max Speed"), java.util.Map.entry("Calorieën", "Calories"));
    private static final java.util.Map<String, String> DUTCH_TYPES = java.util.Map.of("Hardloopsessie", "Run",
            "Fietsrit", "Ride", "Wandeling", "Walk", "Zwemmen", "Swim");
    private static final List<String> DUTCH_MONTHS = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");

    /** "23 jun. 2017 15:52:12", in UTC like every export's dates. */
    private static LocalDateTime dutchDate(String cell) {
        var parts = cell.strip().split("\\s+");
        var month = DUTCH_MONTHS.indexOf(parts[1].replace(".", "")) + 1;
        var time = java.time.LocalTime.parse(parts[3]);
        return LocalDate.of(Integer.parseInt(parts[2]), month, Integer.parseInt(parts[0])).atTime(time);
    }

    private static double number(String cell) {
        return cell.isBlank() ? 0 : Double.parseDouble(cell.replace(",", ""));
    }

    private static boolean flag(String cell) {
        var text = cell.strip();
        return text.equalsIgnoreCase("true") || (!text.isEmpty() && !text.equalsIgnoreCase("false")
                && Double.parseDouble(text) != 0);
    }

    /** Calories of 0 are a device or export that did not count them: none. */
    private static Double positive(Double value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Double optional(String cell) {
        return cell.isBlank() ? null : Double.parseDouble(cell);
    }
}
