package app.runaway.importing;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import app.runaway.job.JobFailedException;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a Strava export's activities.csv row by row with a real CSV parser (descriptions hold quoted newlines,
 * commas, emoji, any language). Each row becomes an activity or a reported failure; one bad row never stops the
 * rest. Values are stored as the export has them: a 100 km "run" or a manual entry from 1991 is the athlete's own
 * record, not ours to drop.
 */
final class StravaExportReader {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One data row: an activity and the recording file it names, or why it could not be read. */
    sealed interface Row permits Parsed, Unreadable {
    }

    record Parsed(int row, NewActivity activity, String fileName) implements Row {
    }

    record Unreadable(int row, String activityId, String reason) implements Row {
    }

    private StravaExportReader() {
    }

    /** Opens an export's CSV: its header is checked at once; the rows follow one by one, as they are read. */
    static Rows open(Reader csv) throws JobFailedException {
        try {
            var parser = CSVParser.parse(csv, FORMAT);
            var records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new JobFailedException("activities.csv is empty");
            }
            return new Rows(parser, records, ExportHeader.of(records.next().toList()));
        } catch (IOException | UncheckedIOException e) {
            throw new JobFailedException("activities.csv cannot be read: " + rootMessage(e), e);
        }
    }

    /** The data rows of an open export, each parsed or explained; a malformed tail ends them with its reason. */
    static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final ExportHeader header;
        private int rowNumber;
        private boolean broken;
        private RuntimeException malformedAhead;

        private Rows(CSVParser parser, Iterator<CSVRecord> records, ExportHeader header) {
            this.parser = parser;
            this.records = records;
            this.header = header;
        }

        @Override
        public boolean hasNext() {
            if (broken) {
                return false;
            }
            try {
                return malformedAhead != null || records.hasNext();
            } catch (UncheckedIOException | IllegalStateException malformed) {
                malformedAhead = malformed; // next() reports where the file breaks
                return true;
            }
        }

        @Override
        public Row next() {
            try {
                if (malformedAhead != null) {
                    throw malformedAhead;
                }
                var record = records.next();
                rowNumber++;
                return row(header, rowNumber, record.toList());
            } catch (UncheckedIOException | IllegalStateException malformed) {
                broken = true;
                malformedAhead = null;
                return new Unreadable(rowNumber + 1, null, "malformed CSV after row " + rowNumber + " ("
                        + rootMessage(malformed) + "); the rest of the file cannot be read");
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    static Row row(ExportHeader header, int rowNumber, List<String> cells) {
        var idText = header.first(cells, ExportHeader.ID).orElse(null);
        var id = idText == null ? Optional.<Long>empty() : parseId(idText);
        if (id.isEmpty()) {
            return new Unreadable(rowNumber, idText, idText == null ? "no Activity ID" : "Activity ID '" + idText
                    + "' is not a number");
        }
        var dateText = header.first(cells, ExportHeader.DATE);
        var start = dateText.flatMap(ExportValues::utcDate);
        if (start.isEmpty()) {
            return new Unreadable(rowNumber, idText, dateText.map(d -> "Activity Date '" + d + "' is not a date this "
                    + "importer knows").orElse("no Activity Date"));
        }
        var type = header.first(cells, ExportHeader.TYPE);
        if (type.isEmpty()) {
            return new Unreadable(rowNumber, idText, "no Activity Type");
        }
        var distance = distanceMetres(header, cells);
        if (distance.isEmpty()) {
            return new Unreadable(rowNumber, idText, "Distance is not a number");
        }
        var elapsed = seconds(header.last(cells, "elapsed time"));
        var moving = seconds(header.last(cells, "moving time")).or(() -> elapsed);
        if (moving.isEmpty()) {
            return new Unreadable(rowNumber, idText, "neither Elapsed Time nor Moving Time is a number");
        }
        var fileName = header.first(cells, "filename").orElse(null);
        var fromUpload = header.first(cells, "from upload").map(ExportValues::flag);
        var sportType = ExportValues.sportType(type.get());
        var activity = new NewActivity(
                id.get(),
                null,
                ActivitySource.STRAVA_EXPORT,
                header.first(cells, "activity name").orElse(type.get()),
                sportType,
                start.get(),
                null,
                distance.get(),
                moving.get(),
                elapsed.orElse(moving.get()),
                number(header, cells, "elevation gain"),
                number(header, cells, "average speed"),
                number(header, cells, "max speed"),
                number(header, cells, "average heart rate"),
                number(header, cells, "max heart rate"),
                number(header, cells, "average cadence"),
                workoutType(header, cells, sportType),
                header.first(cells, "activity gear").orElse(null),
                header.first(cells, "commute").map(ExportValues::flag).orElse(false),
                false,
                fromUpload.map(uploaded -> !uploaded && fileName == null).orElse(false),
                header.first(cells, "activity description").orElse(null),
                header.first(cells, "relative effort").flatMap(ExportValues::number).map(v -> (int) Math.round(v))
                        .orElse(null),
                null);
        return new Parsed(rowNumber, activity, fileName);
    }

    /**
     * Newer exports carry Distance twice: kilometres (2 decimals) and then metres. Older ones have one column, in
     * kilometres. The metres column is exact, so it wins when present.
     */
    private static Optional<Double> distanceMetres(ExportHeader header, List<String> cells) {
        if (header.occurrences("distance") >= 2) {
            var metres = header.value(cells, "distance", header.occurrences("distance") - 1)
                    .flatMap(ExportValues::number);
            if (metres.isPresent()) {
                return metres;
            }
        }
        var km = header.value(cells, "distance", 0);
        if (km.isEmpty()) {
            return Optional.of(0.0); // manual strength sessions and the like have no distance
        }
        // Decimal arithmetic: 8.05 km is 8050 m, not the 8050.000000000001 a double multiplication gives.
        return km.flatMap(ExportValues::number).map(value -> BigDecimal.valueOf(value).movePointRight(3).doubleValue());
    }

    private static WorkoutType workoutType(ExportHeader header, List<String> cells, String sportType) {
        if (header.first(cells, "competition").map(ExportValues::flag).orElse(false)) {
            return WorkoutType.RACE;
        }
        if (header.first(cells, "long run").map(ExportValues::flag).orElse(false)) {
            return WorkoutType.LONG_RUN;
        }
        return sportType.endsWith("Run") ? WorkoutType.DEFAULT : null;
    }

    private static Optional<Integer> seconds(Optional<String> text) {
        return text.flatMap(ExportValues::number).map(value -> (int) Math.round(value));
    }

    private static Double number(ExportHeader header, List<String> cells, String name) {
        return header.first(cells, name).flatMap(ExportValues::number).orElse(null);
    }

    private static Optional<Long> parseId(String text) {
        try {
            var id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
