package app.runaway.demo;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class StravaExportWriterTest {

    private static final Path REAL_EXPORT = Path.of("src/test/resources/fixtures/exports/carlarthur01-running-analyzer/activities.csv");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final StravaExportWriter writer = new StravaExportWriter();

    @Test
    void the_header_is_the_real_exports_header_line_for_line() throws IOException {
        String realHeader = Files.readAllLines(REAL_EXPORT, StandardCharsets.UTF_8).getFirst();

        String csv = csv(List.of(run("Morning Run", null)));

        assertThat(csv.lines().findFirst()).contains(realHeader);
        assertThat(parse(csv).getFirst().size()).isEqualTo(99);
    }

    @Test
    void the_first_distance_column_is_kilometres_and_the_second_metres() throws IOException {
        var rows = parse(csv(List.of(run("Morning Run", null))));

        assertThat(cell(rows, 1, "Distance", 1)).isEqualTo("10.12");
        assertThat(cell(rows, 1, "Distance", 2)).isEqualTo("10123.4");
        assertThat(cell(rows, 1, "Elapsed Time", 1)).isEqualTo("3075");
        assertThat(cell(rows, 1, "Elapsed Time", 2)).isEqualTo("3075.0");
        assertThat(cell(rows, 1, "Moving Time", 1)).isEqualTo("3000.0");
    }

    @Test
    void dates_are_written_in_utc_us_style_whatever_the_activity_zone() throws IOException {
        var rows = parse(csv(List.of(run("Afternoon Run", null))));

        assertThat(cell(rows, 1, "Activity Date", 1)).isEqualTo("Aug 15, 2022, 3:09:27 PM");
    }

    @Test
    void a_description_with_commas_quotes_newlines_and_emoji_survives_quoting() throws IOException {
        String description = "Windy, cold, \"sub 45\" anyway\nNästa gång 💪";

        var rows = parse(csv(List.of(run("Stockholm 10K, again", description))));

        assertThat(rows).hasSize(2);
        assertThat(cell(rows, 1, "Activity Description", 1)).isEqualTo(description);
        assertThat(cell(rows, 1, "Activity Name", 1)).isEqualTo("Stockholm 10K, again");
    }

    @Test
    void a_coachs_columns_are_filled_and_missing_values_left_empty() throws IOException {
        var race = run("Stockholm 10K", null);
        var gym = new NewActivity(2L, null, ActivitySource.DEMO, "Evening Weight Training", "WeightTraining",
                Instant.parse("2022-08-16T17:00:00Z"), STOCKHOLM, 0, 2700, 2700, null, null, null, null, null, null,
                WorkoutType.DEFAULT, null, false, false, false, null, null, null);

        var rows = parse(csv(List.of(race, gym)));

        assertThat(cell(rows, 1, "Activity ID", 1)).isEqualTo("1");
        assertThat(cell(rows, 1, "Activity Type", 1)).isEqualTo("Run");
        assertThat(cell(rows, 1, "Max Heart Rate", 1)).isEqualTo("188.0");
        assertThat(cell(rows, 1, "Max Heart Rate", 2)).isEqualTo("188.0");
        assertThat(cell(rows, 1, "Average Heart Rate", 1)).isEqualTo("176.5");
        assertThat(cell(rows, 1, "Relative Effort", 1)).isEqualTo("140");
        assertThat(cell(rows, 1, "Relative Effort", 2)).isEqualTo("140.0");
        assertThat(cell(rows, 1, "Commute", 1)).isEqualTo("false");
        assertThat(cell(rows, 1, "Commute", 2)).isEqualTo("0.0");
        assertThat(cell(rows, 1, "Activity Gear", 1)).isEqualTo("Vaporfly 3");
        assertThat(cell(rows, 1, "Competition", 1)).isEqualTo("1.0");
        assertThat(cell(rows, 1, "Filename", 1)).isEmpty();

        assertThat(cell(rows, 2, "Activity Type", 1)).isEqualTo("Weight Training");
        assertThat(cell(rows, 2, "Max Heart Rate", 1)).isEmpty();
        assertThat(cell(rows, 2, "Average Speed", 1)).isEmpty();
        assertThat(cell(rows, 2, "Activity Gear", 1)).isEmpty();
        assertThat(cell(rows, 2, "Competition", 1)).isEmpty();
    }

    @Test
    void sport_types_get_the_exports_spaced_names() {
        assertThat(StravaExportWriter.sportName("WeightTraining")).isEqualTo("Weight Training");
        assertThat(StravaExportWriter.sportName("NordicSki")).isEqualTo("Nordic Ski");
        assertThat(StravaExportWriter.sportName("Run")).isEqualTo("Run");
    }

    @Test
    void a_generated_history_round_trips_row_for_row_in_the_given_order() throws IOException {
        var history = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.twoYears(5, LocalDate.of(2025, 11, 20), STOCKHOLM));

        var rows = parse(csv(history));

        assertThat(rows).hasSize(history.size() + 1);
        assertThat(rows.subList(1, rows.size())).extracting(row -> Long.parseLong(row.get(0)))
                .containsExactlyElementsOf(history.stream().map(NewActivity::stravaId).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(99));
    }

    @Test
    void the_zip_holds_only_activities_csv_with_the_same_text() throws IOException {
        var activities = List.of(run("Morning Run", "Lätt, \"lugnt\"\n🙂"));
        var zipped = new ByteArrayOutputStream();

        writer.writeZip(activities, zipped);

        var names = new ArrayList<String>();
        String content = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(zipped.toByteArray()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(names).containsExactly("activities.csv");
        assertThat(content).isEqualTo(csv(activities));
    }

    private String csv(List<NewActivity> activities) {
        var out = new StringWriter();
        writer.writeCsv(activities, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    /** Cell by column name; {@code occurrence} picks among the export's duplicate names (1 = first). */
    private static String cell(List<CSVRecord> rows, int row, String column, int occurrence) {
        var header = rows.getFirst();
        int seen = 0;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(column) && ++seen == occurrence) {
                return rows.get(row).get(i);
            }
        }
        throw new IllegalArgumentException("no column " + column + " #" + occurrence);
    }

    /** A 10 km race in Stockholm on an August afternoon (15:09:27 UTC, 17:09 local). */
    private static NewActivity run(String name, String description) {
        return new NewActivity(1L, null, ActivitySource.DEMO, name, "Run",
                Instant.parse("2022-08-15T15:09:27Z"), STOCKHOLM, 10_123.4, 3000, 3075, 42.5, 3.374, 5.9,
                176.5, 188.0, 86.0, WorkoutType.RACE, "Vaporfly 3", false, false, false, description, 140, null);
    }
}
