package app.runaway.importing;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import app.runaway.job.JobFailedException;
import java.io.IOException;
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

    /**
     * @param movingTimeRecorded whether the export states the moving time; exports before 2020 do not, and the
     *                           elapsed time stands in for it until a recording tells
     */
    record Parsed(int row, NewActivity activity, String fileName, boolean movingTimeRecorded) implements Row {
    }

    record Unreadable(int row, String activityId, String reason) implements Row {
    }

    private StravaExportReader() {
    }

    /**
     * Opens an export's CSV: its header is checked at once; the rows follow one by one, as they are read.
     *
     * @param notation how this file writes numbers and dates, from {@link ExportSurvey}
     */
    static Rows open(Reader csv, ExportNotation notation) throws JobFailedException {
        try {
            var parser = CSVParser.parse(csv, FORMAT);
            var records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new JobFailedException("activities.csv is empty");
            }
            return new Rows(parser, records, ExportHeader.of(records.next().toList()), notation);
        } catch (IOException | UncheckedIOException e) {
            throw new JobFailedException("activities.csv cannot be read: " + rootMessage(e), e);
        }
    }

    /** The data rows of an open export, each parsed or explained; a malformed tail ends them with its reason. */
    static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final ExportHeader header;
        private final ExportNotation notation;
        private int rowNumber;
        private boolean broken;
        private RuntimeException malformedAhead;

        private Rows(CSVParser parser, Iterator<CSVRecord> records, ExportHeader header, ExportNotation notation) {
            this.parser = parser;
            this.records = records;
            this.header = header;
            this.notation = notation;
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
                return row(header, notation, rowNumber, record.toList());
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

    static Row row(ExportHeader header, ExportNotation notation, int rowNumber, List<String> cells) {
        var idText = header.first(cells, ExportHeader.ID).orElse(null);
        var id = idText == null ? Optional.<Long>empty() : parseId(idText);
        if (id.isEmpty()) {
            return new Unreadable(rowNumber, idText, idText == null ? "no Activity ID" : "Activity ID '" + idText
                    + "' is not a number");
        }
        var dateText = header.first(cells, ExportHeader.DATE);
        var start = dateText.flatMap(text -> ExportDates.utc(text, header.dialect(), notation.dayFirst()));
        if (start.isEmpty()) {
            return new Unreadable(rowNumber, idText, dateText.map(d -> "Activity Date '" + d + "' is not a date this "
                    + "importer knows").orElse("no Activity Date"));
        }
        var type = header.first(cells, ExportHeader.TYPE);
        if (type.isEmpty()) {
            return new Unreadable(rowNumber, idText, "no Activity Type");
        }
        var sportType = header.dialect().sportType(type.get()).orElseGet(() -> ExportValues.sportType(type.get()));
        var distance = ExportDistance.metres(header, notation, cells, sportType);
        if (distance.isEmpty()) {
            return new Unreadable(rowNumber, idText, "Distance is not a number");
        }
        var elapsed = seconds(header.last(cells, "elapsed time"));
        var recordedMoving = seconds(header.last(cells, "moving time"));
        var moving = recordedMoving.or(() -> elapsed);
        if (moving.isEmpty()) {
            return new Unreadable(rowNumber, idText, "neither Elapsed Time nor Moving Time is a number");
        }
        var fileName = header.first(cells, "filename").orElse(null);
        var fromUpload = header.first(cells, "from upload").map(ExportValues::flag);
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
                null,
                null,
                number(header, cells, "calories"));
        return new Parsed(rowNumber, activity, fileName, recordedMoving.isPresent());
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
