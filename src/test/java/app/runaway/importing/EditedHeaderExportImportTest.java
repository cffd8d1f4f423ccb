package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A real current export whose owner renamed the second of each doubled column ("Distance Exact", "Elapsed Time
 * Exact"): its metres are read from "Distance Exact", not from the kilometres rounded to two decimals. Expected
 * figures are read here by column name from the file.
 */
class EditedHeaderExportImportTest extends IntegrationTest {
    private static final Path SAT = FIXTURES.resolve("exports/sathishjayapal-sathishruns/activities.csv");

    @Test
    void the_renamed_metre_column_is_the_distance() throws IOException {
        var metres = new HashMap<Long, Double>();
        try (var reader = Files.newBufferedReader(SAT)) {
            var records = CSVFormat.RFC4180.parse(reader).getRecords();
            var header = records.getFirst().toList();
            int id = header.indexOf("Activity ID");
            int exact = header.indexOf("Distance Exact");
            for (var row : records.subList(1, records.size())) {
                metres.put(Long.parseLong(row.get(id)), row.get(exact).isBlank() ? 0 : Double.parseDouble(row.get(exact)));
            }
        }
        var athlete = newAthlete("Renamed columns");

        var job = api.importAndWait(SAT, athlete.token());

        assertThat(job.at("/result/failed").asInt()).isZero();
        Map<Long, JsonNode> stored = new HashMap<>();
        api.allActivities(athlete.token(), "").forEach(a -> stored.put(a.get("strava_id").asLong(), a));
        assertThat(stored).hasSize(metres.size());
        metres.forEach((id, expected) -> assertThat(stored.get(id).get("distance_m").asDouble()).as("activity %s", id)
                .isCloseTo(expected, within(0.05)));
    }
}
