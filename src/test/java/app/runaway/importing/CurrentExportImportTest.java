package app.runaway.importing;

import static app.runaway.importing.ShortExportImportTest.byStravaId;
import static app.runaway.importing.ShortExportImportTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A real export of today's layout (99 columns, 2021-2025) of a track athlete: 1,832 runs, 168 of them entered by hand
 * without a file, swims and rows whose first Distance is metres with a thousands separator (`"1,770"`). Expected
 * figures are read here by column position.
 */
class CurrentExportImportTest extends IntegrationTest {
    private static final Path CSV = FIXTURES.resolve("exports/thetazero-alogsky/activities.csv");
    private static final int ID = 0, DATE = 1, TYPE = 3, KM = 6, FILENAME = 12, ELAPSED = 15, MOVING = 16,
            METRES = 17, AVG_HR = 31;
    private static final Set<String> SHOWN_IN_METRES = Set.of("Swim", "Rowing");

    @Test
    void every_row_is_stored_with_its_figures() throws IOException {
        var rows = rows(CSV);
        var athlete = newAthlete("Theta");

        var job = api.importAndWait(CSV, athlete.token());

        assertThat(rows.getFirst().size()).isEqualTo(99);
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(2074);
        assertThat(job.at("/result/failed").asInt()).isZero();
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(rows.size());
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(number(row, METRES), within(0.001));
            assertThat(activity.get("moving_time_s").asInt()).isEqualTo((int) Math.round(number(row, MOVING)));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo((int) Math.round(number(row, ELAPSED)));
            assertThat(Instant.parse(activity.get("start_date").asString())).isEqualTo(utc(row.get(DATE)));
            if (!row.get(AVG_HR).isEmpty()) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(number(row, AVG_HR));
            }
        }
        var runs = rows.stream().filter(r -> r.get(TYPE).equals("Run")).toList();
        var storedRuns = api.allActivities(athlete.token(), "sport_type=Run");
        assertThat(storedRuns).hasSize(runs.size()).hasSize(1832);
        assertThat(storedRuns.stream().mapToDouble(a -> a.get("distance_m").asDouble()).sum())
                .isCloseTo(runs.stream().mapToDouble(r -> number(r, METRES)).sum(), within(0.5));
    }

    @Test
    void runs_entered_by_hand_without_a_file_are_stored_as_manual() throws IOException {
        var manual = rows(CSV).stream().filter(r -> r.get(TYPE).equals("Run") && r.get(FILENAME).isEmpty())
                .map(r -> r.get(ID)).toList();
        var athlete = newAthlete("Theta by hand");

        api.importAndWait(CSV, athlete.token());

        assertThat(manual).hasSize(168);
        var stored = byStravaId(api.allActivities(athlete.token(), "sport_type=Run"));
        assertThat(manual).allSatisfy(id -> assertThat(stored.get(Long.parseLong(id)).get("manual").asBoolean())
                .isTrue());
    }

    /**
     * Without its metre column (blanked here) the row's first Distance must do: kilometres, cut to two decimals, but
     * whole metres for swims and rows (`"1,770"`), which were 1,770 km before.
     */
    @Test
    void the_first_distance_column_reads_in_each_sports_unit_when_the_metre_column_is_blank() throws IOException {
        var rows = rows(CSV);
        var athlete = newAthlete("Theta without metres");

        var job = api.importAndWait("activities.csv", withoutMetres(), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(2074);
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        var inMetres = 0;
        for (var row : rows) {
            var shown = row.get(KM).replace(",", "");
            var expected = SHOWN_IN_METRES.contains(row.get(TYPE)) ? Double.parseDouble(shown)
                    : new BigDecimal(shown).movePointRight(3).doubleValue();
            var distance = stored.get(Long.parseLong(row.get(ID))).get("distance_m").asDouble();
            assertThat(distance).as("row %s: %s %s", row.get(ID), row.get(TYPE), row.get(KM)).isEqualTo(expected);
            assertThat(distance).as("and that is the metre column to within the cut")
                    .isCloseTo(number(row, METRES), within(10.0));
            inMetres += row.get(KM).contains(",") ? 1 : 0;
        }
        assertThat(inMetres).as("rows with a thousands separator").isEqualTo(10);
    }

    /** The same export with every row's metre column blank (the header kept). */
    private static byte[] withoutMetres() throws IOException {
        var out = new StringWriter();
        try (var reader = Files.newBufferedReader(CSV); var printer = CSVFormat.RFC4180.print(out)) {
            var header = true;
            for (var record : CSVFormat.RFC4180.parse(reader)) {
                var cells = new ArrayList<>(record.toList());
                if (!header) {
                    cells.set(METRES, "");
                }
                header = false;
                printer.printRecord(cells);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double number(CSVRecord row, int column) {
        return Double.parseDouble(row.get(column));
    }

    private static Instant utc(String exportDate) {
        return LocalDateTime.parse(exportDate, DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US))
                .toInstant(ZoneOffset.UTC);
    }
}
