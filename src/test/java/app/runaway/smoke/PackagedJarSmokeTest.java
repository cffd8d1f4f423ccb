package app.runaway.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.runaway.support.Api;
import app.runaway.support.PackagedJar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's-eye check of the packaged jar: started as the README says ({@code $(bin/java21) -jar
 * target/runaway.jar}) on a fresh home with its embedded defaults, then called over HTTP the way an existing client
 * does: paths, status codes, snake_case fields, exact totals, authentication. Expected figures are read from the
 * fixture CSV here, by column position. Runs with {@code mvn -Psmoke test} after {@code mvn package}; {@code .ci/run}
 * does both.
 */
@Tag("smoke")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarSmokeTest {
    private static final Path EXPORT_CSV =
            Path.of("src/test/resources/fixtures/exports/carlarthur01-running-analyzer/activities.csv");
    private static final int ID = 0, TYPE = 3, METRES = 17;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PackagedJar server;
    private static Path home;
    private static Api api;
    private static List<CSVRecord> rows;
    private static Api.Athlete first;
    private static Api.Athlete second;

    @BeforeAll
    static void startThePackagedJar() throws Exception {
        try (var reader = Files.newBufferedReader(EXPORT_CSV)) {
            var all = CSVFormat.RFC4180.parse(reader).getRecords();
            assertThat(all.getFirst().get(METRES)).isEqualTo("Distance");
            rows = all.subList(1, all.size());
        }
        home = Files.createTempDirectory("runaway-smoke-home-");
        server = PackagedJar.start(home, Map.of());
        api = new Api(server.base(), JSON);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void health_answers_without_a_token_and_the_home_holds_the_tokens() {
        var health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("healthy");
        assertThat(home.resolve("owner.token")).isRegularFile();
        assertThat(home.resolve("admin.token")).isRegularFile();
    }

    @Test
    @Order(2)
    void the_operator_creates_athletes_who_set_their_profile() throws IOException {
        var admin = Files.readString(home.resolve("admin.token")).strip();
        first = api.createAthlete(admin, "smoke-a");
        second = api.createAthlete(admin, "smoke-b");
        var profile = Map.<String, Object>of("units", "metric", "timezone", "Europe/Stockholm", "sex", "M",
                "max_heartrate", 190, "resting_heartrate", 50);

        assertThat(api.put("/api/athlete", first.token(), profile).status()).isEqualTo(200);
        var read = api.get("/api/athlete", first.token()).body();
        profile.forEach((field, value) -> assertThat(read.get(field).asString()).as(field).isEqualTo(value.toString()));

        var bad = api.put("/api/athlete", first.token(), Map.of("units", "furlongs"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().get("title").asString()).isNotBlank();
    }

    @Test
    @Order(3)
    void an_export_imports_every_row_once_and_again_adds_nothing() {
        var export = zip(EXPORT_CSV);
        for (var attempt : List.of("import", "re-import")) {
            var job = api.importAndWait("export.zip", export, first.token());
            assertThat(job.get("status").asString()).as(attempt).isEqualTo("succeeded");
            assertThat(job.at("/progress/phase").asString()).as(attempt).isEqualTo("done");
            assertThat(job.at("/result/failed").asInt()).as(attempt).isZero();
            assertThat(api.allActivities(first.token(), "")).as(attempt).hasSize(rows.size());
        }
    }

    @Test
    @Order(4)
    void stored_runs_carry_the_contract_fields_and_the_csv_metres() {
        var activities = api.allActivities(first.token(), "");
        var runMetres = activities.stream().filter(a -> a.get("sport_type").asString().equals("Run"))
                .mapToDouble(a -> a.get("distance_m").asDouble()).sum();
        var expected = rows.stream().filter(r -> r.get(TYPE).equals("Run"))
                .mapToDouble(r -> r.get(METRES).isEmpty() ? 0 : Double.parseDouble(r.get(METRES))).sum();
        assertThat(runMetres).isCloseTo(expected, within(1.0));
        for (var field : List.of("id", "strava_id", "source", "name", "sport_type", "start_date", "start_date_local",
                "timezone", "distance_m", "moving_time_s", "elapsed_time_s", "elevation_gain_m", "average_heartrate",
                "max_heartrate")) {
            assertThat(activities.getFirst().has(field)).as(field).isTrue();
        }
    }

    @Test
    @Order(5)
    void another_athlete_gets_404_and_no_token_gets_401() {
        var one = api.allActivities(first.token(), "").getFirst().get("id").asLong();
        assertThat(api.get("/api/activities/" + one, second.token()).status()).isEqualTo(404);
        var anonymous = api.get("/api/activities/" + one, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(6)
    void monthly_stats_and_the_coachs_analysis_answer() {
        assertThat(api.get("/api/stats?period=month", first.token()).status()).isEqualTo(200);
        var analysis = api.post("/analyze", first.token(), Map.of("timeframe_days", 3650, "as_of", "2023-06-30"));
        assertThat(analysis.status()).isEqualTo(200);
        for (var path : List.of("/performance_metrics/training_load/acwr", "/performance_metrics/training_load/ctl",
                "/goal_assessment/vdot", "/goal_assessment/predictions", "/pace_zones/tempo",
                "/workout_plan/this_week", "/synthesis/overall_assessment")) {
            assertThat(analysis.body().at(path).isMissingNode()).as(path).isFalse();
        }
    }

    @Test
    @Order(7)
    void chat_names_the_longest_run_and_keeps_the_exchange() {
        var longest = rows.stream().filter(r -> r.get(TYPE).equals("Run"))
                .max((a, b) -> Double.compare(Double.parseDouble(a.get(METRES)), Double.parseDouble(b.get(METRES))))
                .orElseThrow();

        var chat = api.post("/api/chat", first.token(), Map.of("message", "What was my longest run?"));

        assertThat(chat.status()).isEqualTo(200);
        assertThat(chat.body().get("mode").asString()).isEqualTo("offline");
        assertThat(chat.body().get("conversation_id").asString()).isNotBlank();
        assertThat(chat.body().at("/sources/0/strava_id").asLong()).isEqualTo(Long.parseLong(longest.get(ID)));
        var history = api.get("/api/chat/history/" + first.id(), first.token());
        assertThat(history.status()).isEqualTo(200);
        assertThat(api.get("/api/chat/history/" + first.id(), second.token()).status()).isEqualTo(404);
    }

    private static byte[] zip(Path csv) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("activities.csv"));
            zip.write(Files.readAllBytes(csv));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
