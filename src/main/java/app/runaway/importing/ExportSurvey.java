package app.runaway.importing;

import app.runaway.job.JobFailedException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;

/**
 * A first pass over an export's CSV, before anything is stored: how many rows it has (for progress) and how it
 * writes numbers and slashed dates ({@link ExportNotation}). Both are facts of the whole file, never of one cell: a
 * swim's `1.250` is 1250 m in a file whose kilometres read `9,62` and 1.25 in one whose kilometres read `9.75`.
 *
 * <p>Strava writes kilometres with two decimals (`9,62`, `9.75`, in every real export found) and metres as whole
 * numbers, so the mark before a row's last two digits is the file's decimal mark. The language alone does not
 * decide it: the one real Spanish export writes `9.75`. A file whose rows never show it uses its dialect's usual mark.
 */
record ExportSurvey(int rows, ExportNotation notation) {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[\\d.]*\\d,\\d{2}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?[\\d,]*\\d\\.\\d{2}");

    static ExportSurvey of(ImportRun.InputSource source) throws IOException {
        var votes = new Votes();
        var rows = 0;
        ExportHeader header = null;
        try (var reader = new InputStreamReader(source.open(), StandardCharsets.UTF_8);
             var parser = CSVParser.parse(reader, StravaExportReader.FORMAT)) {
            var first = true;
            for (var record : parser) {
                if (first) {
                    first = false;
                    header = headerOrNull(record.toList());
                    continue;
                }
                rows++;
                if (header != null) {
                    votes.count(header, record.toList());
                }
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            rows = 0; // the import itself reports where the CSV breaks
        }
        var dialect = header == null ? ExportDialect.ENGLISH : header.dialect();
        return new ExportSurvey(rows, votes.notation(dialect));
    }

    private static ExportHeader headerOrNull(List<String> names) {
        try {
            return ExportHeader.of(names);
        } catch (JobFailedException unreadable) {
            return null; // the import itself reports what the header lacks
        }
    }

    private static final class Votes {
        private int decimalCommas;
        private int decimalPoints;
        private int dayFirst;
        private int monthFirst;

        void count(ExportHeader header, List<String> cells) {
            header.value(cells, "distance", 0).ifPresent(distance -> {
                if (DECIMAL_COMMA.matcher(distance).matches()) {
                    decimalCommas++;
                } else if (DECIMAL_POINT.matcher(distance).matches()) {
                    decimalPoints++;
                }
            });
            header.first(cells, ExportHeader.DATE).flatMap(ExportDates::tellsDayFirst).ifPresent(day -> {
                if (day) {
                    dayFirst++;
                } else {
                    monthFirst++;
                }
            });
        }

        ExportNotation notation(ExportDialect dialect) {
            var usual = ExportNotation.usual(dialect);
            var mark = decimalCommas > decimalPoints ? ','
                    : decimalPoints > decimalCommas ? '.' : usual.decimalMark();
            return new ExportNotation(mark, monthFirst <= dayFirst);
        }
    }
}
