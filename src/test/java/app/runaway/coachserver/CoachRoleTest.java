package app.runaway.coachserver;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.RunawayApplication;
import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.Coach;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea;
import app.runaway.coach.Narrator;
import app.runaway.coach.RaceGoalText;
import app.runaway.coach.RunSample;
import app.runaway.coach.TestRuns;
import app.runaway.platform.EmbeddedPostgresServer;
import app.runaway.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * One jar, two deployments: the coach in coach role answers only the main service (token), with no database of its
 * own, and gives the same report as the coach in process; the main service pointed at it analyses through it.
 */
class CoachRoleTest {
    private static final String TOKEN = "coach-service-token-for-tests-0123456789";

    @Test
    void the_coach_role_serves_the_main_service_privately_and_answers_like_the_coach_in_process(@TempDir Path dir)
            throws Exception {
        try (var coachService = new SpringApplicationBuilder(CoachServerApplication.class).run("--server.port=0",
                "--runaway.coach.token=" + TOKEN, "--logging.level.root=WARN")) {
            var base = "http://127.0.0.1:" + port(coachService);
            var http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/internal/coach/analyze"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"role\":\"coach\"");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(coachService.getBeanNamesForType(javax.sql.DataSource.class)).as("no database").isEmpty();

            var request = sampleRequest();
            var json = coachService.getBean(JsonMapper.class);
            var remote = new app.runaway.analysis.RemoteCoachProbe(base, TOKEN, json).analyze(request);
            var local = new Coach(Executors.newVirtualThreadPerTaskExecutor(), Narrator.NONE).analyze(request);
            assertThat(remote).isEqualTo(local);

            try (var database = EmbeddedPostgresServer.start(dir.resolve("database"));
                 var main = mainService(dir.resolve("home"), database, base)) {
                var api = new Api("http://127.0.0.1:" + port(main), main.getBean(JsonMapper.class));
                var athlete = api.createAthlete(Files.readString(dir.resolve("home/admin.token")).strip(), "Remote");
                api.importAndWait("activities.csv", ("Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n"
                        + "1,\"May 10, 2026, 7:00:00 AM\",Run,2400,10.00\n").getBytes(StandardCharsets.UTF_8),
                        athlete.token());

                var report = api.post("/analyze", athlete.token(), Map.of("as_of", "2026-05-11"));

                assertThat(report.status()).isEqualTo(200);
                assertThat(report.body().at("/performance_metrics/runs_in_window").asInt()).isEqualTo(1);
            }
        }
    }

    private static CoachRequest sampleRequest() {
        var runs = new ArrayList<RunSample>();
        var day = LocalDate.of(2026, 4, 1);
        for (var i = 0; i < 40; i++) {
            runs.add(TestRuns.withHeartRate(TestRuns.run(day.plusDays(i), 8, 330), 140, 160));
        }
        runs.add(TestRuns.tagged(TestRuns.run(day.plusDays(41), 10, 240), "race"));
        return new CoachRequest(new AthleteSnapshot("F", 1990, 190, 50, "metric"), List.copyOf(runs),
                RaceGoalText.parse("Half marathon under 1:40 on 2026-09-20").orElseThrow(), day.plusDays(42), 90,
                FocusArea.ALL, List.of());
    }

    private static ConfigurableApplicationContext mainService(Path home, EmbeddedPostgresServer database,
                                                              String coachUrl) {
        return new SpringApplicationBuilder(RunawayApplication.class).run("--server.port=0",
                "--runaway.home=" + home, "--runaway.db.url=" + database.jdbcUrl(),
                "--runaway.db.user=" + database.user(), "--runaway.db.password=" + database.password(),
                "--runaway.coach.url=" + coachUrl, "--runaway.coach.token=" + TOKEN,
                "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
