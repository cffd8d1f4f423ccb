package app.runaway.importing;

import static app.runaway.importing.ShortExportImportTest.byStravaId;
import static app.runaway.importing.ShortExportImportTest.rows;
import static app.runaway.importing.StravaExportImportTest.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Real exports in Italian, Dutch and Spanish: every column name, month name and activity type in the language, the
 * first Distance with the file's own decimal mark (`9,62` in Italian and Dutch, `9.75` in this Latin-American Spanish
 * one) and swims in metres (`1.500`). The three files keep the columns this test reads at the same positions; the
 * expected figures come from reading them here, with this test's own month and type tables.
 */
class LocalisedExportImportTest extends IntegrationTest {
    private static final Path ITALIAN = FIXTURES.resolve("exports/ratnanil-project_daniel_sophie");
    private static final Path DUTCH =
            FIXTURES.resolve("exports/joranverspreet-2025_activities_dashboard/activities.csv");
    private static final Path SPANISH =
            FIXTURES.resolve("exports/danielalejandroduqueperez-running-coach/activities.csv");
    private static final int ID = 0, DATE = 1, TYPE = 3, ELAPSED = 5, SHOWN = 6, FILENAME = 12, ELAPSED_EXACT = 15,
            MOVING = 16, METRES = 17, AVG_HR = 31;
    private static final Pattern DATE_PARTS = Pattern.compile(
            "(\\d+) (\\p{L}+)\\.? (\\d{4}),? (\\d+):(\\d\\d):(\\d\\d)(?:\u202F([ap])\\.m\\.)?");

    private static final List<String> ITALIAN_MONTHS = List.of("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago",
            "set", "ott", "nov", "dic");
    private static final List<String> DUTCH_MONTHS = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");
    private static final List<String> SPANISH_MONTHS = List.of("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago",
            "sep", "oct", "nov", "dic");

    /** Every activity type the three files hold, and the sport Strava's English export names for it. */
    private static final Map<String, String> SPORTS = Map.ofEntries(
            Map.entry("Corsa", "Run"), Map.entry("Ciclismo", "Ride"), Map.entry("Camminata", "Walk"),
            Map.entry("Escursione", "Hike"), Map.entry("Nuotata", "Swim"), Map.entry("Sci nordico", "NordicSki"),
            Map.entry("Sci alpino", "AlpineSki"),
            Map.entry("Hardloopsessie", "Run"), Map.entry("Fietsrit", "Ride"), Map.entry("Wandeling", "Walk"),
            Map.entry("Zwemmen", "Swim"), Map.entry("Kayakken", "Kayaking"), Map.entry("Kitesurfen", "Kitesurf"),
            Map.entry("Training", "Workout"),
            Map.entry("Carrera", "Run"), Map.entry("Caminata", "Walk"), Map.entry("Vuelta ciclista", "Ride"),
            Map.entry("Entrenamiento", "Workout"), Map.entry("Entrenamiento con pesas", "WeightTraining"),
            Map.entry("Yoga", "Yoga"));

    private static final List<String> ITALIAN_RECORDINGS = List.of("3370175655.fit.gz", "3153304735.fit.gz",
            "705400990.fit.gz", "6612320598.fit.gz", "868548967.fit.gz", "356734210.gpx");

