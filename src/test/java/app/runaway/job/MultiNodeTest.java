package app.runaway.job;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.RunawayApplication;
import app.runaway.platform.EmbeddedPostgresServer;
import app.runaway.support.Api;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Runaway nodes on one external PostgreSQL (here a separately started server, reached through RUNAWAY_DB_URL's
 * setting): any node answers for any job, and every job is claimed by exactly one node.
 */
class MultiNodeTest {

    @Test
    void two_nodes_share_athletes_and_jobs_and_claim_each_job_once(@TempDir Path dir) throws Exception {
        try (var database = EmbeddedPostgresServer.start(dir.resolve("external-database"));
             var first = node(dir.resolve("node-a"), database);
             var second = node(dir.resolve("node-b"), database)) {
            var json = first.getBean(JsonMapper.class);
            var apiA = new Api("http://127.0.0.1:" + port(first), json);
            var apiB = new Api("http://127.0.0.1:" + port(second), json);
            var athlete = apiA.createAthlete(Files.readString(dir.resolve("node-a/admin.token")).strip(), "Shared");

            var jobIds = new ArrayList<String>();
            for (var i = 0; i < 8; i++) {
                var csv = ("Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n" + (1000 + i)
                        + ",\"Aug 15, 2022, 3:09:27 PM\",Run,1500,5.00\n").getBytes(StandardCharsets.UTF_8);
                var node = i % 2 == 0 ? apiA : apiB;
                jobIds.add(node.upload("activities.csv", csv, athlete.token()).body().get("job_id").asString());
            }
            for (var jobId : jobIds) {
                var job = (jobIds.indexOf(jobId) % 2 == 0 ? apiB : apiA).waitForJob(jobId, athlete.token());
                assertThat(job.get("status").asString()).isEqualTo("succeeded");
                assertThat(job.get("attempts").asInt()).as("claimed once").isEqualTo(1);
            }
            assertThat(apiB.allActivities(athlete.token(), "")).hasSize(8);

            assertThat(dir.resolve("node-b/owner.token")).as("the accounts' tokens exist: none minted").doesNotExist();
            assertThat(dir.resolve("node-b/admin.token")).doesNotExist();
            var tokenId = apiB.get("/api/tokens", athlete.token()).body().at("/tokens/0/id").asLong();
            assertThat(apiA.send("DELETE", "/api/tokens/" + tokenId, athlete.token()).status()).isEqualTo(204);
            assertThat(apiB.get("/api/athlete", athlete.token()).status()).as("revoked on the other node")
                    .isEqualTo(401);
        }
    }

    @Test
    void concurrent_claims_never_take_the_same_job_twice(@TempDir Path dir) throws Exception {
        try (var database = EmbeddedPostgresServer.start(dir.resolve("database"));
             var node = node(dir.resolve("node"), database)) {
            node.getBean(JobWorker.class).stop(); // only the claimers below take jobs
            var jdbc = node.getBean(JdbcClient.class);
            for (var i = 0; i < 200; i++) {
                jdbc.sql("INSERT INTO jobs (id, kind, status) VALUES (gen_random_uuid(), 'noop', 'queued')").update();
            }
            var table = node.getBean(JobTable.class);
            var claimed = java.util.Collections.synchronizedList(new ArrayList<java.util.UUID>());
            try (var claimers = Executors.newFixedThreadPool(8)) {
                for (var claimer = 0; claimer < 8; claimer++) {
                    var name = "claimer-" + claimer;
                    claimers.submit(() -> {
                        for (var next = table.claimNext(name); next.isPresent(); next = table.claimNext(name)) {
                            claimed.add(next.get().id());
                        }
                    });
                }
            }
            assertThat(claimed).hasSize(200);
            assertThat(new HashSet<>(claimed)).hasSize(200);
        }
    }

    private static ConfigurableApplicationContext node(Path home, EmbeddedPostgresServer database) {
        // command-line arguments, as an operator would start a node; they outrank application.properties
        return new SpringApplicationBuilder(RunawayApplication.class).run(
                "--server.port=0",
                "--runaway.home=" + home,
                "--runaway.db.url=" + database.jdbcUrl(),
                "--runaway.db.user=" + database.user(),
                "--runaway.db.password=" + database.password(),
                "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
