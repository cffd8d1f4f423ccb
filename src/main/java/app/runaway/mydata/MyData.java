package app.runaway.mydata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * All of an athlete's data in one zip (each section as JSON and as CSV, and a README), and deleting all of it. The
 * account, its token and its settings stay, so the athlete can sign in again and import afresh.
 */
@Service
public class MyData {
    /** What the athlete types to confirm deleting everything. */
    public static final String CONFIRMATION = "delete all my data";
    private static final Logger log = LoggerFactory.getLogger(MyData.class);

    private final List<PersonalData> sections;
    private final JsonMapper json;
    private final Clock clock;

    MyData(List<PersonalData> sections, JsonMapper json, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.json = json;
        this.clock = clock;
    }

    public List<String> sections() {
        return sections.stream().map(PersonalData::section).toList();
    }

    /** The export's file name: runaway-data-2026-12-01.zip. */
    public String fileName() {
        return "runaway-data-" + java.time.LocalDate.now(clock) + ".zip";
    }

    /** Writes the zip: {@code <section>.json} and {@code <section>.csv} for every section. */
    public void export(long athleteId, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var counts = new LinkedHashMap<String, Integer>();
        for (var section : sections) {
            var rows = section.rows(athleteId);
            counts.put(section.section(), rows.size());
            zip.putNextEntry(new ZipEntry(section.section() + ".json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(section.section() + ".csv"));
            zip.write(csv(rows).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(("Runaway: all the data of athlete " + athleteId + ", exported " + clock.instant() + ".\n"
                + "Each section is here as JSON and as CSV (a nested value is JSON inside its CSV cell).\n"
                + "Distances are metres, durations seconds, speeds m/s, heart rate bpm; instants are UTC.\n\n"
                + counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " rows")
                .collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** What deleting removed: rows per section, counted before they went. */
    public record Deleted(Map<String, Integer> rows) {
    }

    /** Deletes every section's rows of the athlete, the connection that could bring them back first. */
    public Deleted delete(long athleteId) {
        var counts = new LinkedHashMap<String, Integer>();
        sections.forEach(section -> counts.put(section.section(), section.rows(athleteId).size()));
        sections.stream().sorted(Comparator.comparingInt(PersonalData::eraseOrder)).forEach(s -> s.erase(athleteId));
        log.info("Deleted all data of athlete {}: {}", athleteId, counts);
        return new Deleted(counts);
    }

    private String csv(List<Map<String, Object>> rows) throws IOException {
        var columns = new LinkedHashSet<String>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        var text = new StringBuilder();
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (var row : rows) {
                var values = columns.stream().map(row::get).map(value -> value == null ? ""
                        : value instanceof Map<?, ?> || value instanceof List<?> ? json.writeValueAsString(value)
                        : String.valueOf(value)).toList();
                printer.printRecord(values);
            }
        }
        return text.toString();
    }
}