    @Test
    void an_italian_export_with_its_recordings_imports_every_row() throws IOException {
        var csv = ITALIAN.resolve("activities.csv");
        var rows = rows(csv);
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("activities.csv", Files.readAllBytes(csv));
        for (var name : ITALIAN_RECORDINGS) {
            entries.put("activities/" + name, Files.readAllBytes(ITALIAN.resolve("activities").resolve(name)));
        }
        var athlete = newAthlete("Daniel");

        var job = api.importAndWait("export_it.zip", zip(entries), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/failures")).isEmpty();
        assertThat(job.at("/result/tracks_attached").asInt()).isEqualTo(ITALIAN_RECORDINGS.size());
        var stored = everyRowStored(rows, athlete, job, ITALIAN_MONTHS, 351);
        assertThat(runs(athlete, rows, "Corsa")).isEqualTo(279);
        for (var name : ITALIAN_RECORDINGS) {
            var row = rows.stream().filter(r -> r.get(FILENAME).equals("activities/" + name)).findFirst().orElseThrow();
            var bytes = Files.readAllBytes(ITALIAN.resolve("activities").resolve(name));
            var track = name.endsWith(".gpx") ? IndependentTrack.ofGpx(bytes)
                    : IndependentTrack.ofFit(IndependentTrack.gunzip(bytes));
            var start = Instant.parse(stored.get(Long.parseLong(row.get(ID))).get("start_date").asString());
            assertThat(Duration.between(track.start(), start).abs()).as("%s: the export's date is UTC", name)
                    .isLessThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(stored.get(Long.parseLong(row.get(ID))).at("/track/point_count").asInt()).isPositive();
        }
    }

    @Test
    void a_dutch_export_imports_every_row() throws IOException {
        var rows = rows(DUTCH);
        var athlete = newAthlete("Joran");

        var job = api.importAndWait(DUTCH, athlete.token());

        everyRowStored(rows, athlete, job, DUTCH_MONTHS, 924);
        assertThat(runs(athlete, rows, "Hardloopsessie")).isEqualTo(541);
    }

    /**
     * Read alone (the metre column blanked), the first Distance is `9,72` km for a Dutch run and `1.500` m for a swim,
     * `"9,62"` km and `1.050` m in Italian, `9.75` km in this Spanish file.
     */
    @Test
    void the_shown_distances_read_with_each_files_decimal_mark_and_swims_in_metres() throws IOException {
        assertThat(shownDistancesRead(DUTCH, ',')).as("Dutch swims").isEqualTo(63);
        assertThat(shownDistancesRead(ITALIAN.resolve("activities.csv"), ',')).as("Italian swims").isEqualTo(2);
        assertThat(shownDistancesRead(SPANISH, '.')).as("Spanish swims").isZero();
    }

    private int shownDistancesRead(Path csv, char decimalMark) throws IOException {
        var rows = rows(csv);
        var athlete = newAthlete("Without metres " + csv.getParent().getFileName());

        var job = api.importAndWait("activities.csv", withoutMetres(csv), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size());
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        var swims = 0;
        for (var row : rows) {
            var shown = decimalMark == ',' ? row.get(SHOWN).replace(".", "").replace(",", ".")
                    : row.get(SHOWN).replace(",", "");
            var swim = SPORTS.get(row.get(TYPE)).equals("Swim");
            var expected = swim ? Double.parseDouble(shown) : new BigDecimal(shown).movePointRight(3).doubleValue();
            var distance = stored.get(Long.parseLong(row.get(ID))).get("distance_m").asDouble();
            assertThat(distance).as("row %s: %s %s", row.get(ID), row.get(TYPE), row.get(SHOWN)).isEqualTo(expected);
            if (!row.get(METRES).isEmpty()) {
                assertThat(distance).isCloseTo(Double.parseDouble(row.get(METRES)), within(10.0));
            }
            swims += swim ? 1 : 0;
        }
        return swims;
    }

    @Test
    void a_spanish_export_with_p_m_times_and_decimal_points_imports_every_row() throws IOException {
        var rows = rows(SPANISH);
        var athlete = newAthlete("Daniel Alejandro");

        var job = api.importAndWait(SPANISH, athlete.token());

        everyRowStored(rows, athlete, job, SPANISH_MONTHS, 292);
        assertThat(runs(athlete, rows, "Carrera")).isEqualTo(189);
    }

    /** The header a runner quoted in martin-ueding/geo-activity-playground issue 191: no German export is known. */
    @Test
    void an_export_in_a_language_without_a_mapping_fails_naming_the_columns_it_expected() {
        var athlete = newAthlete("Jochen");
        var german = "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Aktivitätsbeschreibung,"
                + "Verstrichene Zeit,Distanz,Max. Herzfrequenz,Relative Leistung,Pendeln,"
                + "Hinweis zur Privatsphäre für Aktivitäten,Aktivitätsausrüstung,Dateiname,Sportlergewicht\n"
                + "12345678901,\"21.07.2024, 15:09:27\",Lauf am Nachmittag,Lauf,,1390,\"2,81\",190,12,false,,,,\n";

        var job = api.importAndWait("activities.csv", german.getBytes(StandardCharsets.UTF_8), athlete.token());

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString())
                .contains("Activity ID", "Activity Date", "Activity Type", "Distance", "Elapsed Time")
                .contains("id attività", "activiteits-id", "id. de actividad", "elapsed_time")
                .contains("'Aktivitäts-ID', 'Aktivitätsdatum', 'Name der Aktivität'");
        assertThat(api.allActivities(athlete.token(), "")).isEmpty();
    }

    /** Checks every row against the file and answers the stored activities by Strava id. */
    private Map<Long, JsonNode> everyRowStored(List<CSVRecord> rows, Api.Athlete athlete, JsonNode job,
                                               List<String> months, int expectedRows) {
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.at("/result/imported").asInt()).isEqualTo(rows.size()).isEqualTo(expectedRows);
        assertThat(job.at("/result/failed").asInt()).isZero();
        var stored = byStravaId(api.allActivities(athlete.token(), ""));
        assertThat(stored).hasSize(rows.size());
        for (var row : rows) {
            var activity = stored.get(Long.parseLong(row.get(ID)));
            assertThat(activity.get("sport_type").asString()).as(row.get(TYPE)).isEqualTo(SPORTS.get(row.get(TYPE)));
            assertThat(Instant.parse(activity.get("start_date").asString())).as(row.get(DATE))
                    .isEqualTo(utc(row.get(DATE), months));
            assertThat(activity.get("distance_m").asDouble()).isCloseTo(metres(row), within(0.001));
            assertThat(activity.get("moving_time_s").asInt())
                    .isEqualTo((int) Math.round(Double.parseDouble(row.get(MOVING))));
            var elapsed = row.get(ELAPSED_EXACT).isEmpty() ? Double.parseDouble(row.get(ELAPSED))
                    : Double.parseDouble(row.get(ELAPSED_EXACT));
            assertThat(activity.get("elapsed_time_s").asInt()).isEqualTo((int) Math.round(elapsed));
            if (!row.get(AVG_HR).isEmpty()) {
                assertThat(activity.get("average_heartrate").asDouble()).isEqualTo(Double.parseDouble(row.get(AVG_HR)));
            }
        }
        return stored;
    }

    /** The runs stored, checked against the rows of the file's own word for a run and their metres. */
    private int runs(Api.Athlete athlete, List<CSVRecord> rows, String run) {
        var expected = rows.stream().filter(r -> r.get(TYPE).equals(run)).toList();
        var stored = api.allActivities(athlete.token(), "sport_type=Run");
        assertThat(stored).hasSize(expected.size());
        assertThat(stored.stream().mapToDouble(a -> a.get("distance_m").asDouble()).sum())
                .isCloseTo(expected.stream().mapToDouble(LocalisedExportImportTest::metres).sum(), within(0.5));
        return stored.size();
    }

    /** The metre column; two Dutch runs leave it blank, and show 0 km. */
    private static double metres(CSVRecord row) {
        if (row.get(METRES).isEmpty()) {
            assertThat(row.get(SHOWN)).isEqualTo("0");
            return 0;
        }
        return Double.parseDouble(row.get(METRES));
    }

    private static Instant utc(String date, List<String> months) {
        var parts = DATE_PARTS.matcher(date);
        assertThat(parts.matches()).as(date).isTrue();
        var hour = Integer.parseInt(parts.group(4));
        if (parts.group(7) != null) {
            hour = hour % 12 + (parts.group(7).equals("p") ? 12 : 0);
        }
        return LocalDateTime.of(Integer.parseInt(parts.group(3)), months.indexOf(parts.group(2)) + 1,
                Integer.parseInt(parts.group(1)), hour, Integer.parseInt(parts.group(5)),
                Integer.parseInt(parts.group(6))).toInstant(ZoneOffset.UTC);
    }

    /** The same export with every row's metre column blank (the header kept). */
    private static byte[] withoutMetres(Path csv) throws IOException {
        var out = new StringWriter();
        try (var reader = Files.newBufferedReader(csv); var printer = CSVFormat.RFC4180.print(out)) {
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
}
